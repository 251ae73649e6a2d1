import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { protectGroups, type Visibility } from "../../src/feedback/suppression.js";
import { derivableHiddenGroups, type SeenGroup } from "../support/feedback.js";

interface Node {
  readonly name: string;
  readonly respondents: number;
  readonly groups: readonly Node[];
}

/** A group with subgroups; its respondents are theirs added up, as in a real grouping. */
function group(name: string, groups: readonly Node[]): Node {
  return { name, respondents: groups.reduce((sum, g) => sum + g.respondents, 0), groups };
}
const leaf = (name: string, respondents: number): Node => ({ name, respondents, groups: [] });

/** Visibility by group name, only for the groups a reader gets to see. */
function byName(root: Node, minimum: number): Record<string, Visibility> {
  const visibility = protectGroups(root, minimum);
  return Object.fromEntries([...visibility].map(([node, seen]) => [node.name, seen]));
}

/** The tree as a reader sees it: listed groups with their visibility. */
function seen(root: Node, visibility: Map<Node, Visibility>): SeenGroup & { node: Node } {
  const published = visibility.get(root) === "published";
  return { node: root, published, groups: published ? root.groups.map((g) => seen(g, visibility)) : [] };
}

describe("protectGroups on hand-made partitions", () => {
  it("one small group: it is hidden, and the next smallest with it", () => {
    // 21 respondents: A 10, B 8, C 3. C is below 5; hiding C alone, 21 − 10 − 8 gives it back, so B (the next smallest) goes too.
    const root = group("all", [leaf("A", 10), leaf("B", 8), leaf("C", 3)]);
    expect(byName(root, 5)).toEqual({ all: "published", A: "published", B: "protects-smaller-group", C: "fewer-than-minimum" });
  });

  it("two small groups that together reach the minimum protect each other", () => {
    // B 3 and C 2 are both small; together they are 5, so nothing more is hidden.
    const root = group("all", [leaf("A", 10), leaf("B", 3), leaf("C", 2), leaf("D", 7)]);
    expect(byName(root, 5)).toEqual({ all: "published", A: "published", B: "fewer-than-minimum", C: "fewer-than-minimum", D: "published" });
  });

  it("two small groups below the minimum together take the next smallest group with them", () => {
    // B 2 and C 2 make only 4: subtraction would show 4 people's answers, so D (7, smaller than A) is hidden too.
    const root = group("all", [leaf("A", 10), leaf("B", 2), leaf("C", 2), leaf("D", 7)]);
    expect(byName(root, 5)).toEqual({ all: "published", A: "published", B: "fewer-than-minimum", C: "fewer-than-minimum", D: "protects-smaller-group" });
  });

  it("breaks ties between equally small candidates in the tree's order", () => {
    const root = group("all", [leaf("A", 6), leaf("B", 6), leaf("C", 1)]);
    expect(byName(root, 5)).toEqual({ all: "published", A: "protects-smaller-group", B: "published", C: "fewer-than-minimum" });
  });

  it("nested grouping: protects inside each published school and never lists the roles of a hidden school", () => {
    const root = group("all", [
      // School A 17: manager 3 and support 2 are small but make 5 together; teachers are published.
      group("A", [leaf("A/teacher", 12), leaf("A/manager", 3), leaf("A/support", 2)]),
      // School B 9: hidden to protect D, so its roles are not listed at all.
      group("B", [leaf("B/teacher", 8), leaf("B/manager", 1)]),
      // School C 11: manager 4 is small, so the teachers are hidden with it, though C itself is published.
      group("C", [leaf("C/teacher", 7), leaf("C/manager", 4)]),
      // School D 3: too few.
      group("D", [leaf("D/teacher", 3)]),
    ]);
    expect(byName(root, 5)).toEqual({
      all: "published",
      A: "published",
      "A/teacher": "published",
      "A/manager": "fewer-than-minimum",
      "A/support": "fewer-than-minimum",
      B: "protects-smaller-group",
      C: "published",
      "C/teacher": "protects-smaller-group",
      "C/manager": "fewer-than-minimum",
      D: "fewer-than-minimum",
    });
  });

  it("hides everything when the whole is too small", () => {
    const root = group("all", [leaf("A", 2), leaf("B", 2)]);
    expect(byName(root, 5)).toEqual({ all: "fewer-than-minimum" });
  });

  it("publishes a group that is its parent's only subgroup: it tells nothing new", () => {
    const root = group("all", [group("A", [leaf("A/teacher", 9)])]);
    expect(byName(root, 5)).toEqual({ all: "published", A: "published", "A/teacher": "published" });
  });
});

describe("the derivability check of the tests", () => {
  it("catches a single hidden group, which subtraction recovers", () => {
    // Without complementary suppression, C (3) would be the only hidden group: 21 − 10 − 8.
    const c = { published: false, groups: [] };
    const root = { published: true, groups: [{ published: true, groups: [] }, { published: true, groups: [] }, c] };
    expect(derivableHiddenGroups(root)).toEqual([c]);
  });

  it("tells two hidden siblings apart from a lone hidden group at any level", () => {
    // x and y are the two hidden subgroups of a published group: only x + y is known.
    const x = { published: false, groups: [] };
    const y = { published: false, groups: [] };
    const root = { published: true, groups: [{ published: true, groups: [] }, { published: true, groups: [x, y] }] };
    expect(derivableHiddenGroups(root)).toEqual([]);
    const lone = { published: true, groups: [{ published: true, groups: [] }, { published: false, groups: [] }] };
    expect(derivableHiddenGroups(lone)).toHaveLength(1);
  });
});

/** Random nested partitions: 1 to 3 levels, each group split into 1 to 5 subgroups of 1 to 12 people. */
const treeArbitrary: fc.Arbitrary<Node> = fc.letrec<{ node: Node; children: Node[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.integer({ min: 1, max: 12 }).map((respondents) => leaf("leaf", respondents)),
    tie("children").map((groups) => group("group", groups)),
  ),
  children: fc.array(tie("node"), { minLength: 1, maxLength: 5 }),
})).node;

describe("protectGroups on random partitions", () => {
  it("publishes no group below the minimum, hides at least two of any family it hides in, and lets no hidden group be derived", () => {
    fc.assert(
      fc.property(treeArbitrary, fc.integer({ min: 3, max: 8 }), (root, minimum) => {
        const visibility = protectGroups(root, minimum);
        for (const [node, status] of visibility) {
          if (status === "published") expect(node.respondents).toBeGreaterThanOrEqual(minimum);
          if (status === "fewer-than-minimum") expect(node.respondents).toBeLessThan(minimum);
          if (status === "protects-smaller-group") expect(node.respondents).toBeGreaterThanOrEqual(minimum);
        }
        for (const [node, status] of visibility) {
          if (status !== "published") continue;
          const hidden = node.groups.filter((g) => visibility.get(g) !== "published");
          if (hidden.length === 0) continue;
          // What subtraction gives (the parent minus its published subgroups) covers two groups or more, and the minimum.
          expect(hidden.length).toBeGreaterThanOrEqual(2);
          expect(hidden.reduce((sum, g) => sum + g.respondents, 0)).toBeGreaterThanOrEqual(minimum);
          // A group is hidden for being small, or a small group in its family needs it.
          expect(hidden.some((g) => visibility.get(g) === "fewer-than-minimum")).toBe(true);
        }
        expect(derivableHiddenGroups(seen(root, visibility))).toEqual([]);
        // Every group under a published one is listed; nothing under a hidden one is.
        for (const [node, status] of visibility) {
          for (const g of node.groups) expect(visibility.has(g)).toBe(status === "published");
        }
      }),
    );
  });
});

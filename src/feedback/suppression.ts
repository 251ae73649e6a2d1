/**
 * Which groups of a nested grouping may be published without exposing a
 * small group, by primary and complementary suppression. Works top-down on a
 * tree in which every group's respondents are exactly those of its
 * subgroups. Internal module; the algorithm is documented in the feedback
 * guide.
 */

/** A group in the tree: its number of respondents and its subgroups, in a fixed order. */
export interface CountedGroup<G> {
  readonly respondents: number;
  readonly groups: readonly G[];
}

/** Why a group is shown or hidden. */
export type Visibility = "published" | "fewer-than-minimum" | "protects-smaller-group";

/**
 * The visibility of each group that a reader gets to see: the root, and the
 * subgroups of every published group. Subgroups of a hidden group are not
 * listed at all (their numbers would add up to the hidden group's).
 *
 * Rules, for the subgroups of each published group:
 * 1. a subgroup with fewer than `minimum` respondents is hidden (primary);
 * 2. if any subgroup is hidden, more are hidden, smallest first (ties in
 *    the tree's order), until at least two are hidden and together they
 *    have at least `minimum` respondents (complementary). Then subtracting
 *    the published subgroups from their parent gives only the combined
 *    numbers of two or more hidden groups, never one group's, and those
 *    combined numbers describe at least `minimum` people.
 *
 * The root is published when it has at least `minimum` respondents.
 */
export function protectGroups<G extends CountedGroup<G>>(root: G, minimum: number): Map<G, Visibility> {
  const visibility = new Map<G, Visibility>();
  visibility.set(root, root.respondents >= minimum ? "published" : "fewer-than-minimum");
  const pending: G[] = visibility.get(root) === "published" ? [root] : [];
  for (let parent = pending.pop(); parent !== undefined; parent = pending.pop()) {
    const hidden = new Set(parent.groups.filter((group) => group.respondents < minimum));
    for (const group of hidden) visibility.set(group, "fewer-than-minimum");
    if (hidden.size > 0) {
      const candidates = parent.groups
        .filter((group) => !hidden.has(group))
        .map((group, order) => ({ group, order }))
        .sort((a, b) => a.group.respondents - b.group.respondents || a.order - b.order);
      let together = [...hidden].reduce((sum, group) => sum + group.respondents, 0);
      for (const { group } of candidates) {
        if (hidden.size >= 2 && together >= minimum) break;
        hidden.add(group);
        together += group.respondents;
        visibility.set(group, "protects-smaller-group");
      }
    }
    for (const group of parent.groups) {
      if (hidden.has(group)) continue;
      visibility.set(group, "published");
      pending.push(group);
    }
  }
  return visibility;
}

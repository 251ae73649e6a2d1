/**
 * Hostile input for the fuzz suite: anything at all, values that JavaScript
 * and JSON let through but no schema expects (NaN, -0, impossible and extreme
 * days, very long strings and arrays, deep nesting, keys named after
 * `Object.prototype`'s members), and a valid input with one value somewhere
 * inside it replaced by a value of the wrong type. Plus the checks that wrap
 * every call: inputs deep-frozen, prototypes unchanged.
 */
import fc from "fast-check";

/** Runs per property: modest in `npm test`, many more with `COLLEGIATE_FUZZ_RUNS=5000`. */
export const fuzzRuns = Math.max(1, Number.parseInt(process.env["COLLEGIATE_FUZZ_RUNS"] ?? "", 10) || 15);

/**
 * The seed of this run: `COLLEGIATE_FUZZ_SEED` to replay a failure, else a
 * new one each run (logged once by the suite; fast-check also prints the seed
 * and the path of a failing case).
 */
export const fuzzSeed = Number.parseInt(process.env["COLLEGIATE_FUZZ_SEED"] ?? "", 10) || (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;

/** Days that are malformed, impossible or at the edges of the supported range. */
export const strangeDays = [
  "0000-01-01",
  "0001-01-01",
  "0001-01-02",
  "9999-12-30",
  "9999-12-31",
  "10000-01-01",
  "2027-02-29",
  "2027-02-30",
  "2028-02-29",
  "2027-13-01",
  "2027-00-10",
  "2027-3-18",
  "2027-03-18T00:00:00Z",
  " 2027-03-18",
  "２０２７-03-18",
  "",
] as const;

/** Real days at the edges of the supported range, and an ordinary one. */
export const edgeDays = ["0001-01-01", "0001-01-02", "0001-12-31", "9999-01-01", "9999-12-30", "9999-12-31", "2027-03-18"] as const;

/** Nested `depth` levels deep, alternating arrays and objects. */
function nested(depth: number): unknown {
  let value: unknown = "bottom";
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { value };
  return value;
}

const LONG = 20_000;

/** Values no schema expects but JSON and JavaScript let through. */
const specialValues: readonly unknown[] = [
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  -1,
  1.5,
  2 ** 31,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.EPSILON,
  true,
  false,
  "",
  " ",
  "\u0000",
  "\u202e",
  "{event}",
  "x".repeat(LONG),
  "2027-03-18".repeat(LONG / 10),
  ...strangeDays,
  "__proto__",
  "constructor",
  "toString",
  [],
  {},
  Object.create(null),
  Array.from({ length: 5_000 }, (_, index) => index),
  Array.from({ length: 2_000 }, () => ({})),
  Array.from({ length: 2_000 }, () => "2027-03-18"),
  new Array(50_000),
  nested(1_000),
  nested(1_500),
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  JSON.parse('{"toString": "x", "valueOf": 1, "hasOwnProperty": null, "__proto__": []}'),
  JSON.parse('[{"__proto__": {"type": "x"}}]'),
  new Date(Number.NaN),
  new Date("2027-03-18T00:00:00Z"),
  new Map([["a", 1]]),
  new Set([1]),
  Symbol("fuzz"),
  10n,
  () => "function",
  /regex/,
];

/** One of the special values. */
export const specialValue: fc.Arbitrary<unknown> = fc.constantFrom(...specialValues);

/** Anything at all: fast-check's `anything` (with null prototypes, maps, dates…) or a special value. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: specialValue },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 3,
      maxKeys: 5,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withSparseArray: true,
      withBoxedValues: true,
      withObjectString: true,
      withTypedArray: true,
      key: fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "type", "id")),
    }),
  },
);

type Path = readonly (string | number)[];

function isContainer(value: unknown): value is Record<string | number, unknown> {
  if (Array.isArray(value)) return true;
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Every path into plain objects and arrays of `value` (the root included), to `limit` paths. */
export function pathsOf(value: unknown, limit = 2_000): Path[] {
  const paths: Path[] = [];
  const seen = new Set<unknown>();
  const walk = (node: unknown, path: Path): void => {
    if (paths.length >= limit) return;
    paths.push(path);
    if (!isContainer(node) || seen.has(node)) return;
    seen.add(node);
    for (const key of Object.keys(node)) walk(node[key], [...path, Array.isArray(node) ? Number(key) : key]);
  };
  walk(value, []);
  return paths;
}

/** A shallow copy keeping the prototype and own keys (also one named `__proto__`). */
function copyOf(node: Record<string | number, unknown>): Record<string | number, unknown> {
  const copy: Record<string | number, unknown> = Array.isArray(node) ? [] : Object.create(Object.getPrototypeOf(node));
  for (const key of Object.keys(node)) set(copy, key, node[key]);
  return copy;
}

function set(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `value` with the node at `path` changed by `change`, copying only along the path. */
export function updateAt(value: unknown, path: Path, change: (node: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  if (!isContainer(value)) return value;
  const [head, ...rest] = path as [string | number, ...Path];
  const copy = copyOf(value);
  set(copy, head, updateAt(value[head], rest, change));
  return copy;
}

/** Keys from `JSON.parse` that name members of `Object.prototype`. */
const prototypeKeys = ["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf"] as const;

/** What can go wrong at one place of a valid input. */
type Damage =
  | { kind: "replace"; by: unknown }
  | { kind: "delete" }
  | { kind: "add-key"; key: string; by: unknown }
  | { kind: "rename-key"; key: string };

const damageArbitrary: fc.Arbitrary<Damage> = fc.oneof(
  { weight: 6, arbitrary: hostileValue.map((by): Damage => ({ kind: "replace", by })) },
  { weight: 1, arbitrary: fc.constant<Damage>({ kind: "delete" }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...prototypeKeys), fc.oneof(specialValue, fc.constant({ polluted: true })))
      .map(([key, by]): Damage => ({ kind: "add-key", key, by })),
  },
  { weight: 2, arbitrary: fc.constantFrom(...prototypeKeys).map((key): Damage => ({ kind: "rename-key", key })) },
);

function damage(node: unknown, what: Damage): unknown {
  switch (what.kind) {
    case "replace":
      return what.by;
    case "delete":
      return undefined;
    case "add-key":
    case "rename-key": {
      if (!isContainer(node) || Array.isArray(node)) return what.kind === "add-key" ? what.by : node;
      const copy = copyOf(node);
      if (what.kind === "add-key") {
        set(copy, what.key, what.by);
        return copy;
      }
      const [first] = Object.keys(copy);
      if (first === undefined) return copy;
      const moved = copy[first];
      delete copy[first];
      set(copy, what.key, moved);
      return copy;
    }
    default:
      return what satisfies never;
  }
}

/**
 * A valid input with one thing wrong at a random place: a value of the wrong
 * type, a key removed, a key named after a member of `Object.prototype` added,
 * or a key renamed to one.
 */
export function damaged(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return valid.chain((value) => {
    const paths = pathsOf(value);
    return fc.tuple(fc.constantFrom(...paths), damageArbitrary).map(([path, what]) => {
      if (what.kind === "delete" && path.length > 0) {
        const parentPath = path.slice(0, -1);
        const key = path[path.length - 1] as string | number;
        return updateAt(value, parentPath, (parent) => {
          if (!isContainer(parent)) return parent;
          const copy = copyOf(parent);
          delete copy[key];
          return copy;
        });
      }
      return updateAt(value, path, (node) => damage(node, what));
    });
  });
}

/**
 * Freezes every plain object and array reachable from `value` (not class
 * instances such as zod schemas, which keep their own caches), so that any
 * write by the function under test throws in strict mode.
 */
export function deepFreeze<T>(value: T): T {
  const seen = new Set<unknown>();
  const walk = (node: unknown): void => {
    if (!isContainer(node) || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node) && node.length > 100_000) {
      Object.freeze(node);
      return;
    }
    for (const key of Object.keys(node)) walk(node[key]);
    Object.freeze(node);
  };
  walk(value);
  return value;
}

/** A fingerprint of the built-in prototypes, to compare before and after a call. */
export function prototypesFingerprint(): string {
  const describe = (target: object): string =>
    Reflect.ownKeys(target)
      .map((key) => {
        const descriptor = Object.getOwnPropertyDescriptor(target, key);
        const shown = descriptor?.value ?? descriptor?.get;
        return `${String(key)}:${typeof shown === "function" ? shown.name : typeof shown === "object" && shown !== null ? Reflect.ownKeys(shown).map(String).join("|") : String(shown)}`;
      })
      .join(",");
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype]
    .map(describe)
    .concat(String(Object.getPrototypeOf(Object.prototype)))
    .join("\n");
}

/**
 * Any value as text for a message, without ever throwing: text, numbers,
 * booleans, bigints, `undefined` and `null` as `String()` writes them; a list,
 * an object (even one without a prototype, which `String()` cannot convert),
 * a symbol or a function described by its kind. Internal module.
 */

/** `value` as a message shows it. */
export function shownValue(value: unknown): string {
  const kind = typeof value;
  switch (kind) {
    case "string":
    case "number":
    case "boolean":
    case "bigint":
    case "undefined":
      return String(value);
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    case "object":
      return value === null ? "null" : Array.isArray(value) ? "a list" : "an object";
    default:
      return kind satisfies never;
  }
}

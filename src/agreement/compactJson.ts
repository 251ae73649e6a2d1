/**
 * JSON for people: a value on one line when it fits, else one key or item a
 * line. Internal module.
 */

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    return entries.length === 0 ? "{}" : `{ ${entries.map(([key, item]) => `${JSON.stringify(key)}: ${inline(item)}`).join(", ")} }`;
  }
  return JSON.stringify(value) ?? "null";
}

function render(value: unknown, indent: string, used: number, width: number): string {
  const flat = inline(value);
  if (used + flat.length <= width || typeof value !== "object" || value === null) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => inner + render(item, inner, inner.length, width)).join(",\n")}\n${indent}]`;
  }
  const lines = Object.entries(value).map(([key, item]) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    return head + render(item, inner, head.length, width);
  });
  return `{\n${lines.join(",\n")}\n${indent}}`;
}

/** `value` as JSON, breaking objects and arrays that do not fit in `width` columns. */
export function compactJson(value: unknown, width = 110): string {
  return render(value, "", 0, width);
}

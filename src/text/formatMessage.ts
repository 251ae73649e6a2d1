/**
 * Message templates as data. Every sentence the library shows a person is a
 * template in a capability's `messages.ts` catalogue, such as
 * `"The activity day {day} is closed: {closure}."`, filled by
 * {@link formatMessage}. Keeping sentences in catalogues lets a catalogue in
 * another language be added without touching the code. Internal module.
 */
import { isolatedParams } from "./isolate.js";
import type { Locale } from "./locale.js";

/** Values a template's `{placeholders}` take. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Fills a template's `{name}` placeholders. A message is never the thing
 * that throws: a placeholder without a value (missing, `undefined` or
 * `null`, as JavaScript callers may pass) is left as its `{name}` text, so
 * the sentence still reads and shows plainly what was missing; a value that
 * cannot be turned into text is shown as `{name}` too.
 *
 * @example
 * ```ts
 * formatMessage("Due {day}.", { day: "2027-03-18" }); // "Due 2027-03-18."
 * formatMessage("Due {day}.", {}); // "Due {day}."
 * ```
 */
export function formatMessage(template: string, params: MessageParams = {}): string {
  const values: Readonly<Record<string, unknown>> = typeof params === "object" && params !== null ? params : {};
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value === undefined || value === null ? placeholder : textOf(value, placeholder);
  });
}

/** `value` as text, or `fallback` when it has none (an object without a prototype, a throwing `toString`). */
function textOf(value: unknown, fallback: string): string {
  try {
    return String(value);
  } catch {
    return fallback;
  }
}

/** The names of a template's placeholders, for tests that compare catalogues. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string).sort();
}

/**
 * Templates by key in one language: the shape every language of a
 * catalogue must have. A catalogue in another language written
 * `{ … } satisfies Messages<keyof typeof englishMessages>` fails to compile
 * when it misses a key or has one too many.
 */
export type Messages<Key extends string> = { readonly [K in Key]: string };

/** A capability's catalogue: the same keys in every locale. */
export type Catalogue<Key extends string> = { readonly [L in Locale]: Messages<Key> };

/**
 * The function that fills a template of `catalogue` in a locale. The locale
 * is passed down by the caller, so a lookup is two property reads. Text
 * values are isolated (see `isolatedParams`), so that a person's name or
 * comment cannot reorder the rest of the sentence.
 */
export function messageReader<Key extends string>(
  catalogue: Catalogue<Key>,
): (locale: Locale, key: Key, params?: MessageParams) => string {
  return (locale, key, params) => formatMessage(catalogue[locale][key], isolatedParams(params));
}

/**
 * "A", "A and B", "A, B and C": items joined with `separator`, the last two
 * with `lastTwo` (a template with `{first}` and `{last}`, such as
 * `"{first} and {last}"` or `"{first}及{last}"`).
 */
export function formatList(items: readonly string[], lastTwo: string, separator: string): string {
  if (items.length <= 1) return items.join("");
  return formatMessage(lastTwo, { first: items.slice(0, -1).join(separator), last: items[items.length - 1] as string });
}

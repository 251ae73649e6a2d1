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

/**
 * The template of `namespace/key` in `locale`, or the English one. A
 * locale's own templates are read as its own properties only, so a key named
 * like an `Object.prototype` member is never mistaken for a template.
 */
export function templateIn<Key extends string>(locale: Locale, namespace: string, english: Messages<Key>, key: Key): string {
  const code = `${namespace}/${key}`;
  const own = locale.messages;
  return Object.hasOwn(own, code) && typeof own[code] === "string" ? (own[code] as string) : english[key];
}

/**
 * The function that fills a template of a capability's catalogue in a
 * locale: the locale's template for `namespace/key` when it has one, else
 * the English template; people's text in the parameters is isolated.
 */
export function messageReader<Key extends string>(
  namespace: string,
  english: Messages<Key>,
): (locale: Locale, key: Key, params?: MessageParams) => string {
  return (locale, key, params) => formatMessage(templateIn(locale, namespace, english, key), isolatedParams(params));
}

/**
 * Every template of a catalogue in `locale`, for code that reads many: the
 * English catalogue itself in English, else a copy with the locale's
 * templates in place of the English ones.
 */
export function messagesIn<Key extends string>(locale: Locale, namespace: string, english: Messages<Key>): Messages<Key> {
  if (locale.code === "en" && Object.keys(locale.messages).length === 0) return english;
  const copy: Record<string, string> = {};
  for (const key of Object.keys(english) as Key[]) copy[key] = templateIn(locale, namespace, english, key);
  return copy as Messages<Key>;
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

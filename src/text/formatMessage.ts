/**
 * Message templates as data. Every sentence the library shows a person is a
 * template in a capability's `messages.ts` catalogue, such as
 * `"The activity day {day} is closed: {closure}."`, filled by
 * {@link formatMessage}. Keeping sentences in catalogues lets a catalogue in
 * another language be added without touching the code. Internal module.
 */

/** Values a template's `{placeholders}` take. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Fills a template's `{name}` placeholders. A placeholder without a value is
 * a programming error and throws, so no message ever shows a raw `{name}`.
 */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Message template needs a value for {${name}}: ${template}`);
    return String(value);
  });
}

/** The names of a template's placeholders, for tests that compare catalogues. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string).sort();
}

/**
 * Small pieces of wording shared by the rules' messages. Internal module.
 */
import { formatList, templateIn } from "../text/formatMessage.js";
import { en, type Locale } from "../text/locale.js";
import { agreementMessages, type AgreementMessageKey } from "./messages.js";

/** A person's name for a message, or their id when no name is recorded. */
export function nameOf(person: { readonly id: string; readonly name?: string | undefined }): string {
  return person.name ?? person.id;
}

/** "A", "A and B", "A, B and C", with the catalogue's "and" (or "or"), in `locale` (English by default). */
export function listOf(items: readonly string[], joiner: "list.and" | "list.or" = "list.and", locale: Locale = en): string {
  return formatList(items, wordFor(joiner, locale), wordFor("list.separator", locale));
}

/** The catalogue's word for a value, such as `role.pupil`, in `locale` (English by default). */
export function wordFor(key: AgreementMessageKey, locale: Locale = en): string {
  return templateIn(locale, "agreement", agreementMessages, key);
}

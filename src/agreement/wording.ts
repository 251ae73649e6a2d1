/**
 * Small pieces of wording shared by the rules' messages. Internal module.
 */
import { formatMessage } from "../text/formatMessage.js";
import { agreementMessages, type AgreementMessageKey } from "./messages.js";

/** A person's name for a message, or their id when no name is recorded. */
export function nameOf(person: { readonly id: string; readonly name?: string | undefined }): string {
  return person.name ?? person.id;
}

/** "A", "A and B", "A, B and C", with the catalogue's "and" (or "or"). */
export function listOf(items: readonly string[], joiner: "list.and" | "list.or" = "list.and"): string {
  if (items.length <= 1) return items.join("");
  return formatMessage(agreementMessages[joiner], {
    first: items.slice(0, -1).join(", "),
    last: items[items.length - 1] as string,
  });
}

/** The catalogue's word for a value, such as `role.pupil`. */
export function wordFor(key: AgreementMessageKey): string {
  return agreementMessages[key];
}

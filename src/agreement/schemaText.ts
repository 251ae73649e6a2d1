/**
 * Schema messages of the agreement models, written in the language of the
 * parse running (see `parseInput`). Internal module.
 */
import { z } from "zod";
import { schemaLocale } from "../diagnostics/parseInput.js";
import type { MessageParams } from "../text/formatMessage.js";
import { agreementMessage } from "./message.js";
import type { AgreementMessageKey } from "./messages.js";

/** The message `key` in the locale of the parse running. */
export function schemaMessage(key: AgreementMessageKey, params?: MessageParams): string {
  return agreementMessage(schemaLocale(), key, params);
}

/** A zod `error` option writing the message `key` in the locale of the parse running. */
export function schemaError(key: AgreementMessageKey): { error: () => string } {
  return { error: () => schemaMessage(key) };
}

/** Required text (trimmed, not empty); empty text gets the message `key`. */
export function text(key: "schema.text" | "schema.id" = "schema.text") {
  return z.string().trim().min(1, schemaError(key));
}

/**
 * The agreement schemas' messages, as codes written in the language of the
 * call that reports them. Internal module.
 */
import { z } from "zod";
import type { AgreementMessageKey } from "./messages.js";

/** The code of an agreement message (`agreement/<key>`), as a schema's message. */
export function schemaMessage(key: AgreementMessageKey): string {
  return `agreement/${key}`;
}

/** A schema check's `error` option giving the message `key`. */
export function schemaError(key: AgreementMessageKey): { error: () => string } {
  return { error: () => schemaMessage(key) };
}

/** Text that is not blank (trimmed), with the message `key` when it is. */
export function text(key: "schema.text" | "schema.id" = "schema.text") {
  return z.string().trim().min(1, schemaError(key));
}

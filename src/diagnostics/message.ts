/**
 * Fills a template of the diagnostics catalogues in a locale. Internal module.
 */
import { messageReader } from "../text/formatMessage.js";
import { templateLookup } from "../text/templates.js";
import { diagnosticMessages, invalidInputMessages } from "./messages.js";

/** The message `key` of the catalogue of `formatDiagnostics` (codes `diagnostics/…`) in `locale`, placeholders filled. */
export const diagnosticMessage = /* @__PURE__ */ messageReader("diagnostics", diagnosticMessages);

/** The message `key` of the catalogue of `InvalidInputError` (codes `invalid-input/…`) in `locale`, placeholders filled. */
export const invalidInputMessage = /* @__PURE__ */ messageReader("invalid-input", invalidInputMessages);

/** The English templates of the codes `diagnostics/…`, the messages of the schemas every capability shares. */
export const diagnosticTemplates = /* @__PURE__ */ templateLookup("diagnostics", diagnosticMessages);

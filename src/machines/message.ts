/**
 * Fills a template of the machines' catalogue (codes `machines/…`) in a
 * locale, and builds the machines' diagnostics as data. Internal module.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { diagnosticTemplates } from "../diagnostics/message.js";
import { formatList, messageReader, templateIn, type MessageParams } from "../text/formatMessage.js";
import type { Locale } from "../text/locale.js";
import { templateLookup, type TemplateLookup } from "../text/templates.js";
import { machineMessages, type MachineMessageKey } from "./messages.js";

/** The message `key` of the machines' catalogue in `locale`, placeholders filled. */
export const machineMessage = /* @__PURE__ */ messageReader("machines", machineMessages);

/** "S1", "S1 and S2", "S1, S2 and S3" (「S1、S2及S3」). */
export function machineList(locale: Locale, items: readonly string[]): string {
  return formatList(items, templateIn(locale, "machines", machineMessages, "list.and"), templateIn(locale, "machines", machineMessages, "list.separator"));
}

/** The English templates of the codes the machine engine's schemas report. */
export const machineTemplates = /* @__PURE__ */ templateLookup("machines", machineMessages, diagnosticTemplates);

/**
 * The lookup of the codes a machine's schemas can report: the machines' own
 * (and the shared diagnostics'), then those of the machine's `templates`
 * (the catalogues of the capabilities its schemas nest).
 */
export function templatesOf(machine: { readonly templates?: unknown }): TemplateLookup {
  const own = machine.templates;
  if (typeof own !== "function") return machineTemplates;
  return (code) => {
    const found = machineTemplates(code);
    if (found !== undefined) return found;
    const nested: unknown = (own as (code: string) => unknown)(code);
    return typeof nested === "string" ? nested : undefined;
  };
}

/** The text of a diagnostic as data: its code, the raw values of its placeholders, its message and hint in `locale`. */
export interface MachineText {
  readonly code: `machines/${MachineMessageKey}`;
  readonly params: Record<string, string | number>;
  readonly message: string;
  readonly hint?: string;
}

/**
 * The code, parameters, message and hint of `key` in `locale`: the hint is
 * the template `<key>.hint` when the catalogue has one, as
 * `localizeDiagnostics` finds it again.
 */
export function machineText(locale: Locale, key: MachineMessageKey, params: MessageParams = {}): MachineText {
  const hintKey = `${key}.hint`;
  const hint = Object.hasOwn(machineMessages, hintKey) ? machineMessage(locale, hintKey as MachineMessageKey, params) : undefined;
  return { code: `machines/${key}`, params: { ...params }, message: machineMessage(locale, key, params), ...(hint === undefined ? {} : { hint }) };
}

/** A diagnostic of the machines' catalogue: `key` in `locale`, with its code and parameters. */
export function machineDiagnostic(
  locale: Locale,
  key: MachineMessageKey,
  params: MessageParams,
  where: Pick<Diagnostic, "ruleId" | "path"> & Partial<Pick<Diagnostic, "severity" | "source">>,
): Diagnostic {
  const { ruleId, path, severity = "error", source } = where;
  return { ruleId, severity, ...machineText(locale, key, params), path, ...(source === undefined ? {} : { source }) };
}

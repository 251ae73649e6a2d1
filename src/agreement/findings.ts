/**
 * The collector rules report to while a validation runs. Internal module.
 */
import type { Diagnostic, Severity } from "../diagnostics/diagnostic.js";
import type { SourceRef } from "../diagnostics/sourceDocuments.js";
import type { MessageParams } from "../text/formatMessage.js";
import { en, type Locale } from "../text/locale.js";
import { agreementText } from "./message.js";
import type { AgreementMessageKey } from "./messages.js";
import { listOf, wordFor } from "./wording.js";

/** A step of a path into an input. */
export type PathKey = string | number;

/** Who is reporting: the rule's id and clause. */
interface Reporter {
  readonly id: string;
  readonly source: SourceRef;
}

/**
 * Collects the diagnostics of one validation. The runner says which rule
 * reports, at which severity, under which path, and whether missing records
 * count (not for a peer visit: A7); rules report a breach of what is recorded
 * with {@link Findings.breach} and a missing record with
 * {@link Findings.missing}, in the language of the validation.
 */
export class Findings {
  readonly diagnostics: Diagnostic[] = [];
  private reporter: Reporter | undefined;
  private severity: Severity = "error";
  private basePath: readonly PathKey[] = [];
  private demanded = true;

  /** @param locale - The language of the messages: English by default. */
  constructor(readonly locale: Locale = en) {}

  /** "A", "A and B", "A, B and C" in the language of the messages. */
  list(items: readonly string[], joiner: "list.and" | "list.or" = "list.and"): string {
    return listOf(items, joiner, this.locale);
  }

  /** The catalogue's word for a value, such as `role.pupil`, in the language of the messages. */
  word(key: AgreementMessageKey): string {
    return wordFor(key, this.locale);
  }

  /** Makes `reporter` the rule whose findings follow. */
  start(reporter: Reporter, severity: Severity, basePath: readonly PathKey[], recordDemanded: boolean): void {
    this.reporter = reporter;
    this.severity = severity;
    this.basePath = basePath;
    this.demanded = recordDemanded;
  }

  /**
   * Reports what the record shows against the rule: the message `key` (code
   * `agreement/<key>`) with `params`, and its hint `<key>.hint` when the
   * catalogue has one.
   */
  breach(path: readonly PathKey[], key: AgreementMessageKey, params?: MessageParams): void {
    const reporter = this.reporter;
    if (reporter === undefined) throw new Error("Findings.start was not called.");
    const { hint, ...text } = agreementText(this.locale, key, params);
    this.diagnostics.push({
      ruleId: reporter.id,
      severity: this.severity,
      ...text,
      path: this.basePath.length === 0 ? [...path] : [...this.basePath, ...path],
      source: reporter.source,
      ...(hint === undefined ? {} : { hint }),
    });
  }

  /** Reports a fact the rule needs that is not recorded, unless no record is demanded (A7). */
  missing(path: readonly PathKey[], key: AgreementMessageKey, params?: MessageParams): void {
    if (this.demanded) this.breach(path, key, params);
  }
}

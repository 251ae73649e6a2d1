/**
 * Checks of the options that the built-in machines' `create…` functions take
 * from JavaScript: options that are not an object, a `policy` that is not a
 * policy made by this library, or a `calendar` that is not a valid school
 * calendar are one {@link InvalidInputError} with a diagnostic per problem,
 * never a `TypeError` from inside a guard. A calendar read from JSON is
 * replaced by a frozen copy, so the machine never sees the caller's later
 * changes. Internal module.
 */
import { isPolicy, type Policy } from "../agreement/policy.js";
import { checkedCalendar } from "../calendar/checkedCalendar.js";
import type { SchoolCalendar } from "../calendar/schoolCalendar.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import { isRecord } from "./checkInput.js";
import { en } from "../text/locale.js";
import { machineDiagnostic } from "./message.js";
import type { MachineMessageKey } from "./messages.js";

/** The options of a built-in machine, checked. */
export interface CheckedMachineOptions {
  readonly policy: Policy | undefined;
  readonly calendar: SchoolCalendar | undefined;
}

function problem(key: MachineMessageKey, path: (string | number)[]): Diagnostic {
  return machineDiagnostic(en, key, {}, { ruleId: `machine/${key}`, path });
}

/**
 * `options` of the machine `machineId` checked: absent options are `{}`, an
 * absent `policy` or `calendar` stays `undefined` (the machine's default).
 *
 * @throws {@link InvalidInputError} naming every problem, with paths under the options.
 */
export function checkedMachineOptions(options: unknown, machineId: string): CheckedMachineOptions {
  if (options === undefined) return { policy: undefined, calendar: undefined };
  if (!isRecord(options)) throw new InvalidInputError(`"${machineId}" options`, [problem("options-not-an-object", [])]);
  const problems: Diagnostic[] = [];
  const policy = options["policy"];
  if (policy !== undefined && !isPolicy(policy)) problems.push(problem("option-not-a-policy", ["policy"]));
  let calendar: SchoolCalendar | undefined;
  if (options["calendar"] !== undefined) {
    const checked = checkedCalendar(options["calendar"], en);
    if (checked.ok) calendar = checked.value;
    else problems.push(...checked.diagnostics.map((diagnostic) => ({ ...diagnostic, path: ["calendar", ...diagnostic.path] })));
  }
  if (problems.length > 0) throw new InvalidInputError(`"${machineId}" options`, problems);
  return { policy: policy as Policy | undefined, calendar };
}

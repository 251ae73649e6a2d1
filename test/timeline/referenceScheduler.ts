/**
 * A plain day-by-day scheduler, written from the documented rules and
 * independently of the library: its own date arithmetic (on `Date.UTC`), its
 * own grouping of a template's stages, and a school-day test passed in as a
 * function (the day-by-day reference calendar in tests, a precomputed set in
 * the benchmark). Every step walks one day at a time. Used to check the
 * schedulers on random calendars and as the benchmark's peer.
 */

const MS_PER_DAY = 86_400_000;
/** Limit of a walk: far beyond any test calendar's terms and closures. */
const MAX_STEPS = 20_000;

export function toNumber(day: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / MS_PER_DAY);
}

export function toDay(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

function addMonthsReference(n: number, months: number): number {
  const date = new Date(n * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const target = new Date(0);
  target.setUTCFullYear(year, month, Math.min(date.getUTCDate(), lastOfTarget));
  return Math.round(target.getTime() / MS_PER_DAY);
}

interface ReferenceStage {
  readonly id: string;
  readonly group?: string | undefined;
  readonly offset?: { months?: number | undefined; weeks?: number | undefined; days?: number | undefined } | undefined;
  readonly duration?: unknown;
}

export interface ReferenceTemplate {
  readonly schedule: "backward" | "forward";
  readonly stages: readonly ReferenceStage[];
}

export interface ReferenceTimeline {
  readonly stages: { id: string; opensOn: string; dueOn: string; status?: string }[];
  /** `ruleId@path` of each diagnostic, sorted. */
  readonly findings: string[];
}

interface Group {
  readonly first: number;
  readonly stages: ReferenceStage[];
}

function groupsOf(template: ReferenceTemplate): Group[] {
  const groups: Group[] = [];
  template.stages.forEach((stage, i) => {
    const name = stage.group ?? stage.id;
    const last = groups[groups.length - 1];
    const lastStage = last?.stages[0];
    if (last !== undefined && lastStage !== undefined && (lastStage.group ?? lastStage.id) === name) last.stages.push(stage);
    else groups.push({ first: i, stages: [stage] });
  });
  return groups;
}

class Walker {
  readonly findings: string[] = [];
  private readonly outside = new Set<number>();

  constructor(readonly isOpen: (n: number) => boolean) {}

  private step(from: number, direction: 1 | -1, includeStart: boolean): number | undefined {
    let n = includeStart ? from : from + direction;
    for (let steps = 0; steps < MAX_STEPS; steps += 1, n += direction) if (this.isOpen(n)) return n;
    return undefined;
  }

  private fallBack(group: Group, n: number): number {
    if (!this.outside.has(group.first)) {
      this.outside.add(group.first);
      this.findings.push(`timeline/outside-calendar@stages.${group.first}`);
    }
    return n;
  }

  onOrBefore(n: number, group: Group): number {
    return this.step(n, -1, true) ?? this.fallBack(group, n);
  }

  lastBefore(n: number, group: Group): number {
    return this.step(n, -1, false) ?? this.fallBack(group, n - 1);
  }

  firstAfter(n: number, group: Group): number {
    return this.step(n, 1, false) ?? this.fallBack(group, n + 1);
  }

  schoolDaysAfter(n: number, amount: number, group: Group): number {
    let cursor: number | undefined = n;
    for (let k = 0; k < amount && cursor !== undefined; k += 1) cursor = this.step(cursor, 1, false);
    return cursor ?? this.fallBack(group, n + amount);
  }

  count(from: number, to: number): number {
    let count = 0;
    for (let n = from; n < to; n += 1) if (this.isOpen(n)) count += 1;
    return count;
  }
}

function status(opens: number, due: number, asOf: number | undefined): string | undefined {
  if (asOf === undefined) return undefined;
  return asOf < opens ? "upcoming" : asOf > due ? "late" : "open";
}

function finish(
  template: ReferenceTemplate,
  groups: Group[],
  opens: number[],
  dues: number[],
  asOf: number | undefined,
  findings: string[],
): ReferenceTimeline {
  const stages = groups.flatMap((group, g) =>
    group.stages.map((stage) => {
      const entry: { id: string; opensOn: string; dueOn: string; status?: string } = {
        id: stage.id,
        opensOn: toDay(opens[g] as number),
        dueOn: toDay(dues[g] as number),
      };
      const judged = status(opens[g] as number, dues[g] as number, asOf);
      if (judged !== undefined) entry.status = judged;
      return entry;
    }),
  );
  void template;
  return { stages, findings: [...findings].sort() };
}

/** One day each, then the rest in proportion to the lengths, largest remainders first (earlier on ties). */
function shares(total: number, lengths: number[]): number[] {
  const weights = lengths.some((l) => l > 0) ? lengths : lengths.map(() => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const rest = total - weights.length;
  const result = weights.map((w) => 1 + Math.floor((rest * w) / sum));
  let left = total - result.reduce((a, b) => a + b, 0);
  const order = weights.map((w, i) => [(rest * w) % sum, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    result[i] = (result[i] as number) + 1;
  }
  return result;
}

export function referenceScheduleBackward(
  template: ReferenceTemplate,
  activityDay: string,
  isOpen: (n: number) => boolean,
  options: { asOf?: string; compress?: boolean } = {},
): ReferenceTimeline {
  const walker = new Walker(isOpen);
  const findings = walker.findings;
  const T = toNumber(activityDay);
  const asOf = options.asOf === undefined ? undefined : toNumber(options.asOf);
  const groups = groupsOf(template);
  const offsetDays = groups.map((group) => {
    const offset = group.stages.find((stage) => stage.offset !== undefined)?.offset ?? {};
    return addMonthsReference(T, offset.months ?? 0) + 7 * (offset.weeks ?? 0) + (offset.days ?? 0);
  });
  if (!isOpen(T)) findings.push("timeline/activity-day-closed@activityDay");
  const opens: number[] = [];
  const dues: number[] = [];
  let before = 0;
  groups.forEach((group, g) => {
    const day = offsetDays[g] as number;
    if (day < T) {
      opens[g] = walker.onOrBefore(day, group);
      before = g + 1;
    } else if (day === T) {
      opens[g] = T;
      dues[g] = T;
    }
  });
  for (let g = 0; g < before; g += 1) {
    const group = groups[g] as Group;
    const next = g + 1 < groups.length && (offsetDays[g + 1] as number) <= T ? (opens[g + 1] as number) : T;
    let due = walker.lastBefore(next, group);
    if (due < (opens[g] as number)) {
      findings.push(`timeline/window-without-school-day@stages.${group.first}`);
      due = opens[g] as number;
    }
    dues[g] = due;
  }
  let previousDue = T;
  groups.forEach((group, g) => {
    const day = offsetDays[g] as number;
    if (day <= T) return;
    const open = walker.firstAfter(previousDue, group);
    let due = walker.onOrBefore(day, group);
    if (due < open) {
      findings.push(`timeline/window-without-school-day@stages.${group.first}`);
      due = open;
    }
    opens[g] = open;
    dues[g] = due;
    previousDue = due;
  });
  if (options.compress === true && asOf !== undefined && before > 0 && asOf > (opens[0] as number)) {
    const available: number[] = [];
    for (let n = asOf; n < T; n += 1) if (isOpen(n)) available.push(n);
    if (available.length < before) {
      findings.push("timeline/insufficient-lead-time@asOf");
    } else {
      const lengths = groups.slice(0, before).map((_, g) => walker.count(opens[g] as number, (dues[g] as number) + 1));
      let used = 0;
      shares(available.length, lengths).forEach((share, g) => {
        opens[g] = available[used] as number;
        dues[g] = available[used + share - 1] as number;
        used += share;
        findings.push(`timeline/compressed@stages.${(groups[g] as Group).first}`);
      });
    }
  }
  return finish(template, groups, opens, dues, asOf, findings);
}

export function referenceScheduleForward(
  template: ReferenceTemplate,
  startDay: string,
  isOpen: (n: number) => boolean,
  options: { asOf?: string; phaseLength?: "shortest" | "longest" } = {},
): ReferenceTimeline {
  const walker = new Walker(isOpen);
  const findings = walker.findings;
  const start = toNumber(startDay);
  const asOf = options.asOf === undefined ? undefined : toNumber(options.asOf);
  const groups = groupsOf(template);
  if (!isOpen(start)) findings.push("timeline/start-day-closed@startDay");
  const opens: number[] = [];
  const dues: number[] = [];
  groups.forEach((group, g) => {
    const open = g === 0 ? start : walker.firstAfter(dues[g - 1] as number, group);
    const duration = group.stages.find((stage) => stage.duration !== undefined)?.duration as
      | { session: string }
      | { schoolDays: number }
      | { months: number | { shortest: number; longest: number } };
    let due: number;
    if ("session" in duration) due = open;
    else if ("schoolDays" in duration) due = duration.schoolDays === 1 ? open : walker.schoolDaysAfter(open, duration.schoolDays - 1, group);
    else {
      const months = typeof duration.months === "number" ? duration.months : duration.months[options.phaseLength ?? "longest"];
      due = walker.lastBefore(addMonthsReference(open, months), group);
    }
    if (due < open) {
      findings.push(`timeline/window-without-school-day@stages.${group.first}`);
      due = open;
    }
    opens.push(open);
    dues.push(due);
  });
  return finish(template, groups, opens, dues, asOf, findings);
}

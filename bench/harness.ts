/**
 * A small benchmark harness: each case runs in timed batches until a time
 * budget is spent, and a table prints operations per second and the ratio of
 * the library's case to each named peer. No assertions: speed is reported,
 * never tested.
 */

export interface BenchCase {
  /** Shown in the table. */
  readonly name: string;
  /** One operation. Its result is kept so the work cannot be optimised away. */
  readonly run: () => unknown;
}

export interface Measurement {
  readonly name: string;
  readonly opsPerSecond: number;
  readonly nanosecondsPerOp: number;
}

let sink: unknown;

/** Runs `run` repeatedly for about `budgetMs` after a warm-up; returns operations per second. */
export function measure(bench: BenchCase, budgetMs = 400): Measurement {
  const warmUntil = performance.now() + budgetMs / 4;
  while (performance.now() < warmUntil) sink = bench.run();
  let batch = 1;
  let operations = 0;
  let elapsedNs = 0n;
  const deadline = performance.now() + budgetMs;
  while (performance.now() < deadline) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i += 1) sink = bench.run();
    elapsedNs += process.hrtime.bigint() - start;
    operations += batch;
    if (batch < 1 << 20) batch *= 2;
  }
  const nanosecondsPerOp = Number(elapsedNs) / operations;
  return { name: bench.name, opsPerSecond: 1e9 / nanosecondsPerOp, nanosecondsPerOp };
}

function formatRate(opsPerSecond: number): string {
  if (opsPerSecond >= 1e6) return `${(opsPerSecond / 1e6).toFixed(2)} M/s`;
  if (opsPerSecond >= 1e3) return `${(opsPerSecond / 1e3).toFixed(1)} k/s`;
  return `${opsPerSecond.toFixed(1)} /s`;
}

function formatTime(nanoseconds: number): string {
  if (nanoseconds >= 1e6) return `${(nanoseconds / 1e6).toFixed(2)} ms`;
  if (nanoseconds >= 1e3) return `${(nanoseconds / 1e3).toFixed(2)} µs`;
  return `${nanoseconds.toFixed(0)} ns`;
}

/**
 * Measures the library's case and its peers and prints a table with the
 * ratio "peer time / library time" (above 1: the library is faster).
 */
export function compare(title: string, subject: BenchCase, peers: readonly BenchCase[], budgetMs?: number): Measurement[] {
  const results = [subject, ...peers].map((bench) => measure(bench, budgetMs));
  const [own] = results as [Measurement, ...Measurement[]];
  const width = Math.max(...results.map((result) => result.name.length));
  console.log(`\n${title}`);
  for (const result of results) {
    const ratio = result === own ? "" : `  collegiate is ${(result.nanosecondsPerOp / own.nanosecondsPerOp).toFixed(1)}× faster`;
    console.log(`  ${result.name.padEnd(width)}  ${formatRate(result.opsPerSecond).padStart(10)}  ${formatTime(result.nanosecondsPerOp).padStart(10)}/op${ratio}`);
  }
  if (typeof sink === "symbol") console.log(String(sink));
  return results;
}

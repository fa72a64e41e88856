// Timing and summaries. The machine is shared and noisy, so every figure is a median (with its p95)
// of several repetitions, and the two sides of a comparison run interleaved, sharing the noise.

export interface Measure {
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
  readonly n: number;
  readonly unit: string;
}

/** One target of a row: what was asked, what was measured, and whether it holds. */
export interface Check {
  readonly target: string;
  readonly actual: string;
  readonly met: boolean;
}

export interface BenchRow {
  readonly id: string;
  readonly what: string;
  readonly oursLabel: string;
  readonly peerLabel: string;
  readonly ours?: Measure;
  readonly peer?: Measure;
  /** ours ÷ peer, medians (for throughput rows: ours ÷ peer throughput). */
  readonly ratio?: number;
  readonly checks: readonly Check[];
  readonly notes: readonly string[];
  /** Anything else worth keeping in the JSON (sizes, raw samples). */
  readonly extra?: Readonly<Record<string, unknown>>;
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Nearest-rank percentile of unsorted values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarize(values: readonly number[], unit = 'ms'): Measure {
  return {
    median: median(values),
    p95: percentile(values, 95),
    min: Math.min(...values),
    max: Math.max(...values),
    n: values.length,
    unit,
  };
}

export async function timed(work: () => unknown): Promise<number> {
  const start = nowMs();
  await work();
  return nowMs() - start;
}

/**
 * Runs both sides `warmup` times untimed, then `repetitions` timed rounds, alternating which side
 * goes first so neither always inherits the other's garbage or a warm cache.
 */
export async function interleaved(
  sides: { readonly ours: () => unknown; readonly peer: () => unknown },
  repetitions: number,
  warmup: number,
): Promise<{ ours: number[]; peer: number[] }> {
  for (let i = 0; i < warmup; i++) {
    await sides.ours();
    await sides.peer();
  }
  const ours: number[] = [];
  const peer: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    if (i % 2 === 0) {
      ours.push(await timed(sides.ours));
      peer.push(await timed(sides.peer));
    } else {
      peer.push(await timed(sides.peer));
      ours.push(await timed(sides.ours));
    }
  }
  return { ours, peer };
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

export function ratioCheck(ratio: number, limit: number, comparison: '≤' | '≥' = '≤'): Check {
  return {
    target: `${comparison} ${limit}× the peer`,
    actual: `${formatNumber(ratio)}×`,
    met: comparison === '≤' ? ratio <= limit : ratio >= limit,
  };
}

export function limitCheck(target: string, value: number, limit: number, unit: string): Check {
  return { target, actual: `${formatNumber(value)} ${unit}`, met: value <= limit };
}

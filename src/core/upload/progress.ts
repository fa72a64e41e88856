import type { UploadProgress } from './types';

/** How much a new rate sample counts against the running average (exponential smoothing). */
const RATE_SMOOTHING = 0.3;

/**
 * Turns a stream of "reached byte N" facts into throttled progress events with a smoothed rate,
 * so a notification can redraw at a calm pace however small the chunks are.
 */
export class ProgressMeter {
  private lastEmitAt = Number.NEGATIVE_INFINITY;
  private sampleAt: number | undefined;
  private sampleBytes = 0;
  private rate = 0;
  private position = 0;
  private emittedPosition = -1;

  constructor(
    private readonly totalBytes: number,
    private readonly now: () => number,
    private readonly onProgress: ((progress: UploadProgress) => void) | undefined,
    private readonly intervalMs: number,
  ) {}

  /** The file position moved to `bytesDone` (forward while sending, possibly back after a resume). */
  update(bytesDone: number): void {
    const at = this.now();
    if (this.sampleAt === undefined || bytesDone < this.position) {
      this.startSampling(at, bytesDone);
    } else if (at - this.sampleAt >= this.intervalMs) {
      const sample = ((bytesDone - this.sampleBytes) * 1000) / (at - this.sampleAt);
      this.rate = this.rate === 0 ? sample : this.rate + RATE_SMOOTHING * (sample - this.rate);
      this.sampleAt = at;
      this.sampleBytes = bytesDone;
    }
    this.position = bytesDone;
    // The end is always reported (once), whatever the throttle says.
    const finishedNow = bytesDone >= this.totalBytes && this.emittedPosition !== bytesDone;
    if (finishedNow || at - this.lastEmitAt >= this.intervalMs) this.emit(at);
  }

  /** A pause (backoff, offset query) must not count as slow transfer. */
  pause(): void {
    this.sampleAt = undefined;
  }

  private startSampling(at: number, bytesDone: number): void {
    this.sampleAt = at;
    this.sampleBytes = bytesDone;
  }

  private emit(at: number): void {
    this.lastEmitAt = at;
    this.emittedPosition = this.position;
    if (!this.onProgress) return;
    const percent = Math.round((this.position / this.totalBytes) * 1000) / 10;
    this.onProgress({ bytesDone: this.position, totalBytes: this.totalBytes, percent, bytesPerSecond: Math.round(this.currentRate(at)) });
  }

  /** The smoothed rate, or the plain average so far when no full sample interval has passed yet. */
  private currentRate(at: number): number {
    if (this.rate > 0 || this.sampleAt === undefined || at <= this.sampleAt) return this.rate;
    return ((this.position - this.sampleBytes) * 1000) / (at - this.sampleAt);
  }
}

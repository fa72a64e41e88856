// The fault switches a test can flip at any time (Emulator.setFaults). README.md documents each one.

export type ThrottleCode = 4 | 17 | 32 | 613;

export interface Faults {
  /** Operations at index ≥ N answer `null` without running (a partially-completed batch). */
  batchTimeoutAfter: number | null;
  /** Each batch operation waits this long before it runs (independent operations wait together). */
  operationLatencyMs: number;
  /**
   * Throttling: `request` answers the whole batch (or any other request) with the error;
   * `operations` answers each listed operation index (all when omitted) with it.
   */
  throttle: { code: ThrottleCode; scope: 'request' | 'operations'; operations?: number[] } | null;
  /** The next `count` API requests answer `status` with an is_transient Graph error. */
  transient5xx: { count: number; status?: 500 | 503 } | null;
  /** Destroy the socket once `bytes` of an upload request's body are stored; `times` attempts (default 1; Infinity = each). */
  dropUploadAfterBytes: { bytes: number; times?: number } | null;
  /** Store all bytes of the completing upload request, then destroy the socket without answering; `times` (default 1). */
  loseFinalUploadResponse: { times?: number } | null;
  /** Wait this long before answering any API request. */
  responseDelayMs: number;
  /** Read upload bodies no faster than this (bytes per second). */
  uploadBytesPerSecond: number | null;
  /** Answer batch requests (or uploads) with a broken body: not JSON, truncated JSON, or an array one entry short. */
  malformedResponse: { kind: 'not-json' | 'truncated-json' | 'wrong-length'; endpoint?: 'batch' | 'upload' | 'any' } | null;
  /** The percentage the usage headers (X-App-Usage, X-Business-Use-Case-Usage) report when not throttled. */
  usagePercent: number;
}

export const NO_FAULTS: Faults = {
  batchTimeoutAfter: null,
  operationLatencyMs: 0,
  throttle: null,
  transient5xx: null,
  dropUploadAfterBytes: null,
  loseFinalUploadResponse: null,
  responseDelayMs: 0,
  uploadBytesPerSecond: null,
  malformedResponse: null,
  usagePercent: 1,
};

/** The live switches plus the counters of the "next N times" faults. */
export class FaultState {
  current: Faults = { ...NO_FAULTS };
  private transientLeft = 0;
  private dropsLeft = 0;
  private lossesLeft = 0;

  set(faults: Partial<Faults>): void {
    this.current = { ...this.current, ...faults };
    if ('transient5xx' in faults) this.transientLeft = faults.transient5xx?.count ?? 0;
    if ('dropUploadAfterBytes' in faults) this.dropsLeft = faults.dropUploadAfterBytes ? faults.dropUploadAfterBytes.times ?? 1 : 0;
    if ('loseFinalUploadResponse' in faults) this.lossesLeft = faults.loseFinalUploadResponse ? faults.loseFinalUploadResponse.times ?? 1 : 0;
  }

  reset(): void {
    this.current = { ...NO_FAULTS };
    this.transientLeft = 0;
    this.dropsLeft = 0;
    this.lossesLeft = 0;
  }

  /** The status of a transient failure to send now, consuming one, or undefined. */
  takeTransient(): 500 | 503 | undefined {
    if (this.transientLeft <= 0) return undefined;
    this.transientLeft -= 1;
    return this.current.transient5xx?.status ?? 503;
  }

  /** Bytes after which to drop an upload request's connection, while drops are left. */
  dropThreshold(): number | undefined {
    const drop = this.current.dropUploadAfterBytes;
    return drop && this.dropsLeft > 0 ? drop.bytes : undefined;
  }

  /** Counts one drop that happened. */
  consumeDrop(): void {
    this.dropsLeft -= 1;
  }

  /** Whether to lose the answer of the upload request that completes the file, consuming one. */
  takeLoss(): boolean {
    if (this.lossesLeft <= 0) return false;
    this.lossesLeft -= 1;
    return true;
  }

  malformedFor(endpoint: 'batch' | 'upload'): Faults['malformedResponse'] {
    const fault = this.current.malformedResponse;
    if (!fault) return null;
    const target = fault.endpoint ?? 'batch';
    return target === 'any' || target === endpoint ? fault : null;
  }
}

// Rate-limit usage headers (X-App-Usage, X-Business-Use-Case-Usage, X-Ad-Account-Usage) as short
// lines with the highest percentage, so the panel can warn before the API starts throttling.

export interface UsageLine {
  readonly label: string;
  readonly text: string;
  /** Highest percentage on the line, when it has one. */
  readonly peak?: number;
  readonly tone: 'ok' | 'warning' | 'error';
}

const PERCENT_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['call_count', 'calls'],
  ['total_cputime', 'CPU'],
  ['total_time', 'time'],
  ['acc_id_util_pct', 'account'],
];

function toneFor(peak: number | undefined): UsageLine['tone'] {
  if (peak === undefined) return 'ok';
  return peak >= 90 ? 'error' : peak >= 75 ? 'warning' : 'ok';
}

function asRecord(x: unknown): Record<string, unknown> | undefined {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : undefined;
}

/** "calls 28% · CPU 25% · time 25%" plus the wait the API asks for, if any. */
function describe(entry: Record<string, unknown>, label: string): UsageLine {
  const parts: string[] = [];
  let peak: number | undefined;
  for (const [field, name] of PERCENT_FIELDS) {
    const value = entry[field];
    if (typeof value !== 'number') continue;
    parts.push(`${name} ${value}%`);
    peak = Math.max(peak ?? 0, value);
  }
  const wait = entry.estimated_time_to_regain_access;
  if (typeof wait === 'number' && wait > 0) parts.push(`access back in about ${wait} min`);
  const tier = entry.ads_api_access_tier;
  if (typeof tier === 'string') parts.push(`tier ${tier}`);
  return { label, text: parts.length > 0 ? parts.join(' · ') : JSON.stringify(entry), peak, tone: toneFor(peak) };
}

const LABELS: Readonly<Record<string, string>> = {
  'x-app-usage': 'App usage',
  'x-ad-account-usage': 'Ad account usage',
  'x-business-use-case-usage': 'Business use case',
};

export function usageLines(usage: Readonly<Record<string, unknown>> | undefined): UsageLine[] {
  if (!usage) return [];
  const lines: UsageLine[] = [];
  for (const [header, value] of Object.entries(usage)) {
    const key = header.toLowerCase();
    const label = LABELS[key] ?? header;
    const record = asRecord(value);
    if (!record) {
      lines.push({ label, text: typeof value === 'string' ? value : JSON.stringify(value), tone: 'ok' });
    } else if (key === 'x-business-use-case-usage') {
      // { "<business id>": [ { type, call_count, ... }, ... ] }
      for (const [businessId, entries] of Object.entries(record)) {
        for (const entry of Array.isArray(entries) ? entries : [entries]) {
          const fields = asRecord(entry) ?? {};
          const kind = typeof fields.type === 'string' ? `${fields.type}, ` : '';
          lines.push(describe(fields, `${label} (${kind}business ${businessId})`));
        }
      }
    } else {
      lines.push(describe(record, label));
    }
  }
  return lines;
}

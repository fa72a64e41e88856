// The benchmark's output: a Markdown table (printed, and pasted into the README) and the JSON figures.
import { formatNumber, type BenchRow, type Measure } from './stats';

export interface BenchEnvironment {
  readonly date: string;
  readonly mode: 'full' | 'quick';
  readonly node: string;
  readonly cpus: number;
  readonly cpuModel: string;
  readonly loadAverageStart: readonly number[];
  readonly loadAverageEnd: readonly number[];
  readonly commit?: string;
  readonly durationS: number;
}

export interface BenchReport {
  readonly environment: BenchEnvironment;
  readonly rows: readonly BenchRow[];
}

function cell(measure: Measure | undefined, label: string): string {
  if (!measure) return label;
  const spread = measure.n > 1 ? ` (p95 ${formatNumber(measure.p95)}, n=${measure.n})` : measure.n === 1 ? ' (n=1)' : '';
  return `${label}: **${formatNumber(measure.median)} ${measure.unit}**${spread}`;
}

const escape = (text: string): string => text.replace(/\|/g, '\\|');

export function markdownTable(report: BenchReport): string {
  const lines = [
    '| what | ours | peer in the same run | ratio | target | measured | met? |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const row of report.rows) {
    lines.push(
      `| ${[
        row.what,
        cell(row.ours, row.oursLabel),
        cell(row.peer, row.peerLabel),
        row.ratio === undefined ? '—' : `${formatNumber(row.ratio)}×`,
        row.checks.map((c) => c.target).join('; ') || '—',
        row.checks.map((c) => c.actual).join('; ') || '—',
        row.checks.length === 0 ? 'not measured' : row.checks.map((c) => (c.met ? 'yes' : '**no**')).join('; '),
      ].map(escape).join(' | ')} |`,
    );
  }
  const notes = report.rows.flatMap((row) => row.notes.map((note) => `- ${row.id}: ${note}`));
  const env = report.environment;
  return [
    ...lines,
    '',
    ...notes,
    '',
    `Run: ${env.date}, ${env.mode} mode, node ${env.node}, ${env.cpus} × ${env.cpuModel}, load average ${env.loadAverageStart.map((l) => l.toFixed(2)).join(' ')} at start and ${env.loadAverageEnd.map((l) => l.toFixed(2)).join(' ')} at the end${env.commit ? `, commit ${env.commit.slice(0, 10)}` : ''}; took ${Math.round(env.durationS)} s.`,
    '',
  ].join('\n');
}

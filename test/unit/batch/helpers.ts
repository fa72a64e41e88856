// Small builders for batch specs in tests.
import type { BatchSpec, OperationSpec } from '../../../src/core/batch/spec';

type Op = Omit<OperationSpec, 'index' | 'method'> & { method?: OperationSpec['method'] };

export function ops(...list: Op[]): OperationSpec[] {
  return list.map((op, index) => ({ method: 'GET', ...op, index }));
}

export function spec(operations: OperationSpec[], extra: Partial<BatchSpec> = {}): BatchSpec {
  return { attachments: {}, operations, ...extra };
}

/** n independent GETs (of `me`, which the emulator answers). */
export function independent(n: number): OperationSpec[] {
  return ops(...Array.from({ length: n }, (_, i) => ({ relative_url: `me?fields=id&n=${i}` })));
}

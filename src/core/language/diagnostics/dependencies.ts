// Operation names and what refers to them: duplicate names, and every depends_on and
// {result=NAME:...} resolved to an operation, or reported when it names none, a later one or
// itself. The resolved edges feed the cycle and request-size checks.
import type { BatchDocument, OperationModel, ResultReference, StringLiteral } from '../../document/model';
import type { OffsetRange } from '../../text';
import type { Diagnostic } from '../types';
import { diagnostic } from './make';
import { closestMatch, didYouMean, suggestionData } from './suggest';
import { spellingOf } from '../nameText';

/** `from` needs the result of `to` (both operation indices). */
export interface DependencyEdge {
  readonly from: number;
  readonly to: number;
  /** The name as written in depends_on or the reference. */
  readonly range: OffsetRange;
}

/** A name that must resolve to an operation: a depends_on value or a reference's name. */
type NameUse = { readonly via: 'depends_on'; readonly literal: StringLiteral } | { readonly via: 'reference'; readonly reference: ResultReference };

// Every validation resolves every name in the file, and a range is needed only for a finding:
// it is made when asked for.
function rangeOf(use: NameUse): OffsetRange {
  if (use.via === 'reference') return use.reference.nameRange;
  return { start: use.literal.sourceOffset(0), end: use.literal.sourceOffset(use.literal.value.length) };
}

class Edge implements DependencyEdge {
  constructor(
    readonly from: number,
    readonly to: number,
    private readonly use: NameUse,
  ) {}

  get range(): OffsetRange {
    return rangeOf(this.use);
  }
}

// Suggestions compare a name with every operation name; past this many misses per validation the
// file is mid-rewrite and suggestions stop, so a 5,000-operation file stays fast.
const MAX_SUGGESTIONS = 100;

export function checkDuplicateNames(doc: BatchDocument, out: Diagnostic[]): void {
  doc.operationsByName.forEach((operations) => {
    const first = operations[0];
    if (operations.length < 2 || first.name === undefined) return;
    const name = first.name.value;
    for (let i = 1; i < operations.length; i++) {
      const later = operations[i];
      if (later.name === undefined) continue;
      out.push(
        diagnostic('FB201', later.name.range, `Operation ${first.index} is already named "${name}": names must be unique so that references are unambiguous. Rename this one.`, {
          related: [{ message: `"${name}" is first used by operation ${first.index + 1}`, range: first.name.range }],
        }),
      );
    }
  });
}

export function resolveDependencies(doc: BatchDocument, out: Diagnostic[]): DependencyEdge[] {
  const edges: DependencyEdge[] = [];
  const suggester = { left: MAX_SUGGESTIONS, cache: new Map<string, string | undefined>() };
  for (const operation of doc.operations) {
    if (operation.dependsOn !== undefined) {
      resolve(doc, operation, operation.dependsOn.value, { via: 'depends_on', literal: operation.dependsOn }, edges, out, suggester);
    }
    for (const reference of operation.references) resolve(doc, operation, reference.name, { via: 'reference', reference }, edges, out, suggester);
  }
  return edges;
}

interface Suggester {
  left: number;
  readonly cache: Map<string, string | undefined>;
}

function resolve(
  doc: BatchDocument,
  operation: OperationModel,
  name: string,
  use: NameUse,
  edges: DependencyEdge[],
  out: Diagnostic[],
  suggester: Suggester,
): void {
  const target = doc.operationsByName.get(name)?.[0];
  if (target === undefined) {
    const suggestion = suggest(doc, name, suggester);
    const code = use.via === 'depends_on' ? 'FB202' : 'FB203';
    const what = name === '' ? 'No operation name is given.' : `No operation is named "${name}".${didYouMean(suggestion)}`;
    const data = suggestionData(suggestion, use.via === 'reference' ? spellingOf(use.reference, doc.text) : 'plain');
    out.push(diagnostic(code, rangeOf(use), `${what} Give the operation whose result this needs a "name" and use that name here.`, data));
    return;
  }
  if (target === operation) {
    out.push(diagnostic('FB205', rangeOf(use), `Operation ${operation.index} depends on itself ("${name}" is its own name), which can never run: name an earlier operation instead.`));
    return;
  }
  const edge = new Edge(operation.index, target.index, use);
  edges.push(edge);
  if (target.index > operation.index) {
    out.push(
      diagnostic('FB204', edge.range, `"${name}" is operation ${target.index + 1}, which comes after this one (${operation.index + 1}). An operation can only use the result of an earlier one: move "${name}" above this operation.`, {
        related: [{ message: `Operation "${name}"`, range: target.name?.range ?? target.range }],
      }),
    );
  }
}

function suggest(doc: BatchDocument, name: string, suggester: Suggester): string | undefined {
  if (suggester.cache.has(name)) return suggester.cache.get(name);
  if (suggester.left <= 0 || name === '') return undefined;
  suggester.left -= 1;
  const suggestion = closestMatch(name, doc.operationsByName.keys());
  suggester.cache.set(name, suggestion);
  return suggestion;
}

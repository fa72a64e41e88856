// "Did you mean …?": the closest candidate by edit distance (adjacent swaps count as one edit),
// bounded so that a long list or a long word stays cheap.
import { spellName, type NameSpelling } from '../nameText';

/** The candidate closest to `word`, if it is close enough to be a plausible typo. */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  // Very short words are too easy to "correct" into anything: only a change of case counts.
  const limit = word.length < 3 ? 0 : Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return best;
}

/** Optimal string alignment distance, giving up (returning `cap`) once it cannot be below `cap`. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= cap) return cap;
    previous2 = previous;
    previous = current;
  }
  return Math.min(previous[b.length], cap);
}

/** " Did you mean "x"?" or nothing. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
}

/**
 * data for the "Change to …" quick fix: the suggestion, and the exact text that replaces the
 * diagnostic's range — a quoted JSON string for a whole key or value; for a name inside a string,
 * the name spelled as it stands there (nameText.ts), then escaped for JSON.
 */
export function suggestionData(suggestion: string | undefined, inString?: NameSpelling): { data?: Record<string, string> } {
  if (suggestion === undefined) return {};
  if (inString === undefined) return { data: { suggestion, replacement: JSON.stringify(suggestion) } };
  return { data: { suggestion, replacement: JSON.stringify(spellName(suggestion, inString)).slice(1, -1) } };
}

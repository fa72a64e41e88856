// Results of pure functions of a string, kept across parses. The editor re-parses the whole file on
// every keystroke while nearly every string in it is unchanged, so the strings that need real work
// (references, JSONPath) are worked out once. The map is emptied when it grows past its limit, which
// keeps memory bounded whatever is typed.

export interface Memoized<T> {
  (key: string): T;
  /** Whether the result for `key` is kept (so a test can tell that a secret never is). */
  has(key: string): boolean;
}

export function memoize<T>(compute: (key: string) => T, limit: number): Memoized<T> {
  const results = new Map<string, T>();
  const memoized = (key: string): T => {
    let result = results.get(key);
    if (result === undefined) {
      if (results.size >= limit) results.clear();
      result = compute(key);
      results.set(ownCopy(key), result);
    }
    return result;
  };
  return Object.assign(memoized, { has: (key: string) => results.has(key) });
}

/**
 * The same characters in a string of their own. A string value from the parser can be a slice that
 * keeps the whole text of that version alive; kept as a key, it would pin one megabyte per keystroke.
 */
function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}

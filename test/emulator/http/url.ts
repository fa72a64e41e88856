// Percent-decoding that never throws: a malformed escape stays as it was written.
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// Bodies as the panel and the host present them: parsed JSON when it is JSON, text otherwise.
export type ParsedBody = { readonly kind: 'json'; readonly value: unknown } | { readonly kind: 'text'; readonly text: string };

export function parseBody(raw: string): ParsedBody {
  const trimmed = raw.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return { kind: 'json', value: JSON.parse(raw) as unknown };
    } catch {
      // Not JSON after all: shown as text.
    }
  }
  return { kind: 'text', text: raw };
}

/** What "open as JSON editor" and "copy" produce: indented JSON, or the text as received. */
export function bodyForEditor(raw: string): { readonly language: 'json' | 'plaintext'; readonly content: string } {
  const parsed = parseBody(raw);
  return parsed.kind === 'json'
    ? { language: 'json', content: JSON.stringify(parsed.value, null, 2) }
    : { language: 'plaintext', content: parsed.text };
}

// Offsets → line/character (both 0-based, UTF-16 code units as LSP and VS Code count them).
// Built once per text; each lookup is a binary search over the line starts.

export interface TextPosition {
  readonly line: number;
  readonly character: number;
}

export interface LineIndex {
  positionAt(offset: number): TextPosition;
  readonly lineCount: number;
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // \r\n counts as one line break; a lone \r or \n as one each.
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return {
    lineCount: starts.length,
    positionAt(offset: number): TextPosition {
      const clamped = Math.max(0, Math.min(offset, text.length));
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= clamped) low = mid;
        else high = mid - 1;
      }
      return { line: low, character: clamped - starts[low] };
    },
  };
}

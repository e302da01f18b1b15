// Text that must stay on one line of a terminal or a CI log: a file name with a line break
// could otherwise start a line of its own (in GitHub Actions, a workflow command).

/** `text` with line breaks and other control characters written as escapes (\n, \u001b). */
export function visible(text: string): string {
  // Bidirectional overrides too: they would reorder what the reader sees.
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (char) => {
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

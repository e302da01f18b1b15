// User text is data, never markup. Every value that reaches a Markdown document goes through
// one of these functions; the Handlebars environment uses `inline` for every plain `{{value}}`.

const LINE_BREAKS = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/g;
// Control characters and the bidi overrides that could reorder what a reader sees.
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;
// Characters with a meaning anywhere in a line: emphasis, code, links, HTML, tables,
// strikethrough, entities, math.
const ANYWHERE = /[\\`*_[\]<>|~&$]/g;
// Characters with a meaning only where a block can start: headings, lists, quotes, rules.
// (":" too: Azure DevOps' `::: mermaid` and GitLab's `::include` start with it.)
// A number starts a list only when a space or the end follows it: "1. " does, "1.100" does not.
const LINE_START = /^(\s*)([#>+\-=:]|\d+[.)](?=[ \t]|$))/;

// One pass over the text, as a calendar of ten thousand rows calls this a hundred thousand times.
const ALL_INLINE = new RegExp(`${INVISIBLE.source}|(${LINE_BREAKS.source})|(${ANYWHERE.source})`, 'g');

// The same, once: most values have nothing to escape, and a test is cheaper than a replace.
const ANY_INLINE = new RegExp(ALL_INLINE.source);

function escapeAnywhere(value: unknown): string {
  const text = String(value ?? '');
  if (!ANY_INLINE.test(text)) return text.trim();
  return text
    .replace(ALL_INLINE, (_match, lineBreak: string | undefined, markup: string | undefined) =>
      markup ? `\\${markup}` : lineBreak ? ' ' : '',
    )
    .trim();
}

/**
 * Text that may stand where a block can start (a list item, a sentence on its own line):
 * one line, no markup, and no heading, list or quote marker at its start.
 */
export function inline(value: unknown): string {
  return escapeAnywhere(value).replace(
    LINE_START,
    (_, space: string, marker: string) => `${space}${marker.replace(/([#>+\-=.):])/, '\\$1')}`,
  );
}

/** A table cell: no block can start inside one, so only inline markup is escaped; a dash when empty. */
export function cell(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (Array.isArray(value)) return value.length > 0 ? value.map(escapeAnywhere).join(', ') : '–';
  return escapeAnywhere(value) || '–';
}

/** Longer text: paragraphs kept, every line escaped so it cannot start a heading or a list. */
export function paragraphs(value: unknown): string {
  return String(value ?? '')
    .replace(INVISIBLE, '')
    .split(/(?:\r\n|[\n\r\u2028\u2029]){2,}/)
    .map((paragraph) =>
      paragraph
        .split(LINE_BREAKS)
        .map((line) => inline(line))
        .filter((line) => line.length > 0)
        .join(' '),
    )
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
}

/** An id or other short token as code: backticks inside cannot close the span early. */
export function code(value: unknown): string {
  const text = String(value ?? '')
    .replace(LINE_BREAKS, ' ')
    .replace(INVISIBLE, '');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A link to an address the schema has already limited to http(s). */
export function link(text: unknown, url: unknown): string {
  const address = String(url ?? '');
  if (!/^https?:\/\/[^\s<>]+$/.test(address)) return inline(text);
  // A bar would end a table cell, even inside the link's address.
  return `[${inline(text)}](<${address.replace(/\|/g, '%7C')}>)`;
}

/** Text inside a quoted Mermaid label. */
export function mermaidText(value: unknown): string {
  return (
    String(value ?? '')
      .replace(LINE_BREAKS, ' ')
      .replace(INVISIBLE, '')
      .replace(/["`\\]/g, "'")
      // "%%" starts a Mermaid comment, even inside a title.
      .replace(/%%+/g, '%')
      .replace(/[<>{}[\];]/g, ' ')
      .trim()
  );
}

// Typographic punctuation that headings carry ("KPI’s"), dropped before deciding whether a
// heading is plain ASCII: building the Unicode letter classes costs more than a whole page.
const TYPOGRAPHIC = /[\u2010-\u2027]/g;

/** GitHub's and GitLab's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function anchor(heading: string): string {
  const text = heading.toLowerCase().replace(TYPOGRAPHIC, '');
  const kept = /^[\x00-\x7f]*$/.test(text) ? text.replace(/[^a-z0-9\s_-]/g, '') : text.replace(/[^\p{L}\p{N}\s_-]/gu, '');
  return kept.trim().replace(/\s/g, '-');
}

/** A progress bar in text: ▓▓▓▓▓░░░░░ 50%. */
export function progressBar(fraction: number, width = 10): string {
  const clamped = Math.max(0, Math.min(1, Number.isFinite(fraction) ? fraction : 0));
  const filled = Math.round(clamped * width);
  return `${'▓'.repeat(filled)}${'░'.repeat(width - filled)} ${Math.round(clamped * 100)}%`;
}

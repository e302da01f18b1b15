// Reading Markdown the way its reader does, with a real parser (markdown-it).
import MarkdownIt from 'markdown-it';

/** The rows of the document's first table, cell by cell. */
export function tableRows(markdown: string): string[][] {
  const tokens = new MarkdownIt().parse(markdown, {});
  const rows: string[][] = [];
  let row: string[] | undefined;
  for (const [index, token] of tokens.entries()) {
    if (token.type === 'table_close') break;
    if (token.type === 'tr_open') row = [];
    if (token.type === 'tr_close' && row) rows.push(row);
    if ((token.type === 'td_open' || token.type === 'th_open') && row) row.push(tokens[index + 1]!.content);
  }
  return rows;
}

/** Each paragraph, list item and cell as its reader sees it: escapes undone, emphasis gone. */
export function readText(markdown: string): string[] {
  return new MarkdownIt()
    .parse(markdown, {})
    .filter((token) => token.type === 'inline')
    .map((token) => (token.children ?? []).map((child) => (child.type === 'softbreak' ? '\n' : child.content)).join(''));
}

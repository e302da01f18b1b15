// The analytics exports platforms give their users, read as tables of days (or posts) and
// figures: Meta Business Suite (Facebook, Instagram; the post export, the one-figure-per-file
// export and Facebook's older Insights export), LinkedIn page exports (.xls, .xlsx), TikTok
// Studio (.csv, .xlsx) and a plain `date;kpi;value` sheet. Columns are found by their
// headings, in Dutch, English or German, never by their place: the platforms reorder and
// rename them from month to month.
import type { Language } from '../model/strategy.js';
import { dsvFormat } from 'd3-dsv';
import { StrategyError } from '../errors.js';
import { windows1252toString } from '@exodus/bytes/single-byte.js';
import { FIGURES, figureOf, normal } from '../core/figures.js';

export { FIGURES, figureOf, normal };

import { IMPORT_PLATFORMS } from '../model/import-platforms.js';
import type { ImportPlatform } from '../model/import-platforms.js';

export type Platform = ImportPlatform;
export const PLATFORMS: readonly Platform[] = IMPORT_PLATFORMS;

/** One sheet of an export: its rows of text, the heading row first, and a title above it if any. */
export interface Sheet {
  /** The file, and the sheet's name for a workbook: "export.xlsx (Metrics)". */
  name: string;
  sheet?: string;
  /** A line above the headings, such as Meta's "Instagram follows". */
  title?: string;
  header: string[];
  rows: string[][];
  /** The row number in the file of each row (1-based), for messages. */
  lines: number[];
  /** For a workbook: which cells of each row hold a number (read as it is, never as text in a format). */
  numeric?: boolean[][];
  /** For a CSV file: the character between its fields. */
  delimiter?: string;
}

/** The heading each figure has in the platforms' Dutch exports. */
const DUTCH_HEADINGS: Record<string, string> = {
  followers: 'Volgers',
  new_followers: 'Nieuwe volgers',
  reach: 'Bereik',
  views: 'Weergaven',
  impressions: 'Impressies',
  likes: 'Vind-ik-leuks',
  reactions: 'Reacties',
  interactions: 'Interacties met content',
  comments: 'Opmerkingen',
  shares: 'Aantal keer gedeeld',
  saves: 'Aantal keer opgeslagen',
  clicks: 'Klikken',
  profile_views: 'Profielbezoeken',
  page_views: 'Paginaweergaven',
  visitors: 'Unieke bezoekers',
  engagement_rate: 'Engagementpercentage',
};

/** Headings of the column that dates a row: a day, or a post's publication. */
const DAY_HEADINGS = ['date', 'datum', 'day', 'dag', 'tag', 'periode', 'period'];
const POST_HEADINGS = [
  'publish time',
  'publicatietijdstip',
  'publicatietijd',
  'veröffentlichungszeitpunkt',
  'created date',
  'aanmaakdatum',
  'erstellungsdatum',
  'post time',
  'posted',
  'geplaatst',
];

/** The platform an export comes from, by its title, sheet names, headings and links. */
export function platformOf(sheet: Sheet): Platform | undefined {
  const headings = sheet.header.map(normal);
  const has = (...names: string[]): boolean => names.some((name) => headings.includes(name));
  const title = normal(sheet.title ?? '');
  if (title.includes('instagram')) return 'instagram';
  if (title.includes('facebook')) return 'facebook';
  if (headings.some((h) => h.startsWith('instagram '))) return 'instagram';
  if (headings.some((h) => h.startsWith('facebook '))) return 'facebook';
  if (has('account username', 'gebruikersnaam account', 'konto-benutzername')) return 'instagram';
  if (has('page id', 'pagina-id', 'page name', 'naam van pagina', 'seiten-id')) return 'facebook';
  // Facebook's older Insights export: every column says over which span it counts.
  if (has('lifetime total likes') || headings.filter((h) => /^(daily|weekly|28 days|lifetime) /.test(h)).length >= 2) return 'facebook';
  if (
    has(
      'video views',
      'profile views',
      'video link',
      'difference in followers from previous day',
      'videolink',
      'videoweergaven',
      'profielweergaven',
      'verschil in volgers ten opzichte van vorige dag',
    )
  )
    return 'tiktok';
  if (
    headings.some((h) => / \((organic|sponsored|total|desktop|mobile|organisch|gesponsord|totaal|mobiel)\)$/.test(h)) ||
    has(
      'sponsored followers',
      'organic followers',
      'auto-invited followers',
      'post link',
      'posted by',
      'gesponsorde volgers',
      'organische volgers',
      'automatisch uitgenodigde volgers',
    )
  )
    return 'linkedin';
  if (
    sheet.sheet &&
    /^(metrics|all posts|new followers|visitor metrics|update metrics|statistieken|alle berichten|nieuwe volgers|bezoekersstatistieken)/i.test(
      sheet.sheet,
    )
  )
    return 'linkedin';
  // A post export whose links say where the posts are.
  const link = headings.findIndex((h) => h === 'permalink' || h === 'post link');
  const first = link >= 0 ? (sheet.rows.find((row) => row[link]?.trim())?.[link] ?? '') : '';
  if (/instagram\.com/i.test(first)) return 'instagram';
  if (/facebook\.com|fb\.com/i.test(first)) return 'facebook';
  if (/linkedin\.com/i.test(first)) return 'linkedin';
  if (/tiktok\.com/i.test(first)) return 'tiktok';
  return undefined;
}

/** The column that dates each row, and whether rows are days or posts. */
export function dateColumn(sheet: Sheet): { index: number; kind: 'days' | 'posts' } | undefined {
  const headings = sheet.header.map(normal);
  const post = headings.findIndex((h) => POST_HEADINGS.includes(h));
  if (post >= 0) return { index: post, kind: 'posts' };
  const day = headings.findIndex((h) => DAY_HEADINGS.includes(h));
  if (day >= 0) return { index: day, kind: 'days' };
  return undefined;
}

/**
 * The text of an export in the encodings spreadsheet programs and platforms write, decoded by
 * the WHATWG Encoding Standard's decoders (Node's, and @exodus/bytes for Windows-1252): UTF-16 with a byte-order mark (Meta's per-figure
 * exports) or without one, UTF-8 with or without a byte-order mark, and else Windows-1252 (what
 * Excel saves as "CSV" on a Dutch Windows). A text that still holds a replacement character
 * (U+FFFD) is refused, so no mangled name reaches the strategy.
 */
export function decode(bytes: Uint8Array, file: string): string {
  const utf16 = (encoding: 'utf-16le' | 'utf-16be', from: number): string => new TextDecoder(encoding).decode(bytes.subarray(from));
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = utf16('utf-16le', 2);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = utf16('utf-16be', 2);
  // Without a mark, UTF-16 shows as a zero byte beside each letter of the first line.
  else if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) text = utf16('utf-16le', 0);
  else if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) text = utf16('utf-16be', 0);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      // Node's own decoder reads 0x80–0x9F as control characters on some versions; this one follows the standard.
      text = windows1252toString(bytes);
    }
  }
  const broken = text.indexOf('\uFFFD');
  if (broken >= 0) {
    let line = 1;
    for (let at = text.indexOf('\n'); at >= 0 && at < broken; at = text.indexOf('\n', at + 1)) line++;
    throw new StrategyError('error.import-encoding', { file, line });
  }
  return text;
}

/** The row that holds the headings: the first of the first five with a date column (or a plain kpi;value sheet). */
function headingRow(rows: readonly string[][]): number {
  for (let index = 0; index < Math.min(5, rows.length); index++) {
    const headings = rows[index]!.map(normal);
    if (headings.some((h) => DAY_HEADINGS.includes(h) || POST_HEADINGS.includes(h))) return index;
  }
  return 0;
}

/** A table of text rows as a sheet: the title line (if any) above the headings kept. */
export function sheetOf(name: string, rows: string[][], sheet?: string, numeric?: boolean[][]): Sheet {
  const numbered = rows
    .map((row, index) => ({ row, line: index + 1, numbers: numeric?.[index] ?? [] }))
    .filter(({ row }) => row.some((cell) => cell.trim() !== ''));
  const at = headingRow(numbered.map(({ row }) => row));
  const above = numbered
    .slice(0, at)
    .map(({ row }) =>
      row
        .filter((cell) => cell.trim() !== '')
        .join(' ')
        .trim(),
    )
    .filter(Boolean);
  const title = above[above.length - 1];
  return {
    name: sheet ? `${name} (${sheet})` : name,
    ...(sheet ? { sheet } : {}),
    ...(title ? { title } : {}),
    header: (numbered[at]?.row ?? []).map((cell) => cell.trim()),
    rows: numbered.slice(at + 1).map(({ row }) => row),
    lines: numbered.slice(at + 1).map(({ line }) => line),
    ...(numeric ? { numeric: numbered.slice(at + 1).map(({ numbers }) => numbers) } : {}),
  };
}

/** A CSV export as a sheet: Excel's "sep=," line honoured, the delimiter found from the headings. */
export function csvSheet(name: string, text: string): Sheet {
  let body = text;
  let delimiter: string | undefined;
  const hint = /^sep=(.)\r?\n/i.exec(body);
  if (hint) {
    delimiter = hint[1];
    body = body.slice(hint[0].length);
  }
  const lines = body.split(/\r\n|\r|\n/, 5);
  // The delimiter that makes a date heading a cell of its own among the first lines; else the
  // one that splits the longest of them most (a caption full of commas is no heading line).
  const heading = (delimiter: string): boolean =>
    lines.some((line) =>
      line.split(delimiter).some((cell) => {
        const h = normal(cell);
        return DAY_HEADINGS.includes(h) || POST_HEADINGS.includes(h);
      }),
    );
  const sample = lines.reduce((longest, line) => (line.length > longest.length ? line : longest), '');
  delimiter ??= [';', '\t', ','].find(heading) ?? [';', '\t', ','].sort((a, b) => sample.split(b).length - sample.split(a).length)[0]!;
  // A quote that opens a field and never closes would swallow every row after it.
  let open = -1;
  let line = 1;
  let cells = 1;
  // Lines end in \n, \r\n or a lone \r (Excel's "CSV (Macintosh)"), as the parser reads them.
  const newLine = (at: number): boolean => body[at] === '\n' || (body[at] === '\r' && body[at + 1] !== '\n');
  for (let at = 0, fieldStart = true; at < body.length; at++) {
    const char = body[at]!;
    if (open >= 0) {
      if (char === '"' && body[at + 1] === '"') at++;
      else if (char === '"') open = -1;
      else if (newLine(at)) line++;
      continue;
    }
    if (char === '"' && fieldStart) open = line;
    if (newLine(at)) {
      line++;
      cells++;
    } else if (char === delimiter) cells++;
    fieldStart = char === delimiter || char === '\n' || char === '\r';
  }
  if (open >= 0) throw new StrategyError('error.import-quote', { file: name, line: open + (hint ? 1 : 0) });
  // A year of a page's daily figures is a few hundred rows, of its posts a few thousand; a
  // last line break ends the last line and starts none.
  const ended = /[\r\n]$/.test(body);
  const count = line - (ended ? 1 : 0);
  if (ended) cells--;
  if (count > MAX_EXPORT_ROWS) throw new StrategyError('error.import-rows', { file: name, count, limit: MAX_EXPORT_ROWS });
  if (cells > MAX_EXPORT_CELLS) throw new StrategyError('error.import-too-large', { file: name, limit: MAX_EXPORT_CELLS, what: 'cells' });
  const rows = dsvFormat(delimiter).parseRows(body);
  // A skipped "sep=" line still counts for line numbers.
  const sheet = { ...sheetOf(name, rows), delimiter };
  return hint ? { ...sheet, lines: sheet.lines.map((line) => line + 1) } : sheet;
}

/** The most rows an export may have (lines of a CSV file, rows of a sheet). */
export const MAX_EXPORT_ROWS = 20_000;

/** The largest export read, in bytes: a year of a busy page's posts is a few MiB at most. */
export const MAX_EXPORT_BYTES = 16 * 1024 * 1024;

/** The most cells an export may have (a year of posts, some thousands of rows of a few dozen columns, is far less). */
export const MAX_EXPORT_CELLS = 2_000_000;

/**
 * The most a workbook may hold unpacked (a year of a page's figures is well under 1 MiB): a
 * reader takes many times as much memory. At this limit a workbook is read within 3 s and
 * 300 MB (bench/import.mjs).
 */
export const MAX_UNPACKED_BYTES = 8 * 1024 * 1024;

/**
 * What a zip file says its entries take unpacked, from its central directory; undefined when
 * it is no zip file or says nothing readable (a zip64 archive, a damaged directory).
 */
export function unpackedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record, within the last 64 KiB (its comment's length).
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let index = 0; index < entries; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return undefined;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

const MAX_COLUMNS = 256;

/** The largest old-style workbook (.xls) read: it is not packed, and LinkedIn's exports of a year are well under 1 MiB. */
export const MAX_XLS_BYTES = 4 * 1024 * 1024;

/** The sheets of a workbook (.xlsx, or LinkedIn's old-style .xls), every cell as text (dates as YYYY-MM-DD). */
export async function workbookSheets(name: string, bytes: Uint8Array, kind: 'xlsx' | 'xls' = 'xlsx'): Promise<Sheet[]> {
  if (kind === 'xls') {
    if (bytes.length > MAX_XLS_BYTES) throw new StrategyError('error.import-too-large', { file: name, limit: MAX_XLS_BYTES, what: 'file' });
  } else {
    // A workbook that unpacks to gigabytes (a zip bomb) is refused before it is opened.
    const size = unpackedSize(bytes);
    if (size !== undefined && size > MAX_UNPACKED_BYTES)
      throw new StrategyError('error.import-too-large', { file: name, limit: MAX_UNPACKED_BYTES, what: 'unpacked' });
    if (size === undefined) throw new Error('no zip directory');
  }
  // SheetJS, bundled into a chunk of its own that only this command loads.
  const XLSX = await import('@e965/xlsx');
  const workbook = XLSX.read(bytes, {
    type: 'buffer',
    cellDates: true,
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
    dense: true,
    sheetRows: MAX_EXPORT_ROWS + 1,
  });
  const sheets: Sheet[] = [];
  for (const sheetName of workbook.SheetNames) {
    const worksheet = workbook.Sheets[sheetName]!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(worksheet, { header: 1, raw: true, defval: null, blankrows: true });
    // Exports have a few dozen columns and some thousands of rows; a cell far out is no export's.
    if (rows.length > MAX_EXPORT_ROWS)
      throw new StrategyError('error.import-too-large', { file: name, limit: MAX_EXPORT_ROWS, what: 'rows', sheet: sheetName });
    const cells = rows.map((row) => Array.from(row.slice(0, MAX_COLUMNS), (cell) => cellText(cell)));
    if (cells.reduce((sum, row) => sum + row.length, 0) > MAX_EXPORT_CELLS)
      throw new StrategyError('error.import-too-large', { file: name, limit: MAX_EXPORT_CELLS, what: 'cells' });
    // A workbook shares its strings: a few bytes may stand for a long text in every cell. The
    // text the cells hold is bounded as a CSV file's bytes are.
    let text = 0;
    for (const row of cells) for (const cell of row) text += cell.length;
    if (text > MAX_EXPORT_BYTES) throw new StrategyError('error.import-too-large', { file: name, limit: MAX_EXPORT_BYTES, what: 'text' });
    const numeric = rows.map((row) => Array.from(row.slice(0, MAX_COLUMNS), (cell) => typeof cell === 'number'));
    // Trailing empty rows and cells are no part of the data.
    while (cells.length > 0 && cells[cells.length - 1]!.every((cell) => cell === '')) cells.pop();
    sheets.push(
      sheetOf(
        name,
        cells.map((row) => {
          while (row.length > 0 && row[row.length - 1] === '') row.pop();
          return row;
        }),
        sheetName,
        numeric,
      ),
    );
  }
  return sheets;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}

/** The heading each figure has in the platforms' exports in a reader's language, where the platforms give one. */
export const EXPORT_HEADINGS: Partial<Record<Language, Record<string, string>>> = { nl: DUTCH_HEADINGS };

// `strategy measure import <file.csv>…`: measurements from a spreadsheet into strategy.yaml,
// added to `control.measurements` as lines of their own, so every comment and every other
// byte of the file stays as it was. A measurement already there (same KPI and day) is skipped.
// This reads the plain form `date;kpi;value[;note]` with Dutch, English or German headers.
import { basename, dirname, join, resolve } from 'node:path';
import { dsvFormat } from 'd3-dsv';
import { isMap, isSeq, parseDocument } from 'yaml';
import type { YAMLMap, YAMLSeq } from 'yaml';
import type { Io } from '../io.js';
import { EXIT, StrategyError } from '../errors.js';
import type { RunLanguage } from '../i18n/locale.js';
import { translator } from '../i18n/messages.js';
import { checkSource } from '../model/check.js';
import { MAX_FILE_BYTES } from '../model/strategy.js';
import { readNumber } from '../wizard/answers.js';
import { closest } from '../util/suggest.js';
import { visible } from '../util/visible.js';
import { isDate } from '../util/today.js';
import { DEFAULT_STRATEGY_FILE, readStrategyFile } from './read-strategy.js';
import { withFileLock, writeFileAtomic } from './write-file.js';

export interface MeasureImportOptions {
  exports: string[];
  file?: string;
  dryRun: boolean;
  language: RunLanguage;
}

interface Measurement {
  kpi: string;
  date: string;
  value: number;
  note?: string;
}

/** Column names as exports and people write them, per meaning. */
const HEADERS: Record<'date' | 'kpi' | 'value' | 'note', readonly string[]> = {
  date: ['date', 'datum', 'day', 'dag', 'tag', 'period', 'periode'],
  kpi: ['kpi', 'indicator', 'kpi id', 'kpi-id', 'metric', 'maatstaf', 'kennzahl'],
  value: ['value', 'waarde', 'wert', 'aantal', 'count', 'number'],
  note: ['note', 'notitie', 'opmerking', 'toelichting', 'comment', 'notiz'],
};

const normal = (header: string): string => header.replace(/^\uFEFF/, '').trim().toLowerCase();

/** "1.240", "1,240.5", "1.2K", "3,4 mln": a count as exports write it. */
function readValue(raw: string): number | undefined {
  const text = raw.trim().replace(/\s/g, '');
  const scaled = /^(-?[\d.,]+)([kKmM])$/.exec(text);
  if (scaled) {
    const base = Number(scaled[1]!.replace(',', '.'));
    return Number.isFinite(base) ? Math.round(base * (scaled[2]!.toLowerCase() === 'k' ? 1_000 : 1_000_000)) : undefined;
  }
  return readNumber(text, 'nl') ?? readNumber(text, 'en');
}

/** 2026-11-01, 1-11-2026 (Dutch day first) or 11/1/2026 (US month first), as YYYY-MM-DD. */
function readDate(raw: string): string | undefined {
  const text = raw.trim();
  if (isDate(text)) return text;
  const pad = (n: string): string => n.padStart(2, '0');
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  if (dutch) return isDate(`${dutch[3]}-${pad(dutch[2]!)}-${pad(dutch[1]!)}`) ? `${dutch[3]}-${pad(dutch[2]!)}-${pad(dutch[1]!)}` : undefined;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us) return isDate(`${us[3]}-${pad(us[1]!)}-${pad(us[2]!)}`) ? `${us[3]}-${pad(us[1]!)}-${pad(us[2]!)}` : undefined;
  return undefined;
}

async function readExport(io: Io, file: string, kpis: readonly string[]): Promise<Measurement[]> {
  let bytes: Uint8Array;
  try {
    const read = await io.fs.readUpTo(resolve(io.cwd, file), MAX_FILE_BYTES + 1);
    if (read.more) throw new StrategyError('error.import-file', { file, detail: 'larger than 4 MiB' });
    bytes = read.bytes;
  } catch (error) {
    if (error instanceof StrategyError) throw error;
    throw new StrategyError('error.import-file', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', '\t', ','].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0]!;
  const rows = dsvFormat(delimiter).parseRows(text).filter((row) => row.some((cell) => cell.trim() !== ''));
  const header = (rows[0] ?? []).map(normal);
  const column = (meaning: keyof typeof HEADERS): number => header.findIndex((name) => HEADERS[meaning].includes(name));
  const [date, kpi, value, note] = [column('date'), column('kpi'), column('value'), column('note')];
  if (date < 0 || kpi < 0 || value < 0) {
    throw new StrategyError('error.import-columns', { file, found: (rows[0] ?? []).map((name) => name.trim()).filter(Boolean) });
  }
  const measurements: Measurement[] = [];
  for (const [index, row] of rows.slice(1).entries()) {
    const line = index + 2;
    const day = readDate(row[date] ?? '');
    const amount = readValue(row[value] ?? '');
    const id = (row[kpi] ?? '').trim();
    if (!day) throw new StrategyError('error.import-value', { file, line, what: 'date', value: row[date] ?? '' });
    if (amount === undefined) throw new StrategyError('error.import-value', { file, line, what: 'value', value: row[value] ?? '' });
    if (!kpis.includes(id)) {
      const suggestion = closest(id, kpis);
      throw new StrategyError('error.import-kpi', { file, line, kpi: id, kpis, ...(suggestion ? { suggestion } : {}) });
    }
    const text = note >= 0 ? (row[note] ?? '').trim() : '';
    measurements.push({ kpi: id, date: day, value: amount, ...(text ? { note: text } : {}) });
  }
  return measurements;
}

/** A measurement as one flow line, the way the bundled examples write them. */
function line(m: Measurement): string {
  const note = m.note ? `, note: ${JSON.stringify(m.note)}` : '';
  return `{ kpi: ${m.kpi}, date: ${m.date}, value: ${m.value}${note} }`;
}

/** The text with the measurements added after the last one there (or as a new list under control). */
function withMeasurements(text: string, added: readonly Measurement[]): string {
  const doc = parseDocument(text);
  const control = doc.get('control', true);
  if (!isMap(control)) throw new StrategyError('error.import-no-control', {});
  const list = (control as YAMLMap).get('measurements', true);
  if (isSeq(list) && (list as YAMLSeq).items.length > 0 && !(list as YAMLSeq).flow) {
    const last = (list as YAMLSeq).items[(list as YAMLSeq).items.length - 1] as { range?: [number, number, number] };
    const end = last.range ? last.range[1] : text.length;
    const lineEnd = text.indexOf('\n', end);
    const at = lineEnd < 0 ? text.length : lineEnd + 1;
    const start = text.lastIndexOf('\n', (last.range?.[0] ?? end) - 1) + 1;
    const indent = /^\s*/.exec(text.slice(start))![0];
    const dash = text.slice(start).trimStart().startsWith('-') ? indent : indent.slice(2);
    const block = added.map((m) => `${dash}- ${line(m)}\n`).join('');
    return `${text.slice(0, at)}${lineEnd < 0 ? '\n' : ''}${block}${text.slice(at)}`;
  }
  if (list !== undefined && !(isSeq(list) && (list as YAMLSeq).items.length === 0)) throw new StrategyError('error.import-no-control', {});
  // No measurements yet: a list of its own at the end of the control block, indented as its keys.
  const end = (control as { range?: [number, number, number] }).range?.[1] ?? text.length;
  const lineEnd = text.indexOf('\n', Math.max(0, end - 1));
  const at = lineEnd < 0 ? text.length : lineEnd + 1;
  const firstKey = ((control as YAMLMap).items[0]?.key as { range?: [number, number, number] } | undefined)?.range?.[0] ?? end;
  const indent = /^[ ]*/.exec(text.slice(text.lastIndexOf('\n', firstKey - 1) + 1))![0];
  const block = `${indent}measurements:\n${added.map((m) => `${indent}  - ${line(m)}\n`).join('')}`;
  return `${text.slice(0, at)}${lineEnd < 0 ? '\n' : ''}${block}${text.slice(at)}`;
}

export async function measureImport(options: MeasureImportOptions, io: Io): Promise<number> {
  const file = options.file ?? DEFAULT_STRATEGY_FILE;
  const source = await readStrategyFile(io, file);
  const checked = checkSource(source.text);
  const language = options.language.settle([checked.language]);
  const t = translator(language);
  if (!checked.strategy || checked.findings.some((finding) => finding.severity === 'error')) {
    throw new StrategyError('error.diff-invalid', { file, count: Math.max(1, checked.findings.filter((finding) => finding.severity === 'error').length) });
  }
  const kpis = Object.keys(checked.strategy.control?.kpis ?? {});
  const known = new Set((checked.strategy.control?.measurements ?? []).filter(Boolean).map((m) => `${m!.kpi}\u0000${m!.date}`));
  const added: Measurement[] = [];
  let skipped = 0;
  for (const exportFile of options.exports) {
    for (const measurement of await readExport(io, exportFile, kpis)) {
      const key = `${measurement.kpi}\u0000${measurement.date}`;
      if (known.has(key)) {
        skipped += 1;
        continue;
      }
      known.add(key);
      added.push(measurement);
    }
  }
  if (added.length > 0) {
    const text = withMeasurements(source.text, added);
    // What is written must still be a valid strategy.
    if (checkSource(text).findings.some((finding) => finding.severity === 'error')) throw new StrategyError('error.import-no-control', {});
    if (options.dryRun) {
      for (const measurement of added) io.stdout.write(`+ ${visible(line(measurement))}\n`);
    } else {
      const target = resolve(io.cwd, file);
      await withFileLock(io, join(dirname(target), `.${basename(target)}.lock`), file, 'error.init-busy', async () => {
        const now = await io.fs.readUpTo(target, MAX_FILE_BYTES + 1).then(({ bytes }) => new TextDecoder().decode(bytes), () => undefined);
        if (now !== source.text) throw new StrategyError('error.changed-meanwhile', { file });
        await writeFileAtomic(io, target, text);
      });
    }
  }
  io.stdout.write(`${t(options.dryRun ? 'measure.would-add' : 'measure.added', { count: added.length, skipped, file })}\n`);
  return EXIT.ok;
}

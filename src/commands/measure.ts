// `strategy measure import <export>…`: measurements from the platforms' analytics exports
// (Meta Business Suite, LinkedIn .xlsx, TikTok Studio) or a plain `date;kpi;value` sheet into
// strategy.yaml, added to `control.measurements` as lines of their own, so every comment and
// every other byte of the file stays as it was. A KPI's `import` says which platform and
// column feed it, and how a period's rows become one figure. A measurement already there
// (same KPI and day) is skipped; a period the export does not cover whole is left out.
import { basename, dirname, join, resolve } from 'node:path';
import type { Io } from '../io.js';
import { EXIT, StrategyError } from '../errors.js';
import type { RunLanguage } from '../i18n/locale.js';
import { translator } from '../i18n/messages.js';
import { checkSource } from '../model/check.js';
import { describeFinding } from '../rules/describe.js';
import { visible } from '../util/visible.js';
import { todayIn } from '../util/today.js';
import type { DateOrder, DecimalMark } from '../measure/formats.js';
import type { Platform } from '../measure/exports.js';
import { aggregate } from '../measure/aggregate.js';
import { importAggregate } from '../core/measures/goal.js';
import { DEFAULT_STRATEGY_FILE, readStrategyFile } from '../files/read-strategy.js';
import { replaceStrategyFile, withFileLock } from '../files/write-file.js';
import { MAX_FILE_BYTES } from '../model/strategy.js';
import type { Strategy } from '../model/strategy.js';
import { readExport } from '../measure/read-export.js';
import type { Feed } from '../measure/read-export.js';
import type { Measurement, Reading } from '../measure/sheet-values.js';
import { line, withMeasurements, withValues } from '../measure/measurement-lines.js';

export interface MeasureImportOptions {
  exports: string[];
  file?: string;
  dryRun: boolean;
  platform?: Platform;
  /** Day first or month first, for dates like 03/02/2027 that the file itself does not settle. */
  dateOrder?: DateOrder;
  /** The decimal mark, for figures like 2,500 that the file itself does not settle. */
  decimal?: DecimalMark;
  /** Replace a stored measurement the export gives another value for (a later export of lifetime figures). */
  update?: boolean;
  language: RunLanguage;
}

export async function measureImport(options: MeasureImportOptions, io: Io): Promise<number> {
  const file = options.file ?? DEFAULT_STRATEGY_FILE;
  const source = await readStrategyFile(io, file);
  const checked = checkSource(source.text);
  const language = options.language.settle([checked.language]);
  const t = translator(language);
  if (!checked.strategy || checked.findings.some((finding) => finding.severity === 'error')) {
    throw new StrategyError('error.diff-invalid', {
      file,
      count: Math.max(1, checked.findings.filter((finding) => finding.severity === 'error').length),
    });
  }
  const strategy = checked.strategy;
  const today = todayIn(strategy.calendar?.timezone, io.env);
  const found: Measurement[] = [];
  const feeds = new Map<string, Feed>();
  // Among several exports (a folder TikTok handed out, unzipped), one that no KPI takes is
  // passed over and named; alone, it is an error.
  const passed: StrategyError<'error.import-columns'>[] = [];
  for (const exportFile of options.exports) {
    const reading: Reading = {
      today,
      language: options.language.current,
      sheetLanguage: checked.language ?? options.language.current,
      ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
      ...(options.decimal ? { decimal: options.decimal } : {}),
    };
    try {
      found.push(
        ...(await readExport(io, exportFile, strategy, { ...(options.platform ? { platform: options.platform } : {}), ...reading }, feeds)),
      );
    } catch (error) {
      if (!(error instanceof StrategyError) || error.code !== 'error.import-columns' || options.exports.length === 1) throw error;
      passed.push(error as StrategyError<'error.import-columns'>);
    }
  }
  if (passed.length === options.exports.length) throw passed[0]!;
  const left = figuresFromFeeds(strategy, feeds, today, found);
  refuseConflicts(found, options.exports[0]!);
  const { added, differs, skipped } = sortAgainstStored(found, strategy);
  const updates = options.update ? differs : [];
  if (added.length > 0 || updates.length > 0) {
    // The file's own line endings and byte-order mark are kept.
    const bom = await io.fs.readUpTo(resolve(io.cwd, file), 3).then(
      ({ bytes }) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
      () => false,
    );
    const updated = withValues(source.text, updates);
    const text = `${bom ? '\uFEFF' : ''}${added.length > 0 ? withMeasurements(updated, added) : updated}`;
    // What is written must still be a valid strategy.
    const problem = checkSource(text.replace(/^\uFEFF/, '')).findings.find((finding) => finding.severity === 'error');
    if (problem) throw new StrategyError('error.import-invalid', { file, detail: describeFinding(problem, language) });
    if (!options.dryRun) {
      const target = resolve(io.cwd, file);
      await withFileLock(
        io,
        join(dirname(target), `.${basename(target)}.lock`),
        file,
        'error.init-busy',
        async () => {
          const now = await io.fs.readUpTo(target, MAX_FILE_BYTES + 1).then(
            ({ bytes }) => new TextDecoder().decode(bytes),
            () => undefined,
          );
          if (now !== source.text) throw new StrategyError('error.changed-meanwhile', { file, command: 'measure import' });
          await replaceStrategyFile(io, target, file, text);
        },
        'measure import',
      );
    }
  }
  for (const measurement of added) io.stdout.write(`+ ${visible(line(measurement))}\n`);
  for (const change of differs)
    io.stdout.write(`~ ${visible(`{ kpi: ${change.kpi}, date: ${change.date}, value: ${change.old} → ${change.value} }`)}\n`);
  for (const error of passed) io.stdout.write(`${visible(t('measure.passed-over', { file: error.data.file }))}\n`);
  for (const gap of left)
    io.stdout.write(
      `${visible(t(gap.reason === 'incomplete' ? 'measure.incomplete' : 'measure.not-ended', { kpi: gap.kpi, period: gap.period }))}\n`,
    );
  io.stdout.write(`${t(options.dryRun ? 'measure.would-add' : 'measure.added', { count: added.length, skipped, file })}\n`);
  if (differs.length > 0)
    io.stdout.write(
      `${t(options.update ? (options.dryRun ? 'measure.would-update' : 'measure.updated') : 'measure.differs', { count: differs.length, file })}\n`,
    );
  return EXIT.ok;
}

/** The platform exports' rows, one figure per KPI and period, added to `found`; the periods left out, with why. */
function figuresFromFeeds(strategy: Strategy, feeds: ReadonlyMap<string, Feed>, today: string, found: Measurement[]) {
  const left: { kpi: string; period: string; reason: 'incomplete' | 'not-ended' }[] = [];
  for (const feed of feeds.values()) {
    const settings = strategy.control!.kpis![feed.kpi]!.import!;
    // Daily figures of the account, for the periods an export has them, rather than the sum of its posts'.
    const rows = [...feed.rows].map(([identity, { date, value }]) => ({
      date,
      value,
      kind: identity.startsWith('days:') ? ('days' as const) : ('posts' as const),
    }));
    const result = aggregate(rows, feed.coverage, {
      aggregate: importAggregate(strategy.control!.kpis![feed.kpi]!),
      per: settings.per ?? 'month',
      today,
    });
    for (const figure of result.figures) found.push({ kpi: feed.kpi, date: figure.date, value: figure.value });
    for (const skipped of result.skipped) left.push({ kpi: feed.kpi, ...skipped });
  }
  return left;
}

/** One KPI on one day with two values in the import: neither is taken silently. */
function refuseConflicts(found: readonly Measurement[], firstExport: string): void {
  const seen = new Map<string, Measurement>();
  for (const measurement of found) {
    const key = `${measurement.kpi}\u0000${measurement.date}`;
    const twin = seen.get(key);
    if (twin && twin.value !== measurement.value) {
      const at = measurement.from ?? twin.from ?? { file: firstExport, line: 1 };
      throw new StrategyError('error.import-conflict', {
        file: at.file,
        line: at.line,
        kpi: measurement.kpi,
        date: measurement.date,
        first: twin.value,
        second: measurement.value,
      });
    }
    seen.set(key, measurement);
  }
}

/**
 * The measurements found, against those stored: new ones to add; those stored with another
 * value (a later export, as Meta's lifetime figures keep growing after the month ends, or a
 * correction), said and replaced only with --update; and those already there.
 */
function sortAgainstStored(found: readonly Measurement[], strategy: Strategy) {
  const known = new Map<string, number>(
    (strategy.control?.measurements ?? []).filter(Boolean).map((m) => [`${m!.kpi}\u0000${m!.date}`, m!.value]),
  );
  const added: Measurement[] = [];
  const differs: { kpi: string; date: string; old: number; value: number }[] = [];
  let skipped = 0;
  const fresh = new Set<string>();
  for (const measurement of found) {
    const key = `${measurement.kpi}\u0000${measurement.date}`;
    // The same row twice in the import is one measurement, not one already there.
    if (fresh.has(key)) continue;
    if (known.has(key)) {
      const stored = known.get(key)!;
      if (stored !== measurement.value && !differs.some((d) => d.kpi === measurement.kpi && d.date === measurement.date))
        differs.push({ kpi: measurement.kpi, date: measurement.date, old: stored, value: measurement.value });
      else skipped += 1;
      continue;
    }
    known.set(key, measurement.value);
    fresh.add(key);
    added.push(measurement);
  }
  return { added, differs, skipped };
}

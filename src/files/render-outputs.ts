// What `strategy render` does, for the command and for `init` when it offers to render: the
// strategy document and the content calendar, written atomically into the output folder;
// files that were not made by render, or were edited by hand since, are left alone unless
// --force. `--check` only compares.
import { crc32 } from 'node:zlib';
import { join, relative, resolve } from 'node:path';
import type { Io } from '../io.js';
import { EXIT, StrategyError } from '../errors.js';
import { visible } from '../util/visible.js';
import type { Language, Strategy } from '../model/strategy.js';
import type { RunLanguage } from '../i18n/locale.js';
import { translator } from '../i18n/messages.js';
import { CalendarTooLarge, NORMALISED_NAME, OUTPUT_NAMES, renderAll } from '../export/outputs.js';
import type { MarkdownFlavour } from '../export/outputs.js';
import { HTML_NAME } from '../render/output-names.js';
import type { RenderSettings } from '../export/outputs.js';
import { icsStamp } from '../export/ics.js';
import { isDate, nowIn, todayIn } from '../util/today.js';
import type { CsvDelimiter } from '../export/csv.js';
import { MAX_CALENDAR_ENTRIES } from '../model/strategy.js';
import type { OutputName, Rendered } from '../export/outputs.js';
import { TemplateError } from '../render/templates.js';
import { loadStrategyToPublish } from './strategy-source.js';
import { compilerFor, templateSources } from './template-sources.js';
import { STAGED, withFileLock, writeFileAtomic, writeFilesAtomic } from './write-file.js';
import { DEFAULT_STRATEGY_FILE } from './read-strategy.js';

export interface RenderOptions {
  file?: string;
  outDir: string;
  format: 'md' | 'yaml' | 'html';
  flavour?: MarkdownFlavour;
  stdout: boolean;
  only?: string;
  templates?: string;
  force: boolean;
  check: boolean;
  csvDelimiter?: CsvDelimiter;
  language: RunLanguage;
  /** Render as on this day (YYYY-MM-DD): measurements after it do not count. */
  date?: string;
}

/** Kept in the output folder: what render wrote last, so hand edits can be recognised. */
export const MANIFEST = '.strategy-render.json';

interface Manifest {
  version: 1;
  /**
   * Per file: a fingerprint of what render wrote (see `fingerprint`); while a render is
   * under way, the old and the new one.
   */
  files: Record<string, string | string[]>;
}

/**
 * What render wrote, to recognise a later hand edit: CRC-32 and length. This guards against
 * accidents, not attacks, and CRC-32 is native in node:zlib, which loads in a fraction of
 * the time node:crypto takes. Manifests written with SHA-256 are still understood.
 */
export function fingerprint(bytes: Uint8Array): string {
  return `crc32:${crc32(bytes).toString(16).padStart(8, '0')}:${bytes.byteLength}`;
}

async function matchesManifest(entry: string | readonly string[] | undefined, bytes: Uint8Array): Promise<boolean> {
  for (const recordedPrint of recorded(entry)) {
    if (/^[0-9a-f]{64}$/.test(recordedPrint)) {
      const { createHash } = await import('node:crypto');
      if (createHash('sha256').update(bytes).digest('hex') === recordedPrint) return true;
    } else if (recordedPrint === fingerprint(bytes)) return true;
  }
  return false;
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);

export async function renderOutputs(options: RenderOptions, io: Io): Promise<number> {
  const file = options.file ?? DEFAULT_STRATEGY_FILE;
  if (options.date !== undefined && !isDate(options.date))
    throw new StrategyError('error.bad-date', { option: '--date', value: options.date });
  // With --force a strategy that breaks the method's rules is rendered all the same, and says so.
  const today = options.date ?? todayIn(undefined, io.env);
  const { strategy, errors } = await loadStrategyToPublish(io, file, options.language, { force: options.force, today });
  const language = options.language.current;
  const t = translator(language);
  // The calendar render wrote before, so events keep their SEQUENCE unless they changed.
  const earlierIcs =
    options.stdout || options.format !== 'md'
      ? undefined
      : await readEarlierCalendar(io, join(resolve(io.cwd, options.outDir), 'calendar.ics'));
  const earlier: RenderSettings = {
    ...(earlierIcs !== undefined ? { ics: earlierIcs } : {}),
    now: icsStamp(nowIn(io.env)),
    ...(options.csvDelimiter ? { csvDelimiter: options.csvDelimiter } : {}),
    ...(options.flavour ? { flavour: options.flavour } : {}),
    document: { asOf: today, ...(errors > 0 ? { errors } : {}) },
  };
  const rendered = await produce(options, io, strategy, language, earlier);

  if (options.stdout) {
    io.stdout.write(rendered.map((r) => r.content).join('\n'));
    return EXIT.ok;
  }
  const dir = resolve(io.cwd, options.outDir);
  const shown = relative(io.cwd, dir) || '.';
  const outputs = rendered.map((output) => ({ ...output, bytes: Buffer.from(output.content), path: join(dir, output.name) }));
  if (options.check) return checkOutputs(io, outputs, shown, t);
  return withLock(io, dir, shown, async () => {
    // What is there now, read under the lock; --force does not need to know.
    const [manifest, ...current] = await Promise.all([
      readManifest(io, dir),
      ...(!options.force ? outputs.map((output) => readIfExists(io, output.path)) : []),
    ]);
    if (!options.force) {
      const refused: string[] = [];
      for (const [i, output] of outputs.entries()) {
        const existing = current[i];
        if (!existing) continue;
        const made =
          existing !== NOT_A_FILE && (sameBytes(existing, output.bytes) || (await matchesManifest(manifest.files[output.name], existing)));
        if (!made) refused.push(join(shown, output.name));
      }
      if (refused.length > 0) throw new StrategyError('error.refuse-overwrite', { files: refused });
    }
    // The manifest first accepts the old files and the new ones, then only the new: a run
    // stopped at any point leaves files that the next run recognises as its own.
    const manifestFile = join(dir, MANIFEST);
    const accepting = { version: 1 as const, files: { ...manifest.files } };
    for (const output of outputs)
      accepting.files[output.name] = [...new Set([...recorded(manifest.files[output.name]), fingerprint(output.bytes)])];
    await writeFileAtomic(io, manifestFile, manifestText(accepting), { regular: true });
    await writeFilesAtomic(
      io,
      outputs.map((output) => ({ file: output.path, text: output.bytes })),
    );
    for (const output of outputs) manifest.files[output.name] = fingerprint(output.bytes);
    await writeFileAtomic(io, manifestFile, manifestText(manifest), { regular: true });
    io.stdout.write(`${t('render.written', { count: rendered.length, dir: shown })}\n`);
    return EXIT.ok;
  });
}

async function checkOutputs(
  io: Io,
  outputs: readonly { name: string; bytes: Uint8Array; path: string }[],
  shown: string,
  t: ReturnType<typeof translator>,
): Promise<number> {
  const current = await Promise.all(outputs.map((output) => readIfExists(io, output.path)));
  {
    const stale = outputs
      .filter((output, i) => !current[i] || !sameBytes(current[i], output.bytes))
      .map((output) => join(shown, output.name));
    if (stale.length > 0) {
      io.stderr.write(`strategy: ${visible(t('render.out-of-date', { files: stale }))}\n`);
      return EXIT.findings;
    }
    io.stdout.write(`${t('render.up-to-date', { dir: shown })}\n`);
    return EXIT.ok;
  }
}

/** The output folder's lock: one render writes a folder at a time. */
function withLock<T>(io: Io, dir: string, shown: string, write: () => Promise<T>): Promise<T> {
  return withFileLock(io, join(dir, '.strategy-render.lock'), shown, 'error.render-busy', async () => {
    // Staged files a stopped render left behind (see write-file.ts) are of no more use.
    const names = await io.fs.readdir(dir).catch(() => [] as string[]);
    await Promise.all(names.filter((name) => STAGED.test(name)).map((name) => io.fs.unlink(join(dir, name)).catch(() => undefined)));
    return write();
  });
}

/** The fingerprints a manifest accepts for one file. */
/** The fingerprints recorded for a file; whatever else a hand-edited manifest holds is ignored. */
function recorded(entry: unknown): string[] {
  if (typeof entry === 'string') return [entry];
  return Array.isArray(entry) ? entry.filter((print): print is string => typeof print === 'string') : [];
}

function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(sortedManifest(manifest), null, 2)}\n`;
}

/** The largest earlier calendar read: far beyond the calendar of the largest strategy allowed. */
const MAX_EARLIER_CALENDAR = 256 * 1024 * 1024;

/** The calendar.ics a render wrote before, when there is one that is a file of sane size. */
async function readEarlierCalendar(io: Io, path: string): Promise<string | undefined> {
  try {
    if (!(await io.fs.stat(path)).isFile()) return undefined;
    const { bytes, more } = await io.fs.readUpTo(path, MAX_EARLIER_CALENDAR);
    return more ? undefined : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  } catch {
    return undefined;
  }
}

async function produce(
  options: RenderOptions,
  io: Io,
  strategy: Strategy,
  language: Language,
  earlier: RenderSettings,
): Promise<Rendered[]> {
  if (options.format === 'yaml') {
    const { renderNormalised } = await import('../render/normalised.js');
    return [{ name: NORMALISED_NAME, content: renderNormalised(strategy) }];
  }
  const only = options.only ? parseOnly(options.only) : undefined;
  const effective = options.stdout ? new Set<OutputName>(only ?? ['strategy.md']) : only;
  try {
    const sources = await templateSources(io, options.templates);
    if (options.format === 'html') {
      const { renderHtml } = await import('../render/html.js');
      return [{ name: HTML_NAME, content: renderHtml(strategy, language, sources, earlier.document!, await compilerFor(sources)) }];
    }
    return renderAll(strategy, language, sources, effective, await compilerFor(sources), earlier);
  } catch (error) {
    if (error instanceof TemplateError) throw new StrategyError('error.template', { template: error.template, detail: error.detail });
    if (error instanceof CalendarTooLarge)
      throw new StrategyError('error.calendar-too-large', { count: error.count, limit: MAX_CALENDAR_ENTRIES });
    throw error;
  }
}

function parseOnly(value: string): Set<OutputName> {
  const names = new Set<OutputName>();
  for (const raw of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    // "strategy.md", "strategy", "calendar-csv" and "csv" all name an output.
    const name = (OUTPUT_NAMES as readonly string[]).find(
      (candidate) =>
        candidate === raw ||
        candidate.replace('.', '-') === raw ||
        (raw === 'strategy' && candidate === 'strategy.md') ||
        (raw === 'calendar' && candidate === 'calendar.md') ||
        (['csv', 'ics'].includes(raw) && candidate.endsWith(`.${raw}`)),
    );
    if (!name) throw new StrategyError('error.unknown-output', { name: raw, names: OUTPUT_NAMES });
    names.add(name as OutputName);
  }
  return names;
}

/** Largest output render reads back to compare: more than any document it writes. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/**
 * What is at `path` now: null when nothing is. Anything but a regular file (a device, a pipe,
 * a link to one) reads as a file render did not make, so it is never read or replaced
 * without --force.
 */
async function readIfExists(io: Io, path: string): Promise<Uint8Array | null> {
  try {
    if (!(await io.fs.stat(path)).isFile()) return NOT_A_FILE;
    const { bytes, more } = await io.fs.readUpTo(path, MAX_OUTPUT_BYTES);
    return more ? NOT_A_FILE : bytes;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StrategyError('error.read', { file: path, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

/** Stands for something render cannot have written: it matches no output and no fingerprint. */
const NOT_A_FILE = new Uint8Array([0]);

async function readManifest(io: Io, dir: string): Promise<Manifest> {
  const bytes = await readIfExists(io, join(dir, MANIFEST));
  if (!bytes) return { version: 1, files: {} };
  if (bytes === NOT_A_FILE)
    throw new StrategyError('error.write', {
      file: join(dir, MANIFEST),
      detail: 'not a regular file (a pipe, a device or a folder); move it away',
    });
  try {
    const parsed = JSON.parse(new TextDecoder().decode(bytes)) as Partial<Manifest>;
    return { version: 1, files: typeof parsed.files === 'object' && parsed.files ? { ...parsed.files } : {} };
  } catch {
    return { version: 1, files: {} };
  }
}

function sortedManifest(manifest: Manifest): Manifest {
  return { version: 1, files: Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : 1))) };
}

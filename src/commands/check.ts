// `strategy check [files...]`: validate strategy files and report every problem.
import type { Io } from '../io.js';
import { EXIT, StrategyError } from '../errors.js';
import type { FileResult } from '../model/finding.js';
import type { Language } from '../model/strategy.js';
import { checkSource } from '../model/check.js';
import { formatters } from '../formatters/index.js';
import type { FormatName } from '../formatters/index.js';
import { summaryLine } from '../formatters/summary.js';
import { translator } from '../i18n/messages.js';
import { readStrategyFile } from './read-strategy.js';
import type { StrategyFile } from './read-strategy.js';
import { paletteFor } from '../cli/color.js';

export interface CheckOptions {
  files: string[];
  format: FormatName;
  color: boolean | undefined;
  language: Language;
  /** Set by --lang: findings in this language whatever the strategy says. */
  forceLanguage: boolean;
}

export const DEFAULT_STRATEGY_FILE = 'strategy.yaml';
/** From this much YAML on, a check takes long enough for optimised code to pay off. */
const LONG_RUN_BYTES = 256 * 1024;

export async function check(options: CheckOptions, io: Io): Promise<number> {
  const files = options.files.length > 0 ? options.files : [DEFAULT_STRATEGY_FILE];
  const t = translator(options.language);
  const results: FileResult[] = [];
  const languages = new Set<Language>();
  let fatal = false;
  const sources: StrategyFile[] = [];
  for (const file of files) {
    try {
      sources.push(await readStrategyFile(io, file));
    } catch (error) {
      if (!(error instanceof StrategyError)) throw error;
      io.stderr.write(`strategy: ${error.describe(t)}\n`);
      fatal = true;
    }
  }
  if (sources.reduce((sum, source) => sum + source.byteLength, 0) >= LONG_RUN_BYTES) io.expectLongRun();
  for (const source of sources) {
    const checked = checkSource(source.text, options.language, source.byteLength, options.forceLanguage);
    results.push({ file: source.file, findings: checked.findings });
    languages.add(checked.language);
  }
  if (results.length === 0) return EXIT.fatal;
  // The summary speaks the files' language when they agree on one.
  const [only] = languages;
  const summaryT = languages.size === 1 && only && !options.forceLanguage ? translator(only) : t;
  const color = await paletteFor(io.stdout, io.env, options.color);
  io.stdout.write(formatters[options.format](results, { t: summaryT, color }));
  if (options.format !== 'stylish') io.stderr.write(`${summaryLine(results, summaryT)}\n`);
  if (fatal) return EXIT.fatal;
  return results.some((result) => result.findings.some((f) => f.severity === 'error')) ? EXIT.findings : EXIT.ok;
}

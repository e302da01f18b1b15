// `strategy check [files...]`: validate strategy files, hold them to the method's rules and
// report every finding in one or more formats.
import type { Io } from '../io.js';
import { EXIT, StrategyError } from '../errors.js';
import type { FileResult, Severity } from '../model/finding.js';
import type { RunLanguage } from '../i18n/locale.js';
import { lintSource } from '../rules/run.js';
import { RULE_IDS } from '../rules/registry.js';
import type { Level } from '../rules/types.js';
import { closest } from '../util/suggest.js';
import { FORMAT_NAMES, formatters, isFormatName } from '../formatters/index.js';
import type { FormatName } from '../formatters/index.js';
import { summaryLine, totals } from '../formatters/summary.js';
import { translator } from '../i18n/messages.js';
import { formatContext } from '../formatters/context.js';
import { DEFAULT_STRATEGY_FILE, readStrategyFile } from '../files/read-strategy.js';
import type { StrategyFile } from '../files/read-strategy.js';
import { writeFileAtomic } from '../files/write-file.js';
import { resolve } from 'node:path';
import { visible } from '../util/visible.js';
import { isDate, todayIn } from '../util/today.js';
import { PLAIN, paletteFor } from '../util/color.js';
import { expandPatterns } from '../files/patterns.js';

export interface OutputTarget {
  format: string;
  /** Written to this file; the terminal when absent. */
  output?: string;
}

export interface CheckOptions {
  patterns: string[];
  targets: OutputTarget[];
  rules: string[];
  maxWarnings?: string;
  failLevel: Severity;
  color: boolean | undefined;
  language: RunLanguage;
  version: string;
  /** Check as on this day (YYYY-MM-DD) instead of today. */
  date?: string;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export async function check(options: CheckOptions, io: Io): Promise<number> {
  const overrides = parseRuleOverrides(options.rules);
  const maxWarnings = parseCount('--max-warnings', options.maxWarnings);
  const targets = resolveTargets(options.targets, io.env);
  await refuseSharedOutputs(io, targets);
  const files = await expandPatterns(options.patterns.length > 0 ? options.patterns : [DEFAULT_STRATEGY_FILE], io);

  const unreadable: StrategyError[] = [];
  const sources: StrategyFile[] = [];
  for (const file of files) {
    try {
      sources.push(await readStrategyFile(io, file));
    } catch (error) {
      if (!(error instanceof StrategyError)) throw error;
      unreadable.push(error);
    }
  }
  if (options.date !== undefined && !isDate(options.date))
    throw new StrategyError('error.bad-date', { option: '--date', value: options.date });
  const today = options.date ?? todayIn(undefined, io.env);
  const checked = sources.map((source) => ({
    source,
    checked: lintSource(source.text, { overrides, byteLength: source.byteLength, today }),
  }));
  const language = options.language.settle(checked.map(({ checked }) => checked.language));
  const t = translator(language);
  for (const error of unreadable) io.stderr.write(`strategy: ${visible(error.describe(t))}\n`);
  if (sources.length === 0) return EXIT.fatal;

  await refuseOutputOverInput(io, targets, files);
  const results: FileResult[] = checked.map(({ source, checked }) => ({ file: source.file, findings: checked.findings }));
  const context = formatContext(language, await paletteFor(io.stdout, io.env, options.color), options.version);
  let toTerminal: FormatName | undefined;
  for (const target of targets) {
    const text = formatters[target.format](results, target.output ? { ...context, color: PLAIN } : context);
    if (target.output) await writeFileAtomic(io, target.output, text);
    else {
      io.stdout.write(text);
      toTerminal = target.format;
    }
  }
  if (toTerminal !== 'stylish') io.stderr.write(`${summaryLine(results, t)}\n`);

  if (unreadable.length > 0) return EXIT.fatal;
  const counts = totals(results);
  const failing = results.some((result) => result.findings.some((f) => RANK[f.severity] >= RANK[options.failLevel]));
  return failing || (maxWarnings !== undefined && counts.warning > maxWarnings) ? EXIT.findings : EXIT.ok;
}

/** Two --format options with the same --output: one report would silently replace the other. */
async function refuseSharedOutputs(io: Io, targets: readonly { format: string; output?: string }[]): Promise<void> {
  const seen = new Map<string, { format: string; output: string }>();
  for (const target of targets) {
    if (!target.output) continue;
    const real = await io.fs.realpath(resolve(io.cwd, target.output)).catch(() => resolve(io.cwd, target.output!));
    const earlier = seen.get(real);
    if (earlier) {
      throw new StrategyError('error.same-output', {
        first: `--format ${earlier.format} --output ${earlier.output}`,
        second: `--format ${target.format} --output ${target.output}`,
      });
    }
    seen.set(real, { format: target.format, output: target.output });
  }
}

/** An --output that is one of the files being checked would replace the strategy with a report. */
async function refuseOutputOverInput(io: Io, targets: readonly { output?: string }[], files: readonly string[]): Promise<void> {
  const identity = async (file: string): Promise<string | undefined> =>
    io.fs.stat(resolve(io.cwd, file)).then(
      (stats) => (stats.isFile() ? `${stats.dev}:${stats.ino}` : undefined),
      () => undefined,
    );
  const inputs = new Map<string, string>();
  for (const file of files) {
    inputs.set(resolve(io.cwd, file), file);
    const id = await identity(file);
    if (id) inputs.set(id, file);
  }
  for (const { output } of targets) {
    if (!output) continue;
    const input = inputs.get(resolve(io.cwd, output)) ?? inputs.get((await identity(output)) ?? '');
    if (input) throw new StrategyError('error.output-is-input', { file: output });
  }
}

function parseRuleOverrides(settings: readonly string[]): Map<string, Level> {
  const overrides = new Map<string, Level>();
  for (const setting of settings) {
    const match = /^([a-z0-9-]+)=(off|info|warning|error)$/.exec(setting.trim());
    if (!match) {
      const id = setting.split('=')[0] ?? '';
      if (id && !RULE_IDS.includes(id) && /^[a-z0-9-]+$/.test(id)) throw unknownRule(id);
      throw new StrategyError('error.rule-option', { value: setting });
    }
    const [, id, level] = match;
    if (!RULE_IDS.includes(id!)) throw unknownRule(id!);
    overrides.set(id!, level as Level);
  }
  return overrides;
}

function unknownRule(rule: string): StrategyError {
  const suggestion = closest(rule, RULE_IDS);
  return new StrategyError('error.unknown-rule', { rule, ...(suggestion ? { suggestion } : {}) });
}

function parseCount(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new StrategyError('error.not-a-number', { option, value });
  return Number(value);
}

function resolveTargets(targets: readonly OutputTarget[], env: Io['env']): { format: FormatName; output?: string }[] {
  const fallback: FormatName = env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish';
  const list = targets.length > 0 ? targets : [{ format: fallback }];
  const resolved = list.map((target) => {
    const format = target.format === '' ? fallback : target.format;
    if (!isFormatName(format)) throw new StrategyError('error.unknown-format', { format, formats: FORMAT_NAMES });
    return { format, ...(target.output ? { output: target.output } : {}) };
  });
  if (resolved.filter((target) => !target.output).length > 1) throw new StrategyError('error.two-to-stdout', undefined);
  return resolved;
}

// Loading a strategy that must be valid (render, calendar, init): the run's language is
// settled from it, and its errors are printed as `check` prints them, to stderr, and stop the
// command; the rules are `check`'s business, and render's before it publishes.
import type { Io } from '../io.js';
import { StrategyError } from '../errors.js';
import { checkSource } from '../model/check.js';
import { lintSource } from '../rules/run.js';
import type { Language, Strategy } from '../model/strategy.js';
import type { Finding } from '../model/finding.js';
import type { RunLanguage } from '../i18n/locale.js';
import { formatters } from '../formatters/index.js';
import { formatContext } from '../formatters/context.js';
import { PLAIN } from '../util/color.js';
import { readStrategyFile } from './read-strategy.js';

/** Errors that stop a command, printed as `check` prints them, to stderr. */
export function printErrors(io: Io, file: string, findings: readonly Finding[], language: Language): void {
  io.stderr.write(formatters.stylish([{ file, findings: [...findings] }], formatContext(language, PLAIN, '')));
}

/** The strategy in `file` when it has no errors by the schema; otherwise its errors are printed and the command stops. */
export async function loadValidStrategy(io: Io, file: string, language: RunLanguage): Promise<Strategy> {
  const source = await readStrategyFile(io, file);
  return settle(io, source.file, checkSource(source.text, source.byteLength), language, false).strategy;
}

/**
 * The strategy in `file` for a document: it stops on any error, by the schema or the method's
 * rules on `today`, unless `force` (render: a document of a strategy that check fails is not
 * published unless asked); a forced document is told how many errors check finds, so it can
 * say so on its first page.
 */
export async function loadStrategyToPublish(
  io: Io,
  file: string,
  language: RunLanguage,
  options: { force: boolean; today: string },
): Promise<{ strategy: Strategy; errors: number }> {
  const source = await readStrategyFile(io, file);
  return settle(io, source.file, lintSource(source.text, { byteLength: source.byteLength, today: options.today }), language, options.force);
}

/** The strategy and its errors, or the errors printed as `check` prints them and the command stopped. */
function settle(
  io: Io,
  file: string,
  checked: { strategy?: Strategy | null; findings: readonly Finding[]; language?: Language },
  language: RunLanguage,
  force: boolean,
): { strategy: Strategy; errors: number } {
  const settled = language.settle([checked.language]);
  const errors = checked.findings.filter((f) => f.severity === 'error');
  if (checked.strategy && (errors.length === 0 || force)) return { strategy: checked.strategy, errors: errors.length };
  printErrors(io, file, errors, settled);
  if (checked.strategy) throw new StrategyError('error.rule-errors', { file, count: errors.length });
  throw new StrategyError('error.invalid-strategy', { file, count: errors.length });
}

// Loading a strategy that must be valid (render, calendar, init): errors are printed as
// `check` prints them, to stderr, and stop the command; the rules are `check`'s business.
import type { Io } from '../io.js';
import { StrategyError } from '../errors.js';
import { checkSource } from '../model/check.js';
import type { Language, Strategy } from '../model/strategy.js';
import type { Finding } from '../model/finding.js';
import { formatters } from '../formatters/index.js';
import { PLAIN } from '../cli/color.js';
import { translator } from '../i18n/messages.js';
import { ruleCatalogue } from '../rules/catalogue.js';
import { readStrategyFile } from './read-strategy.js';

/** Errors that stop a command, printed as `check` prints them, to stderr. */
export function printErrors(io: Io, file: string, findings: readonly Finding[], language: Language): void {
  const t = translator(language);
  const context = { t, color: PLAIN, tool: { name: 'strategy', version: '', informationUri: '' }, rules: ruleCatalogue(t) };
  io.stderr.write(formatters.stylish([{ file, findings: [...findings] }], context));
}

/** The strategy in `file` when it has no errors; otherwise its errors are printed and the command stops. */
export async function loadValidStrategy(io: Io, file: string, fallback: Language): Promise<Strategy> {
  const source = await readStrategyFile(io, file);
  const checked = checkSource(source.text, fallback, source.byteLength);
  if (checked.strategy) return checked.strategy;
  const errors = checked.findings.filter((f) => f.severity === 'error');
  printErrors(io, source.file, errors, checked.language);
  throw new StrategyError('error.invalid-strategy', { file: source.file, count: errors.length });
}

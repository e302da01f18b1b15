// Loading a strategy that must be valid (render, calendar): schema errors are printed and
// stop the command; the rules are `check`'s business. A valid file takes the quick reader;
// any other is read as `check` reads it, to say what is wrong.
import type { Io } from '../io.js';
import { StrategyError } from '../errors.js';
import { checkSource } from '../model/check.js';
import { quickValidStrategy } from '../model/quick-load.js';
import type { Language, Strategy } from '../model/strategy.js';
import type { Finding } from '../model/finding.js';
import { formatters } from '../formatters/index.js';
import { PLAIN } from '../cli/color.js';
import { translator } from '../i18n/messages.js';
import { LONG_RUN_BYTES, readStrategyFile } from './read-strategy.js';
import { ruleCatalogue } from '../rules/catalogue.js';

/** Errors that stop a command, printed as `check` prints them, to stderr. */
export function printErrors(io: Io, file: string, findings: readonly Finding[], language: Language): void {
  const t = translator(language);
  const context = { t, color: PLAIN, tool: { name: 'strategy', version: '', informationUri: '' }, rules: ruleCatalogue(t) };
  io.stderr.write(formatters.stylish([{ file, findings: [...findings] }], context));
}

export async function loadValidStrategy(io: Io, file: string, fallback: Language): Promise<Strategy> {
  const source = await readStrategyFile(io, file);
  if (source.byteLength >= LONG_RUN_BYTES) io.expectLongRun();
  const quick = quickValidStrategy(source.text, source.byteLength);
  if (quick) return quick;
  const checked = checkSource(source.text, fallback, source.byteLength);
  if (checked.strategy) return checked.strategy;
  const errors = checked.findings.filter((f) => f.severity === 'error');
  printErrors(io, file, errors, checked.language);
  throw new StrategyError('error.invalid-strategy', { file, count: errors.length });
}

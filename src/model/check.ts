// Checking the text of one strategy file: parse, then validate. Pure, so every entry point
// (the CLI, the wizard, tests) gets the same findings.
import { parseStrategySource } from './load.js';
import type { ParsedSource } from './load.js';
import type { Finding } from './finding.js';
import type { Language, Strategy } from './strategy.js';
import { validateStrategy } from './validate.js';
import { translator } from '../i18n/messages.js';

export interface CheckedSource {
  findings: Finding[];
  /** The language findings are written in: the strategy's own, else the fallback. */
  language: Language;
  parsed?: ParsedSource;
  strategy?: Strategy;
  invalid: Set<string>;
}

/**
 * `fallback` is used when the strategy names no language of its own; with `force`, findings
 * are in `fallback` whatever the strategy says.
 */
export function checkSource(text: string, fallback: Language, byteLength?: number, force = false): CheckedSource {
  const result = parseStrategySource(text, fallback, byteLength, force);
  const language = force ? fallback : (result.language ?? fallback);
  if (!result.parsed) return { findings: result.findings, language, invalid: new Set(['']) };
  const validation = validateStrategy(result.parsed, translator(language));
  return {
    findings: validation.findings,
    language,
    parsed: result.parsed,
    invalid: validation.invalid,
    ...(validation.strategy ? { strategy: validation.strategy } : {}),
  };
}

// Checking the text of one strategy file: parse, then validate. Pure, so every entry point
// (the CLI, the wizard, tests) gets the same findings.
import { parseStrategySource } from './load.js';
import type { ParsedSource } from './load.js';
import type { Finding } from './finding.js';
import type { Language, Strategy } from './strategy.js';
import { validateStrategy } from './validate.js';

export interface CheckedSource {
  findings: Finding[];
  /** The language the strategy names, if it names a valid one. */
  language?: Language;
  parsed?: ParsedSource;
  strategy?: Strategy;
  invalid: Set<string>;
}

export function checkSource(text: string, byteLength?: number): CheckedSource {
  const result = parseStrategySource(text, byteLength);
  const language = result.language ? { language: result.language } : {};
  if (!result.parsed) return { findings: result.findings, ...language, invalid: new Set(['']) };
  const validation = validateStrategy(result.parsed);
  return {
    findings: validation.findings,
    ...language,
    parsed: result.parsed,
    invalid: validation.invalid,
    ...(validation.strategy ? { strategy: validation.strategy } : {}),
  };
}

// The answers init takes from outside the wizard: a bundled example (--example), an answers
// file (--answers), values given one by one (--set), and the example's values under --yes.
import { join } from 'node:path';
import { CATALOGUES } from '../i18n/catalogues.js';
import { parse, stringify } from 'yaml';
import type { Io } from '../io.js';
import type { Finding } from '../model/finding.js';
import { StrategyError } from '../errors.js';
import type { Language } from '../model/strategy.js';
import { checkSource } from '../model/check.js';
import { describeFinding } from '../rules/describe.js';
import { todayIn } from '../util/today.js';
import { deepMerge } from '../util/objects.js';
import { readStrategyFile } from '../files/read-strategy.js';
import { printErrors } from '../files/strategy-source.js';
import { allQuestions, CATALOGUE } from './catalogue.js';
import { getPath, setPath, splitPath } from './answers.js';

export interface GivenOptions {
  answers?: string;
  example?: string;
  yes: boolean;
  set: string[];
}

export const EXAMPLES: Record<string, string> = { mbo: 'mbo', 'adult-education': 'adult-education', 'university-en': 'university-en' };

export interface Given {
  values: Record<string, unknown>;
  /** Dotted paths of questions (and whole collections) answered by files and flags. */
  paths: string[];
}

export async function givenAnswers(options: GivenOptions, io: Io, language: Language): Promise<Given> {
  let values: Record<string, unknown> = {};
  if (options.example) {
    const name = EXAMPLES[options.example];
    if (!name) throw new StrategyError('error.unknown-example', { name: options.example, examples: Object.keys(EXAMPLES) });
    values = deepMerge(values, await loadStrategyFile(io, join(io.packageRoot, 'examples', name, 'strategy.yaml'), language));
  }
  if (options.answers) values = deepMerge(values, await loadStrategyFile(io, options.answers, language));
  for (const setting of options.set) {
    const at = setting.indexOf('=');
    const key = at > 0 ? setting.slice(0, at).trim() : '';
    // Names that reach an object's prototype are never a path into a strategy.
    if (
      !/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(key) ||
      splitPath(key).some((part) => part === '__proto__' || part === 'constructor' || part === 'prototype')
    ) {
      throw new StrategyError('error.bad-set', { value: setting });
    }
    const raw = setting.slice(at + 1);
    let value: unknown;
    try {
      value = parse(raw);
    } catch {
      value = raw;
    }
    // Checked on its own, so a mistake is named by the option that made it, not by a line of a file not yet written.
    const alone: Record<string, unknown> = {};
    setPath(alone, splitPath(key), value);
    const problem =
      checkSource(stringify({ version: 1, ...alone })).findings.find((f) => f.severity === 'error' && f.messageId !== 'schema.required') ??
      (await ruleErrorAt(io, alone, key, language));
    if (problem) throw new StrategyError('error.bad-set-value', { value: setting, detail: describeFinding(problem, language) });
    setPath(values, splitPath(key), value);
  }
  if (options.yes) {
    const example = await loadStrategyFile(
      io,
      join(io.packageRoot, 'examples', CATALOGUES[language].wizard.example, 'strategy.yaml'),
      language,
    );
    values = deepMerge(example, values);
  }
  const paths = allQuestions()
    .filter(({ collection }) => !collection)
    .map(({ path }) => path)
    .filter((path) => getPath(values, splitPath(path)) !== undefined);
  for (const block of CATALOGUE)
    for (const collection of block.collections) if (getPath(values, splitPath(collection.path)) !== undefined) paths.push(collection.path);
  return { values, paths };
}

/**
 * An error the method's rules find in a value given with --set, as `check` would find it in
 * the file: the value is tried in the bundled example, and only errors at its own path count.
 */
async function ruleErrorAt(io: Io, alone: Record<string, unknown>, key: string, language: Language): Promise<Finding | undefined> {
  const { findingsOf } = await import('../wizard/summary.js');
  const example = await loadStrategyFile(
    io,
    join(io.packageRoot, 'examples', CATALOGUES[language].wizard.example, 'strategy.yaml'),
    language,
  );
  const at = `/${splitPath(key).join('/')}`;
  return findingsOf(deepMerge(example, alone), todayIn(undefined, io.env)).findings.find(
    (finding) => finding.severity === 'error' && (finding.pointer === at || finding.pointer.startsWith(`${at}/`)),
  );
}

/** A strategy file used as answers: any subset, checked by the same schema. */
async function loadStrategyFile(io: Io, file: string, language: Language): Promise<Record<string, unknown>> {
  const source = await readStrategyFile(io, file);
  const checked = checkSource(source.text, source.byteLength);
  // An answers file may leave out `version`: it is a part of a strategy, not a whole one.
  const errors = checked.findings.filter(
    (f) => f.severity === 'error' && !(f.messageId === 'schema.required' && f.pointer === '' && f.data.key === 'version'),
  );
  if (errors.length > 0 || !checked.parsed) {
    printErrors(io, file, errors, language);
    throw new StrategyError('error.invalid-strategy', { file, count: errors.length });
  }
  return checked.parsed.data as Record<string, unknown>;
}

export function missingRequired(strategy: Record<string, unknown>): string[] {
  return allQuestions()
    .filter(({ question, collection }) => question.required && !collection)
    .map(({ path }) => path)
    .filter((path) => {
      const value = getPath(strategy, splitPath(path));
      return value === undefined || value === '';
    });
}

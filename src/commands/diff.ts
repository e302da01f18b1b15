// `strategy diff <old> [<new>]`: what changed between two versions of a strategy, as a
// changelog a board or a reviewer reads: two files, or a file in git (`diff HEAD~1`,
// `diff main -- strategy.yaml`). Git is read with the `git` command.
import { resolve } from 'node:path';
import type { Io } from '../io.js';
import { git } from '../files/git.js';
import { EXIT, StrategyError } from '../errors.js';
import type { RunLanguage } from '../i18n/locale.js';
import { translator } from '../i18n/messages.js';
import { checkSource } from '../model/check.js';
import type { Language, Strategy } from '../model/strategy.js';
import { changesBetween } from '../diff/changes.js';
import type { Change } from '../diff/changes.js';
import { describeChange, PLAIN } from '../diff/describe.js';
import { inline } from '../render/markdown.js';
import { words } from '../i18n/words.js';
import { DEFAULT_STRATEGY_FILE, readStrategyFile } from '../files/read-strategy.js';
import { visible } from '../util/visible.js';

export interface DiffOptions {
  old: string;
  rest: string[];
  format: 'text' | 'markdown' | 'json';
  failOn?: 'weakening';
  language: RunLanguage;
}

export interface Version {
  label: string;
  text: string;
}


/** The top folder of the git repository the command runs in, if it runs in one. */
export function repositoryRoot(io: Io): string | undefined {
  const result = git(io.cwd, ['rev-parse', '--show-toplevel']);
  return result.ok ? result.stdout.trim() : undefined;
}

/** A file's text at a git revision, read from the repository the command runs in. */
export function fromGit(io: Io, revision: string, file: string): Version {
  if (revision.startsWith('-')) throw new StrategyError('error.git', { revision, file, detail: 'not a revision' });
  const result = git(io.cwd, ['show', `${revision}:./${file}`]);
  if (!result.ok) throw new StrategyError('error.git', { revision, file, detail: result.problem });
  return { label: `${file}@${revision}`, text: result.stdout };
}

async function exists(io: Io, path: string): Promise<boolean> {
  return io.fs.stat(path).then(
    (stat) => !stat.isDirectory(),
    () => false,
  );
}

async function fromFile(io: Io, file: string): Promise<Version> {
  return { label: file, text: (await readStrategyFile(io, file)).text };
}

export function strategyOf(version: Version): Strategy {
  const checked = checkSource(version.text);
  const errors = checked.findings.filter((finding) => finding.severity === 'error');
  if (!checked.strategy || errors.length > 0) throw new StrategyError('error.diff-invalid', { file: version.label, count: Math.max(1, errors.length) });
  return checked.strategy;
}

export async function diff(options: DiffOptions, io: Io): Promise<number> {
  const [second] = options.rest;
  let before: Version;
  let after: Version;
  if (await exists(io, resolve(io.cwd, options.old))) {
    // Two files: `diff old.yaml new.yaml`, or `diff old.yaml` against strategy.yaml.
    before = await fromFile(io, options.old);
    after = await fromFile(io, second ?? DEFAULT_STRATEGY_FILE);
  } else if (second !== undefined && !(await exists(io, resolve(io.cwd, second)))) {
    // Two revisions of strategy.yaml: `diff v1 v2`.
    before = fromGit(io, options.old, DEFAULT_STRATEGY_FILE);
    after = fromGit(io, second, DEFAULT_STRATEGY_FILE);
  } else {
    // A revision against the file as it is now: `diff HEAD~1`, `diff main -- strategy.yaml`.
    const file = second ?? DEFAULT_STRATEGY_FILE;
    before = fromGit(io, options.old, file);
    after = await fromFile(io, file);
  }
  const oldStrategy = strategyOf(before);
  const newStrategy = strategyOf(after);
  const language = options.language.settle([newStrategy.language]);
  const changes = changesBetween(oldStrategy, newStrategy);
  io.stdout.write(formatChanges(changes, { before: before.label, after: after.label }, language, options.format));
  return options.failOn === 'weakening' && changes.some((change) => change.weakening || change.rewrite === true) ? EXIT.findings : EXIT.ok;
}

export function formatChanges(changes: readonly Change[], labels: { before: string; after: string }, language: Language, kind: DiffOptions['format']): string {
  const t = translator(language);
  const w = words(language);
  const rewrites = changes.filter((change) => change.rewrite);
  const weakening = changes.filter((change) => !change.rewrite && change.weakening);
  const other = changes.filter((change) => !change.rewrite && !change.weakening);
  if (kind === 'json') {
    return `${JSON.stringify({ version: 1, from: labels.before, to: labels.after, changes: changes.map((change) => ({ ...change, text: describeChange(change, language) })) }, null, 2)}\n`;
  }
  if (kind === 'markdown') {
    // Names are user text: escaped, then set in italics.
    const markdownLine = (change: Change): string => `- ${describeChange(change, language, { name: (name) => `*${inline(name)}*`, text: (text) => inline(text) })}`;
    const heading = changes.length > 0 ? t('diff.summary', { before: inline(labels.before), after: inline(labels.after), count: changes.length, weakening: weakening.length, rewrites: rewrites.length }) : w.capital(t('diff.between', { before: labels.before, after: labels.after }));
    const parts = [`### ${t('diff.title')}`, '', heading, ''];
    if (changes.length === 0) parts.push(t('diff.none'));
    if (rewrites.length > 0) parts.push(`**${t('diff.rewrites')}**`, '', ...rewrites.map(markdownLine), '');
    if (weakening.length > 0) parts.push(`**${t('diff.weakening')}**`, '', ...weakening.map(markdownLine), '');
    if (other.length > 0) parts.push(`**${t('diff.other')}**`, '', ...other.map(markdownLine), '');
    return `${parts.join('\n').trimEnd()}\n`;
  }
  if (changes.length === 0) return `${visible(t('diff.none-between', { before: labels.before, after: labels.after }))}\n`;
  const lines = [visible(t('diff.summary', { before: labels.before, after: labels.after, count: changes.length, weakening: weakening.length, rewrites: rewrites.length }))];
  for (const change of rewrites) lines.push(`  !! ${visible(describeChange(change, language, PLAIN))}`);
  for (const change of weakening) lines.push(`  ! ${visible(describeChange(change, language, PLAIN))}`);
  for (const change of other) lines.push(`  - ${visible(describeChange(change, language, PLAIN))}`);
  return `${lines.join('\n')}\n`;
}

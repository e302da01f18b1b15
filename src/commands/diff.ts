// `strategy diff <old> [<new>]`: what changed between two versions of a strategy, as a
// changelog a board or a reviewer reads: two files, or a file in git (`diff HEAD~1`,
// `diff main -- strategy.yaml`). Git is read with the `git` command.
import { resolve } from 'node:path';
import type { Io } from '../io.js';
import { fromGit } from '../files/git.js';
import type { Version } from '../files/git.js';
import { formatChanges } from '../diff/format.js';
import { EXIT, StrategyError } from '../errors.js';
import type { RunLanguage } from '../i18n/locale.js';
import { checkSource } from '../model/check.js';
import type { Strategy } from '../model/strategy.js';
import { changesBetween } from '../core/versions/changes.js';
import { DEFAULT_STRATEGY_FILE, readStrategyFile } from '../files/read-strategy.js';

export interface DiffOptions {
  old: string;
  rest: string[];
  format: 'text' | 'markdown' | 'json';
  failOn?: 'weakening';
  language: RunLanguage;
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
  if (!checked.strategy || errors.length > 0)
    throw new StrategyError('error.diff-invalid', { file: version.label, count: Math.max(1, errors.length) });
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

// The `git` command, run through the Io wherever the tool reads a repository (the Io bounds its
// output and its time). The result says whether it ran and what it wrote.
import type { Io } from '../io.js';
import { StrategyError } from '../errors.js';

export interface GitResult {
  ok: boolean;
  stdout: string;
  /** Git's own first line of complaint, or why it could not run. */
  problem: string;
}

export function git(io: Io, cwd: string, args: readonly string[]): GitResult {
  const result = io.git(args, cwd);
  const ok = result.error === undefined && result.status === 0;
  const problem = ok
    ? ''
    : (result.stderr || result.error || 'git failed')
        .split('\n')[0]!
        .replace(/^fatal: /, '')
        .trim()
        .replace(/\.+$/, '');
  return { ok, stdout: result.stdout, problem };
}

/** One version of a strategy: where it came from, and its text. */
export interface Version {
  label: string;
  text: string;
}

/** The top folder of the git repository the command runs in, if it runs in one. */
export function repositoryRoot(io: Io): string | undefined {
  const result = git(io, io.cwd, ['rev-parse', '--show-toplevel']);
  return result.ok ? result.stdout.trim() : undefined;
}

/** A file's text at a git revision, read from the repository the command runs in. */
export function fromGit(io: Io, revision: string, file: string): Version {
  if (revision.startsWith('-')) throw new StrategyError('error.git', { revision, file, detail: 'not a revision' });
  const result = git(io, io.cwd, ['show', `${revision}:./${file}`]);
  if (!result.ok) throw new StrategyError('error.git', { revision, file, detail: result.problem });
  return { label: `${file}@${revision}`, text: result.stdout };
}

// Every file this tool writes is written whole or not at all: to a temporary file next to
// the target, then renamed over it, so a crash or a full disk never leaves half a file.
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Io } from '../io.js';
import { StrategyError } from '../errors.js';

export async function writeFileAtomic(io: Io, file: string, text: string): Promise<void> {
  await writeFilesAtomic(io, [{ file, text }]);
}

/**
 * Several files as one change: every temporary file is written before any target is
 * replaced, so a full disk or a read-only folder leaves all of them as they were.
 */
export async function writeFilesAtomic(io: Io, files: readonly { file: string; text: string }[]): Promise<void> {
  const staged: { path: string; temporary: string }[] = [];
  const fail = async (path: string, error: unknown): Promise<never> => {
    await Promise.all(staged.map(({ temporary }) => io.fs.unlink(temporary).catch(() => undefined)));
    const code = (error as NodeJS.ErrnoException).code;
    throw new StrategyError('error.write', { file: relative(io.cwd, path) || path, detail: code ?? String(error) });
  };
  for (const { file, text } of files) {
    const path = resolve(io.cwd, file);
    // Opened with the exclusive flag, so a clash fails instead of sharing a file.
    const temporary = join(dirname(path), `.${basename(path)}.${Math.random().toString(36).slice(2, 10)}.tmp`);
    try {
      await io.fs.mkdir(dirname(path), { recursive: true });
      await io.fs.writeFile(temporary, text);
      staged.push({ path, temporary });
    } catch (error) {
      await io.fs.unlink(temporary).catch(() => undefined);
      await fail(path, error);
    }
  }
  while (staged.length > 0) {
    const { path, temporary } = staged[0]!;
    try {
      await io.fs.rename(temporary, path);
      staged.shift();
    } catch (error) {
      await fail(path, error);
    }
  }
}

// Every file this tool writes is written whole or not at all: to a temporary file next to
// the target, then renamed over it, so a crash or a full disk never leaves half a file.
import { basename, dirname, join, resolve } from 'node:path';
import type { Io } from '../io.js';
import { StrategyError } from '../errors.js';

export async function writeFileAtomic(io: Io, file: string, text: string): Promise<void> {
  const path = resolve(io.cwd, file);
  // Opened with the exclusive flag, so a clash fails instead of sharing a file.
  const temporary = join(dirname(path), `.${basename(path)}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    await io.fs.mkdir(dirname(path), { recursive: true });
    await io.fs.writeFile(temporary, text);
    await io.fs.rename(temporary, path);
  } catch (error) {
    await io.fs.unlink(temporary).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    throw new StrategyError('error.write', { file, detail: code ?? String(error) });
  }
}

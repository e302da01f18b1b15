// Every file this tool writes is written whole or not at all: to a temporary file next to
// the target, then renamed over it, so a crash or a full disk never leaves half a file.
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Io } from '../io.js';
import { StrategyError } from '../errors.js';

export interface WriteOptions {
  /**
   * The file must not exist: it is created under its name in one step that fails when
   * another run created it first, so two runs cannot both write it.
   */
  create?: boolean;
  /** A file of the command's own (a manifest, a lock): anything but a regular file there is refused, never written into. */
  regular?: boolean;
  /** Permissions the file has from its first byte on (the staged copy is made with them). */
  mode?: number;
}

const STDOUT_NAMES = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);
/** Folders where the system shows itself (processes, devices): never a place for a file of ours. */
const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev'];

export async function writeFileAtomic(io: Io, file: string, text: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  // The command's own output, named as a file: written there, whatever stdout is (a socket
  // cannot be opened by name).
  if (STDOUT_NAMES.has(file)) {
    io.stdout.write(typeof text === 'string' ? text : new TextDecoder().decode(text));
    return;
  }
  // A device or a pipe the user named (--output /dev/null) is written into, never replaced.
  const path = resolve(io.cwd, file);
  const special = await io.fs.stat(path).then(
    (stats) => !stats.isFile() && !stats.isDirectory(),
    () => false,
  );
  if (special && options.regular)
    throw new StrategyError('error.write', { file, detail: 'not a regular file (a pipe, a device or a socket); move it away' });
  if (special) {
    try {
      await io.fs.writeInto(path, text);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENXIO') throw new StrategyError('error.no-reader', { file });
      throw new StrategyError('error.write', { file, detail: code ?? String(error) });
    }
    return;
  }
  await writeFilesAtomic(io, [{ file, text }], options);
}

/**
 * Several files as one change: every temporary file is written before any target is
 * replaced, so a full disk or a read-only folder leaves all of them as they were.
 */
export async function writeFilesAtomic(
  io: Io,
  files: readonly { file: string; text: string | Uint8Array }[],
  options: WriteOptions = {},
): Promise<void> {
  const targets = files.map(({ file, text }) => {
    const path = resolve(io.cwd, file);
    // Opened with the exclusive flag, so a clash fails instead of sharing a file.
    return { path, text, temporary: join(dirname(path), `.${basename(path)}.${io.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`) };
  });
  for (const { path } of targets) {
    const folder = SYSTEM_FOLDERS.find((system) => path.startsWith(`${system}/`));
    if (folder) throw new StrategyError('error.system-folder', { file: path, folder });
    // A pipe or a socket under an output's name (one of several files) is not replaced unasked.
    const special = await io.fs.stat(path).then(
      (stats) => !stats.isFile() && !stats.isDirectory(),
      () => false,
    );
    if (special)
      throw new StrategyError('error.write', {
        file: relative(io.cwd, path) || path,
        detail: 'not a regular file (a pipe, a device or a socket); move it away',
      });
  }
  const fail = (path: string, error: unknown): StrategyError => {
    const code = (error as NodeJS.ErrnoException).code;
    const blocking = (error as NodeJS.ErrnoException).path;
    if (code === 'ENOTDIR' && blocking) return new StrategyError('error.not-a-folder', { file: relative(io.cwd, blocking) || blocking });
    return new StrategyError('error.write', { file: relative(io.cwd, path) || path, detail: code ?? String(error) });
  };
  // Every folder once, then every temporary file side by side.
  for (const dir of new Set(targets.map(({ path }) => dirname(path)))) {
    try {
      await io.fs.mkdir(dir, { recursive: true });
    } catch (error) {
      throw fail(targets.find(({ path }) => dirname(path) === dir)!.path, error);
    }
  }
  await removeStaged(
    io,
    targets.map(({ path }) => path),
  );
  const written = await Promise.allSettled(
    targets.map(async ({ temporary, text }) => {
      await io.fs.writeFile(temporary, text, options.mode);
      // The creation mode passes through the umask; the staged copy gets the exact one before it is renamed.
      if (options.mode !== undefined) await io.fs.chmod(temporary, options.mode);
    }),
  );
  const failed = written.findIndex((result) => result.status === 'rejected');
  if (failed >= 0) {
    await Promise.all(targets.map(({ temporary }) => io.fs.unlink(temporary).catch(() => undefined)));
    throw fail(targets[failed]!.path, (written[failed] as PromiseRejectedResult).reason);
  }
  for (const [i, { path, temporary }] of targets.entries()) {
    try {
      if (options.create) {
        // A hard link gives the finished file its name only if the name is free.
        await io.fs.link(temporary, path);
        await io.fs.unlink(temporary).catch(() => undefined);
      } else {
        await io.fs.rename(temporary, path);
      }
    } catch (error) {
      await Promise.all(targets.slice(i).map((target) => io.fs.unlink(target.temporary).catch(() => undefined)));
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw new StrategyError('error.created-meanwhile', { file: relative(io.cwd, path) || path });
      // Files already in place stay: say which, rather than that nothing changed.
      if (i > 0) {
        const shown = (target: string): string => relative(io.cwd, target) || target;
        throw new StrategyError('error.write-partial', {
          file: shown(path),
          detail: (error as NodeJS.ErrnoException).code ?? String(error),
          written: targets.slice(0, i).map((target) => shown(target.path)),
          kept: targets.slice(i).map((target) => shown(target.path)),
        });
      }
      throw fail(path, error);
    }
  }
}

/**
 * A file staged by writeFilesAtomic for one of render's own files:
 * `.<name>.<process id>-<8 letters or digits>.tmp` (or without the process id, as before).
 */
export const STAGED =
  /^\.(strategy\.md|calendar\.md|calendar\.csv|calendar\.ics|strategy\.html|strategy\.normalised\.yaml|\.strategy-render\.json)\.(?:[0-9]+-)?[a-z0-9]{1,8}\.tmp$/;

/** Staged copies of these files that a run stopped half-way left behind: their process is gone. */
async function removeStaged(io: Io, paths: readonly string[]): Promise<void> {
  for (const dir of new Set(paths.map((path) => dirname(path)))) {
    const names = await io.fs.readdir(dir).catch(() => [] as string[]);
    const ours = new Set(paths.filter((path) => dirname(path) === dir).map((path) => basename(path)));
    for (const name of names) {
      const match = /^\.(.+)\.([0-9]+)-[a-z0-9]{1,8}\.tmp$/.exec(name);
      if (!match || !ours.has(match[1]!)) continue;
      const pid = Number(match[2]);
      if (pid !== io.pid && !io.isRunning(pid)) await io.fs.unlink(join(dir, name)).catch(() => undefined);
    }
  }
}

/** How long a command waits for another one holding the same lock. */
const LOCK_WAIT_MS = 30_000;

/**
 * Runs `work` while holding the lock file `lock`: made only if none is there, naming the
 * process that holds it. A lock whose process is gone (killed half-way) is taken over; one
 * whose process runs is waited for, then refused with `busy`. `shown` names the place
 * locked, for messages.
 */
export async function withFileLock<T>(
  io: Io,
  lock: string,
  shown: string,
  busy: 'error.render-busy' | 'error.init-busy',
  work: () => Promise<T>,
  command?: string,
): Promise<T> {
  for (let waited = 0; ; waited += 100) {
    try {
      await writeFileAtomic(io, lock, `${io.pid}\n`, { create: true, regular: true });
      break;
    } catch (error) {
      // A folder the command cannot write in is named as such.
      if (error instanceof StrategyError && error.code === 'error.write')
        throw new StrategyError('error.write', { file: shown, detail: (error.data as { detail: string }).detail });
      if (error instanceof StrategyError && error.code === 'error.system-folder')
        throw new StrategyError('error.system-folder', { ...(error.data as { folder: string }), file: shown });
      if (!(error instanceof StrategyError) || error.code !== 'error.created-meanwhile') throw error;
    }
    // A pipe or a device under the lock's name would block a read: refused instead.
    const regular = await io.fs.stat(lock).then(
      (stats) => stats.isFile(),
      () => true,
    );
    if (!regular)
      throw new StrategyError('error.write', {
        file: relative(io.cwd, lock) || lock,
        detail: 'not a regular file (a pipe, a device or a folder); move it away',
      });
    const holder = await io.fs.readUpTo(lock, 32).then(
      ({ bytes }) => Number(new TextDecoder().decode(bytes).trim()),
      () => NaN,
    );
    if (Number.isInteger(holder) && holder > 0 && !io.isRunning(holder)) {
      await io.fs.unlink(lock).catch(() => undefined);
      continue;
    }
    if (waited >= LOCK_WAIT_MS)
      throw new StrategyError(busy, { dir: shown, lock: relative(io.cwd, lock) || lock, ...(command ? { command } : {}) });
    await io.sleep(100);
  }
  try {
    return await work();
  } finally {
    await io.fs.unlink(lock).catch(() => undefined);
  }
}

/**
 * A strategy edited in place (init, measure import): written through a symbolic link to the
 * file it points at, keeping the file's permissions; a read-only file is refused.
 */
export async function replaceStrategyFile(io: Io, target: string, shown: string, text: string): Promise<void> {
  const real = await io.fs.realpath(target).catch(() => target);
  const mode = await io.fs.stat(real).then(
    (stats) => stats.mode & 0o7777,
    () => undefined,
  );
  if (mode !== undefined && (mode & 0o222) === 0) throw new StrategyError('error.read-only', { file: shown });
  await writeFileAtomic(io, real, text, mode === undefined ? {} : { mode });
}

/** The first line of a Markdown file a command wrote: `[//]: # (strategy review)`. */
export function generatedMark(command: string): string {
  return `[//]: # (strategy ${command})`;
}

/**
 * Before a command writes its own files (a review, an overview): never over a strategy it
 * reads, and not over a file the user wrote (one that does not start with the command's mark,
 * `[//]: # (strategy <command>)`, or carry its HTML generator tag) unless `force`. A pipe or
 * a device is written into, never read.
 */
export async function refuseOverwrite(
  io: Io,
  outputs: readonly string[],
  inputs: string | readonly string[],
  command: string,
  force: boolean,
  htmlMark: string,
): Promise<void> {
  const real = async (path: string): Promise<string> => io.fs.realpath(resolve(io.cwd, path)).catch(() => resolve(io.cwd, path));
  const read = new Set(await Promise.all((typeof inputs === 'string' ? [inputs] : inputs).map(real)));
  const mark = generatedMark(command);
  for (const output of outputs) {
    if (read.has(await real(output))) throw new StrategyError('error.output-of-input', { file: output });
    if (force) continue;
    const regular = await io.fs.stat(resolve(io.cwd, output)).then(
      (stats) => stats.isFile(),
      () => false,
    );
    if (!regular) continue;
    const head = await io.fs.readUpTo(resolve(io.cwd, output), 4096).then(
      ({ bytes }) => new TextDecoder().decode(bytes),
      () => '',
    );
    if (!head.startsWith(mark) && !head.includes(htmlMark)) throw new StrategyError('error.refuse-overwrite', { files: [output], command });
  }
}

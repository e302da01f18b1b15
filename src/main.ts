// The process boundary: the only module that touches `process`. Everything below receives an
// Io and returns an exit code.
import {
  appendFileSync,
  closeSync,
  constants,
  fstatSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
  chmodSync,
} from 'node:fs';
import { isatty } from 'node:tty';
import { dirname, join, resolve } from 'node:path';
import type { GitRun, Io, Output } from './io.js';
import { EXIT, StrategyError } from './errors.js';
import { runProgram } from './cli/program.js';
import { RunLanguage } from './i18n/locale.js';
import { translator } from './i18n/messages.js';
import { visible } from './util/visible.js';

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const language = RunLanguage.from(io.env);
  try {
    return await runProgram(argv, io, packageVersion(io.packageRoot), language);
  } catch (error) {
    const t = translator(language.current);
    if (error instanceof StrategyError) {
      io.stderr.write(`strategy: ${visible(error.describe(t))}\n`);
      return EXIT.fatal;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`strategy: ${visible(t('error.internal', { detail }))}\n`);
    if (argv.includes('--debug') || io.env.STRATEGY_DEBUG) {
      io.stderr.write(`${error instanceof Error ? (error.stack ?? detail) : detail}\n`);
    }
    return EXIT.fatal;
  }
}

function packageVersion(packageRoot: string): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/**
 * Whether a descriptor is a terminal. Output that is not is mostly a pipe or a file, which
 * fstat tells apart at once; only a character device (a terminal, or /dev/null) needs
 * node:tty, whose loading pulls in Node's network modules.
 */
function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return isatty(fd);
}

/**
 * Standard output or error, written straight to its file descriptor: Node builds
 * process.stdout from its stream modules on first use, which costs milliseconds. Once the
 * stream exists (the wizard prompts on it), or the descriptor cannot take the text at once,
 * writes go through the stream, in order.
 */
export function directOutput(
  fd: 1 | 2,
  stream: () => Pick<NodeJS.WriteStream, 'write'>,
  useStream: () => boolean,
  write: (fd: number, bytes: Uint8Array, offset: number) => number = writeSync,
): Output {
  let closed = false;
  let streaming = false;
  return {
    write(text) {
      if (closed) return;
      if (streaming || useStream()) {
        stream().write(text);
        return;
      }
      const bytes = Buffer.from(text);
      let offset = 0;
      try {
        while (offset < bytes.length) offset += write(fd, bytes, offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // A reader that went away (`strategy check | head -1`): the rest is not wanted.
        if (code === 'EPIPE') {
          closed = true;
        } else if (code === 'EAGAIN') {
          streaming = true;
          stream().write(bytes.subarray(offset));
        } else {
          // Output that cannot be written (a full disk: `strategy check > /dev/full`) is the
          // user's to fix; the message goes to the other descriptor.
          closed = true;
          throw new StrategyError('error.write', { file: fd === 1 ? '(stdout)' : '(stderr)', detail: code ?? String(error) });
        }
      }
    },
    get isTTY() {
      return isTerminal(fd);
    },
  };
}

export function processIo(packageRoot: string): Io {
  let prompting = false;
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: directOutput(
      1,
      () => process.stdout,
      () => prompting,
    ),
    stderr: directOutput(
      2,
      () => process.stderr,
      () => prompting,
    ),
    get stdinIsTTY() {
      return isTerminal(0);
    },
    get terminal() {
      prompting = true;
      return { input: process.stdin, output: process.stdout };
    },
    // Synchronous calls behind the asynchronous interface: the files are few and local, and
    // the first asynchronous call would start libuv's thread pool, which costs more than the
    // calls themselves. (fs/promises would also load a dozen more of Node's modules.)
    fs: {
      readFile: async (path) => readRegularFile(path),
      readUpTo: async (path, limit) => readUpTo(path, limit),
      stat: async (path) => statSync(path),
      writeFile: async (path, data, mode) =>
        writeFileSync(path, data, { encoding: 'utf8', flag: 'wx', ...(mode === undefined ? {} : { mode }) }),
      rename: async (from, to) => renameSync(from, to),
      link: async (from, to) => linkSync(from, to),
      writeInto: async (path, data) => writeInto(path, data),
      unlink: async (path) => unlinkSync(path),
      mkdir: async (path) => makeDirectories(path),
      readdir: async (path) => readdirSync(path),
      realpath: async (path) => realpathSync(path),
      chmod: async (path, mode) => chmodSync(path, mode),
      appendFile: async (path, text) => appendFileSync(path, text, 'utf8'),
      glob: globFiles,
    },
    fetch: (input, init) => fetch(input, init),
    git: runGit,
    packageRoot,
    pid: process.pid,
    isRunning(pid) {
      try {
        process.kill(pid, 0);
        return true;
      } catch (error) {
        // EPERM: it runs, as another user.
        return (error as NodeJS.ErrnoException).code === 'EPERM';
      }
    },
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
  };
}

/**
 * Opens a file for reading only when it is a regular file, checked on the open descriptor so
 * nothing can swap it in between. A pipe (mkfifo) is opened without waiting for a writer, then
 * refused with the code ENOTREG; a folder with EISDIR.
 */
function openRegular(path: string): number {
  // /proc and /sys show the running system as files; none of them is ours to read.
  const real = (() => {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  })();
  const folder = ['/proc', '/sys'].find((system) => real.startsWith(`${system}/`));
  if (folder) throw Object.assign(new Error(`${path}: inside ${folder}`), { code: 'ESYSTEM', folder });
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const stats = fstatSync(fd);
    if (stats.isFile()) return fd;
    throw Object.assign(new Error(`${path}: not a regular file`), { code: stats.isDirectory() ? 'EISDIR' : 'ENOTREG' });
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** At most `limit` bytes of the regular file `path`, and whether there was more. */
export function readUpTo(path: string, limit: number): { bytes: Uint8Array; more: boolean } {
  const fd = openRegular(path);
  try {
    const buffer = Buffer.alloc(Math.min(limit + 1, 1 << 16));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, limit + 1 - total), null);
      if (read === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, read)));
      total += read;
      if (total > limit) break;
    }
    const bytes = Buffer.concat(chunks);
    return total > limit ? { bytes: bytes.subarray(0, limit), more: true } : { bytes, more: false };
  } finally {
    closeSync(fd);
  }
}

/**
 * A folder and the folders above it that are missing, made one by one from the deepest that
 * exists. (Node's own recursive mkdir never returns for a path such as /proc/1/x.)
 */
export function makeDirectories(path: string): void {
  const missing: string[] = [];
  let at = resolve(path);
  for (;;) {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(at);
    } catch (error) {
      // ENOTDIR: a file further up is in the way; it is found on the way up.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    }
    if (stats) {
      if (!stats.isDirectory()) throw Object.assign(new Error(`${at}: not a folder`), { code: 'ENOTDIR', path: at });
      break;
    }
    missing.push(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (error) {
      // Made meanwhile by another run: fine.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(dir).isDirectory()) throw error;
    }
  }
}

/**
 * Writes into a device or a pipe the user named (--output /dev/null). A pipe that nobody
 * reads is refused at once (ENXIO) rather than waited on: it is opened without blocking first.
 */
export function writeInto(path: string, data: string | Uint8Array): void {
  const probe = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  let fd = probe;
  try {
    // A pipe with a reader: written to as usual, so that a slow reader is waited for.
    if (fstatSync(probe).isFIFO()) {
      fd = openSync(path, constants.O_WRONLY | constants.O_NOCTTY);
      closeSync(probe);
    }
    writeFileSync(fd, data, { encoding: 'utf8' });
  } finally {
    closeSync(fd);
  }
}

/** The whole of the regular file `path`. */
export function readRegularFile(path: string): Buffer {
  const fd = openRegular(path);
  try {
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Called by bin/strategy.cjs. */
export async function main(packageRoot: string): Promise<void> {
  // Dates are calendar dates and wall-clock times; in UTC they pass through Date unchanged,
  // so output is the same on every machine.
  process.env.TZ = 'UTC';
  const code = await run(process.argv.slice(2), processIo(packageRoot));
  process.exitCode = code;
}

/** The files a glob pattern names (tinyglobby, loaded only for a pattern), outside node_modules and .git. */
export async function globFiles(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  return glob(pattern, { cwd, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true });
}

/** The most a git command may write (a strategy is at most a few MiB), and how long it may take. */
const GIT_LIMITS = { maxBuffer: 16 * 1024 * 1024, timeout: 20_000 };

/** Runs git in a folder; node:child_process is loaded only by the commands that read a repository. */
export function runGit(args: readonly string[], cwd: string): GitRun {
  const { spawnSync } = process.getBuiltinModule('node:child_process');
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', ...GIT_LIMITS });
  return {
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    ...(result.error ? { error: result.error.message } : {}),
  };
}

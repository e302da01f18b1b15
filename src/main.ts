// The process boundary: the only module that touches `process`. Everything below receives an
// Io and returns an exit code.
import { closeSync, fstatSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync, chmodSync } from 'node:fs';
import { isatty } from 'node:tty';
import { join } from 'node:path';
import type { Io, Output } from './io.js';
import { EXIT, StrategyError } from './errors.js';
import { runProgram } from './cli/program.js';
import { RunLanguage } from './i18n/locale.js';
import { translator } from './i18n/messages.js';
import { visible } from './util/visible.js';

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const language = RunLanguage.from(argv, io.env);
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
    stdout: directOutput(1, () => process.stdout, () => prompting),
    stderr: directOutput(2, () => process.stderr, () => prompting),
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
      readFile: async (path) => readFileSync(path),
      readUpTo: async (path, limit) => readUpTo(path, limit),
      stat: async (path) => statSync(path),
      writeFile: async (path, data) => writeFileSync(path, data, { encoding: 'utf8', flag: 'wx' }),
      rename: async (from, to) => renameSync(from, to),
      link: async (from, to) => linkSync(from, to),
      writeInto: async (path, data) => writeFileSync(path, data, { encoding: 'utf8', flag: 'w' }),
      unlink: async (path) => unlinkSync(path),
      mkdir: async (path, options) => mkdirSync(path, options),
      readdir: async (path) => readdirSync(path),
      realpath: async (path) => realpathSync(path),
      chmod: async (path, mode) => chmodSync(path, mode),
    },
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

/** At most `limit` bytes of `path`, and whether there was more. */
export function readUpTo(path: string, limit: number): { bytes: Uint8Array; more: boolean } {
  const fd = openSync(path, 'r');
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

/** Called by bin/strategy.cjs. */
export async function main(packageRoot: string): Promise<void> {
  // Dates are calendar dates and wall-clock times; in UTC they pass through Date unchanged,
  // so output is the same on every machine.
  process.env.TZ = 'UTC';
  const code = await run(process.argv.slice(2), processIo(packageRoot));
  process.exitCode = code;
}

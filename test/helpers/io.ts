// An Io for running commands in-process: real files, captured output.
import { appendFile, chmod, link, readdir, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/io.js';
import { globFiles, makeDirectories, readRegularFile, readUpTo, runGit, writeInto } from '../../src/main.js';

export const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface CapturedIo extends Io {
  out(): string;
  err(): string;
}

export function captureIo(options: { cwd?: string; env?: Record<string, string | undefined>; tty?: boolean } = {}): CapturedIo {
  let stdout = '';
  let stderr = '';
  return {
    cwd: options.cwd ?? packageRoot,
    // A fixed day (29 November 2026), so rules about overdue measurements do not change with the calendar.
    env: { LANG: 'en_GB.UTF-8', SOURCE_DATE_EPOCH: '1795953600', ...options.env },
    stdout: { write: (text) => void (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text) => void (stderr += text), isTTY: options.tty ?? false },
    stdinIsTTY: options.tty ?? false,
    fs: {
      readFile: async (path) => readRegularFile(path),
      readUpTo: async (path, limit) => readUpTo(path, limit),
      stat,
      writeFile: (path, data, mode) => writeFile(path, data, { encoding: 'utf8', flag: 'wx', ...(mode === undefined ? {} : { mode }) }),
      rename,
      link,
      writeInto: async (path, data) => writeInto(path, data),
      unlink,
      mkdir: async (path) => makeDirectories(path),
      readdir: (path) => readdir(path),
      realpath,
      chmod,
      appendFile: (path, text) => appendFile(path, text, 'utf8'),
      glob: globFiles,
    },
    fetch: (input, init) => fetch(input, init),
    git: runGit,
    packageRoot,
    pid: process.pid,
    isRunning: (pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    },
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
    out: () => stdout,
    err: () => stderr,
  };
}

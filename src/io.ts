// The small slice of the outside world that commands may touch. `main` builds it from the
// process; tests build it from memory.
import type { Stats } from 'node:fs';

export interface Output {
  write(text: string): void;
  readonly isTTY: boolean;
}

export interface FileSystem {
  /**
   * A regular file, whole. Anything else (a pipe, a device, a socket) is refused with the
   * code ENOTREG, a folder with EISDIR, without waiting on it.
   */
  readFile(path: string): Promise<Uint8Array>;
  /** At most `limit` bytes of a regular file (refused like readFile otherwise); `more` says whether there was more. */
  readUpTo(path: string, limit: number): Promise<{ bytes: Uint8Array; more: boolean }>;
  stat(path: string): Promise<Pick<Stats, 'size' | 'isDirectory' | 'isFile' | 'dev' | 'ino' | 'mode'>>;
  /** Sets a file's permissions. */
  chmod(path: string, mode: number): Promise<void>;
  /** A new file (fails when it exists), created with `mode` (less the umask) when given; text is written as UTF-8. */
  writeFile(path: string, data: string | Uint8Array, mode?: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Writes into a file that exists and is not a regular file (a terminal, a pipe, /dev/stdout), as it is. */
  writeInto(path: string, data: string | Uint8Array): Promise<void>;
  /** A second name for a file; fails with EEXIST when `to` exists. */
  link(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  /** The path with every symbolic link resolved. */
  realpath(path: string): Promise<string>;
  /** The names in a folder. */
  readdir(path: string): Promise<string[]>;
  /** Adds text at the end of a file (a CI job summary), creating it when it is missing. */
  appendFile(path: string, text: string): Promise<void>;
  /** The files under `cwd` a glob pattern names, outside node_modules and .git. */
  glob(pattern: string, cwd: string): Promise<string[]>;
}

/** What a run of git gave: its exit status (null when it did not run or was stopped), what it wrote, and why it could not run. */
export interface GitRun {
  status: number | null;
  stdout: string;
  stderr: string;
  error?: string;
}

export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: Output;
  readonly stderr: Output;
  readonly stdinIsTTY: boolean;
  readonly fs: FileSystem;
  /** Where the package is installed: schemas/, templates/ and examples/ live here. */
  readonly packageRoot: string;
  /** This process's id, and whether another process is still running: for locks that outlive a crash. */
  readonly pid: number;
  isRunning(pid: number): boolean;
  /** Waits, without blocking the process. */
  sleep(ms: number): Promise<void>;
  /** HTTP requests (a code host's API, for `strategy ci`). */
  fetch: typeof fetch;
  /** Runs `git` with `args` in the folder `cwd`, bounded in its output and its time (src/files/git.ts reads the result). */
  git(args: readonly string[], cwd: string): GitRun;
  /** The terminal to prompt on, when there is one (`strategy init`). */
  readonly terminal?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream };
}

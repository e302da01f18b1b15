// The small slice of the outside world that commands may touch. `main` builds it from the
// process; tests build it from memory.
import type { Stats } from 'node:fs';

export interface Output {
  write(text: string): void;
  readonly isTTY: boolean;
}

export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  /**
   * At most `limit` bytes of a file, read as they come, so a device or a pipe that never ends
   * (/dev/zero) costs `limit` bytes, not all memory. `more` says whether there was more.
   */
  readUpTo(path: string, limit: number): Promise<{ bytes: Uint8Array; more: boolean }>;
  stat(path: string): Promise<Pick<Stats, 'size' | 'isDirectory' | 'isFile' | 'dev' | 'ino' | 'mode'>>;
  /** Sets a file's permissions. */
  chmod(path: string, mode: number): Promise<void>;
  /** Text is written as UTF-8. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
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
  /** The terminal to prompt on, when there is one (`strategy init`). */
  readonly terminal?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream };
}

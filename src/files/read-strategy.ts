// Reading a strategy file through Io, with every failure turned into a StrategyError.
import { resolve } from 'node:path';
import type { Io } from '../io.js';
import { readError, StrategyError } from '../errors.js';
import { MAX_FILE_BYTES } from '../model/strategy.js';

export const DEFAULT_STRATEGY_FILE = 'strategy.yaml';

export interface StrategyFile {
  /** As the user wrote it, for messages. */
  file: string;
  text: string;
  byteLength: number;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export async function readStrategyFile(io: Io, file: string): Promise<StrategyFile> {
  const path = resolve(io.cwd, file);
  try {
    const stats = await io.fs.stat(path);
    if (stats.isDirectory()) throw new StrategyError('error.is-directory', { file });
    // Refuse huge files before reading them into memory; the loader reports the finding.
    if (stats.size > MAX_FILE_BYTES) return { file, text: '', byteLength: stats.size };
    // A device or a pipe has no size to trust: read no more than the limit allows.
    const { bytes, more } = await io.fs.readUpTo(path, MAX_FILE_BYTES);
    if (more) return { file, text: '', byteLength: MAX_FILE_BYTES + 1 };
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new StrategyError('error.not-utf8', { file });
    }
    return { file, text, byteLength: bytes.byteLength };
  } catch (error) {
    throw readError(file, error);
  }
}

// Errors are data: a code from the message table and what to fill in. `main` turns a
// StrategyError into a message and exit code 2; anything else is a bug.
import type { MessageId, Messages, Translate } from './i18n/messages.js';

type ErrorId = Extract<MessageId, `error.${string}`>;

export class StrategyError<K extends ErrorId = ErrorId> extends Error {
  constructor(
    readonly code: K,
    readonly data: Parameters<Messages[K]>[0],
  ) {
    super(code);
    this.name = 'StrategyError';
  }

  describe(t: Translate): string {
    return (t as (id: K, data: unknown) => string)(this.code, this.data);
  }
}

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, findings: 1, fatal: 2, cancelled: 130 } as const;

/** What a failed read of `file` says to the user. */
export function readError(file: string, error: unknown): StrategyError {
  if (error instanceof StrategyError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new StrategyError('error.file-not-found', { file });
  if (code === 'EISDIR') return new StrategyError('error.is-directory', { file });
  if (code === 'ENOTREG' || code === 'ENXIO') return new StrategyError('error.not-regular', { file });
  if (code === 'ESYSTEM') return new StrategyError('error.system-file', { file, folder: (error as { folder: string }).folder });
  return new StrategyError('error.read', { file, detail: code ?? String(error) });
}

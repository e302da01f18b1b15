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

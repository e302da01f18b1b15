// Which language to speak when the strategy does not say: the user's locale, else Dutch.
import { isLanguage } from '../model/strategy.js';
import type { Language } from '../model/strategy.js';

export { isLanguage };

export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (!value) continue;
    const code = value.slice(0, 2).toLowerCase();
    if (isLanguage(code)) return code;
    // A set variable that names another locale (C, POSIX, de_DE) ends the search, as in gettext.
    return 'nl';
  }
  return 'nl';
}

/**
 * The one language of a run: `--lang`, else the language the strategy names, else the
 * environment's, else Dutch. Before a strategy is read (usage errors) it is `--lang` or the
 * environment's; a command that reads strategies settles it once, and everything the run
 * prints from then on — findings, errors, summaries — is in that language.
 */
export class RunLanguage {
  private settled: Language | undefined;

  constructor(
    private flag: Language | undefined,
    private readonly environment: Language,
  ) {}

  static from(env: Readonly<Record<string, string | undefined>>): RunLanguage {
    return new RunLanguage(undefined, languageFromEnv(env));
  }

  /** The language asked for on the command line (`--lang`), as the command line is parsed. */
  ask(language: Language): void {
    this.flag = language;
  }

  /** The language to speak now. */
  get current(): Language {
    return this.settled ?? this.flag ?? this.environment;
  }

  /**
   * Settles the language from the strategies the command read (the languages they name,
   * `undefined` for one that names none): theirs when they agree on one.
   */
  settle(named: readonly (Language | undefined)[]): Language {
    const distinct = new Set(named);
    const [only] = distinct;
    this.settled = this.flag ?? (distinct.size === 1 && only !== undefined ? only : this.environment);
    return this.settled;
  }
}

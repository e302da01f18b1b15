// Which language to speak when the strategy does not say: the user's locale, else Dutch.
import type { Language } from '../model/strategy.js';

export function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (!value) continue;
    const code = value.slice(0, 2).toLowerCase();
    if (code === 'en') return 'en';
    if (code === 'nl') return 'nl';
    // A set variable that names another locale (C, POSIX, de_DE) ends the search, as in gettext.
    return 'nl';
  }
  return 'nl';
}

/** The language asked for with `--lang` (or `--lang=…`) before the command, if any. */
export function languageFromArgs(argv: readonly string[]): Language | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLanguage(value)) return value;
  }
  return undefined;
}

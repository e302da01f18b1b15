// The words of `strategy --help` and of commander's errors in the run's language, from each
// language's catalogue (src/i18n/<language>/command-line.ts).
import type { Language } from '../model/strategy.js';
import { CATALOGUES } from '../i18n/catalogues.js';
import type { HelpText } from '../i18n/en/command-line.js';

export type { HelpText };

const wordsOf = (language: Language) => CATALOGUES[language].commandLine;

/** A term of the help screen (`--out-dir <dir>`, `check [options] [files...]`) with its placeholders in `language`. */
export function commanderTerm(language: Language, term: string): string {
  const placeholders = wordsOf(language).placeholders as Record<string, string>;
  // An argument's name alone ("files") is shown without its brackets.
  const bare = placeholders[`[${term}]`] ?? placeholders[`[${term}...]`];
  if (bare && bare !== `[${term}]` && bare !== `[${term}...]`) return bare.replace(/^\[|(\.\.\.)?\]$/g, '');
  return term.replace(/[<[][^\]>]*[\]>]/g, (placeholder) => placeholders[placeholder] ?? placeholder);
}

/** Commander's word `text` in `language`. */
export function commanderWord(language: Language, text: string): string {
  return (wordsOf(language).commander as Record<string, string>)[text] ?? text;
}

/** An error message of commander's in `language`. */
export function commanderError(language: Language, raw: string): string {
  // Each choice in quotes, so a choice like "," reads as one: Allowed choices are ",", ".".
  const message = raw.replace(
    /(Allowed choices are )(.+)\.$/m,
    (_, lead: string, list: string) =>
      `${lead}${list
        .split(', ')
        .map((choice) => `"${choice}"`)
        .join(', ')}.`,
  );
  const translated = wordsOf(language).errors.reduce(
    (text, [pattern, words]) => text.replace(new RegExp(pattern.source, pattern.flags.includes('m') ? 'gm' : ''), words),
    message,
  );
  return commanderTerm(language, translated);
}

/** The help text in `language`, with `{name}` filled in. */
export function helpText(language: Language, text: HelpText, values: Record<string, string> = {}): string {
  return wordsOf(language).help[text].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

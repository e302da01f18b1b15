// What each command's definition on the command line shares: the program, the run's Io and
// language, help texts in that language, and how an action hands back its exit code.
import type { Command, Option } from 'commander';
import type { Io } from '../io.js';
import type { RunLanguage } from '../i18n/locale.js';
import type { Language } from '../model/strategy.js';
import type { HelpText } from './help-texts.js';

/** The values a help text's `{name}`s are filled with: as they are, or worded in a language. */
export type HelpValues = Readonly<Record<string, string | ((language: Language) => string)>>;

export interface GlobalOptions {
  color?: boolean;
}

export interface Cli {
  program: Command;
  io: Io;
  version: string;
  language: RunLanguage;
  /** A help text, worded in the run's language when commander prints it. */
  h: (text: HelpText, values?: HelpValues) => string;
  csvDelimiterOption: () => Option;
  /** The exit code of the command that ran. */
  done: (code: number) => void;
}

export const collect = (value: string, previous: string[]): string[] => [...previous, value];

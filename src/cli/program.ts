// The command line: options are parsed here, then each command is a call to one function.
import { Command, CommanderError, Help, Option } from 'commander';
import type { Argument } from 'commander';
import type { Io } from '../io.js';
import { EXIT } from '../errors.js';
import type { RunLanguage } from '../i18n/locale.js';
import { commanderError, commanderTerm, commanderWord, helpText } from './help-texts.js';
import type { HelpText } from './help-texts.js';
import { LANGUAGES } from '../model/strategy.js';
import type { Language } from '../model/strategy.js';
import type { Cli } from './cli.js';
import { defineCheck, defineDiff, defineMeasure, defineRender, defineReview } from './commands-check.js';
import { defineCalendar, defineCi, defineInit, defineReport, defineRules, defineSchema, defineTemplates } from './commands-team.js';

const COMMANDS = [
  defineCheck,
  defineRender,
  defineMeasure,
  defineDiff,
  defineReview,
  defineCi,
  defineReport,
  defineCalendar,
  defineTemplates,
  defineInit,
  defineRules,
  defineSchema,
];

export async function runProgram(argv: readonly string[], io: Io, version: string, language: RunLanguage): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('strategy');
  // Help is printed while the options are parsed, before any strategy is read.
  const helpLanguage: Language = language.current;
  const h = (text: HelpText, values?: Record<string, string>): string => helpText(helpLanguage, text, values);
  const csvDelimiterOption = (): Option =>
    new Option('--csv-delimiter <separator>', h('separator between CSV columns: ";" (Excel with Dutch settings), "," or tab')).choices([
      ';',
      ',',
      'tab',
    ]);

  program
    .description(h('Build, check and publish a social-media strategy as code.'))
    .version(version, '-V, --version', h('print the version'))
    .helpOption('-h, --help', h('show help'))
    .helpCommand('help [command]', h('show help for a command'))
    .configureHelp(helpInLanguage(helpLanguage))
    .addOption(new Option('--lang <language>', h('language of everything strategy writes')).choices(LANGUAGES))
    .option('--no-color', h('never colour the output'))
    .option('--debug', h('show the details of internal errors'))
    .showHelpAfterError(h('(run "strategy --help" for the commands and options)'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(commanderError(helpLanguage, text)),
    });

  const cli: Cli = { program, io, version, language, helpLanguage, h, csvDelimiterOption, done: (code) => (exitCode = code) };
  for (const define of COMMANDS) define(cli);

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.fatal;
    }
    throw error;
  }
  return exitCode;
}

/**
 * Commander's help screen in the language of the run: its titles, the usage line and the
 * "(choices: …)" and "(default: …)" after an option (Help's methods, as commander documents).
 */
function helpInLanguage(language: Language): Partial<Help> {
  const word = (text: string): string => commanderWord(language, text);
  const extras = (choices: readonly string[] | undefined, defaultValue: unknown, description: string | undefined): string[] => [
    ...(choices ? [`${word('choices')}: ${choices.map((choice) => JSON.stringify(choice)).join(', ')}`] : []),
    ...(defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0) && typeof defaultValue !== 'boolean'
      ? [`${word('default')}: ${description ?? JSON.stringify(defaultValue)}`]
      : []),
  ];
  const withExtras = (text: string, extra: string[]): string => (extra.length > 0 ? `${text} (${extra.join(', ')})` : text);
  const base = new Help();
  const term = (text: string): string => commanderTerm(language, text);
  return {
    styleTitle: (title) => word(title),
    styleUsage: (usage) => term(usage),
    optionTerm: (option: Option) => term(base.optionTerm(option)),
    argumentTerm: (argument: Argument) => term(base.argumentTerm(argument)),
    subcommandTerm: (command: Command) => term(base.subcommandTerm(command)),
    optionDescription: (option: Option) =>
      withExtras(option.description, extras(option.argChoices, option.defaultValue, option.defaultValueDescription)),
    argumentDescription: (argument: Argument) =>
      withExtras(argument.description, extras(argument.argChoices, argument.defaultValue, argument.defaultValueDescription)),
  };
}

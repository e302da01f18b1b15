// The command line: options are parsed here, then each command is a call to one function.
import { Command, CommanderError, Help, Option } from 'commander';
import type { Argument } from 'commander';
import type { Io } from '../io.js';
import { EXIT } from '../errors.js';
import type { RunLanguage } from '../i18n/locale.js';
import { commanderError, commanderTerm, commanderWord, helpText } from './help-texts.js';
import type { HelpText } from './help-texts.js';
import type { HelpValues } from './cli.js';
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
  // Commander holds each help text as a mark and words it when it prints, after it has parsed
  // `--lang` (wherever it stands): help and commander's errors are in the run's language.
  const texts: ((language: Language) => string)[] = [];
  const h = (text: HelpText, values: HelpValues = {}): string => {
    texts.push((language) =>
      helpText(
        language,
        text,
        Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'function' ? value(language) : value])),
      ),
    );
    return `\uE000${texts.length - 1}\uE001`;
  };
  const worded = (text: string): string =>
    text.replace(/\uE000(\d+)\uE001/g, (_, index: string) => texts[Number(index)]!(language.current));
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
    .configureHelp(helpInLanguage(() => language.current, worded))
    .addOption(new Option('--lang <language>', h('language of everything strategy writes')).choices(LANGUAGES))
    // After commander's own listener, which refuses a language that is not one of the choices.
    .on('option:lang', (value: Language) => language.ask(value))
    .option('--no-color', h('never colour the output'))
    .option('--debug', h('show the details of internal errors'))
    .showHelpAfterError(h('(run "strategy --help" for the commands and options)'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(worded(text)),
      writeErr: (text) => io.stderr.write(worded(text)),
      outputError: (text, write) => write(commanderError(language.current, text)),
    });

  const cli: Cli = { program, io, version, language, h, csvDelimiterOption, done: (code) => (exitCode = code) };
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
function helpInLanguage(languageNow: () => Language, worded: (text: string) => string): Partial<Help> {
  const word = (text: string): string => commanderWord(languageNow(), text);
  const extras = (choices: readonly string[] | undefined, defaultValue: unknown, description: string | undefined): string[] => [
    ...(choices ? [`${word('choices')}: ${choices.map((choice) => JSON.stringify(choice)).join(', ')}`] : []),
    ...(defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0) && typeof defaultValue !== 'boolean'
      ? [`${word('default')}: ${description ?? JSON.stringify(defaultValue)}`]
      : []),
  ];
  const withExtras = (text: string, extra: string[]): string => (extra.length > 0 ? `${text} (${extra.join(', ')})` : text);
  const base = new Help();
  const term = (text: string): string => commanderTerm(languageNow(), text);
  return {
    styleTitle: (title) => word(title),
    styleUsage: (usage) => term(usage),
    optionTerm: (option: Option) => term(base.optionTerm(option)),
    argumentTerm: (argument: Argument) => term(base.argumentTerm(argument)),
    subcommandTerm: (command: Command) => term(base.subcommandTerm(command)),
    commandDescription: (command: Command) => worded(base.commandDescription(command)),
    subcommandDescription: (command: Command) => worded(base.subcommandDescription(command)),
    optionDescription: (option: Option) =>
      withExtras(worded(option.description), extras(option.argChoices, option.defaultValue, option.defaultValueDescription)),
    argumentDescription: (argument: Argument) =>
      withExtras(worded(argument.description), extras(argument.argChoices, argument.defaultValue, argument.defaultValueDescription)),
  };
}

// The command line: options are parsed here, then each command is a call to one function.
import { Command, CommanderError, Option } from 'commander';
import type { Io } from '../io.js';
import { EXIT } from '../errors.js';
import { FORMAT_NAMES } from '../formatters/index.js';
import type { FormatName } from '../formatters/index.js';
import { isLanguage, languageFromEnv } from '../i18n/locale.js';
import type { Language } from '../model/strategy.js';

interface GlobalOptions {
  lang?: Language;
  color?: boolean;
}

export async function runProgram(argv: readonly string[], io: Io, version: string): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('strategy');
  const languageOf = (options: GlobalOptions): Language => options.lang ?? languageFromEnv(io.env);

  program
    .description('Build, check and publish a social-media strategy as code.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addOption(new Option('--lang <language>', 'language of messages (nl or en)').choices(['nl', 'en']))
    .option('--no-color', 'never colour the output')
    .option('--debug', 'show the details of internal errors')
    .showHelpAfterError('(run "strategy --help" for the commands and options)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  program
    .command('check')
    .description('check strategy files against the schema')
    .argument('[files...]', 'strategy files', [])
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMAT_NAMES]).default('stylish'))
    .action(async (files: string[], options: { format: FormatName }) => {
      const globals = program.opts<GlobalOptions>();
      const { check } = await import('../commands/check.js');
      exitCode = await check(
        {
          files,
          format: options.format,
          color: globals.color === false ? false : undefined,
          language: languageOf(globals),
          forceLanguage: isLanguage(globals.lang),
        },
        io,
      );
    });

  program
    .command('schema')
    .description('print the JSON Schema of strategy.yaml')
    .action(async () => {
      const { schema } = await import('../commands/schema.js');
      exitCode = await schema(io);
    });

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

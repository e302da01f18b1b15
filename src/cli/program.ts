// The command line: options are parsed here, then each command is a call to one function.
import { Command, CommanderError, Help, Option } from 'commander';
import type { Argument } from 'commander';
import type { Io } from '../io.js';
import { EXIT, StrategyError } from '../errors.js';
import type { OutputTarget } from '../commands/check.js';
import type { Severity } from '../model/finding.js';
import { OUTPUT_NAMES } from '../render/output-names.js';
import { FORMAT_NAMES } from '../formatters/names.js';
import type { RunLanguage } from '../i18n/locale.js';
import { commanderError, commanderTerm, commanderWord, helpText } from './help-texts.js';
import { blockNames } from '../wizard/blocks.js';
import type { Language } from '../model/strategy.js';
import type { CsvDelimiter } from '../export/csv.js';
import type { MarkdownFlavour } from '../export/outputs.js';
import { IMPORT_PLATFORMS } from '../model/import-platforms.js';
import type { ImportPlatform } from '../model/import-platforms.js';

interface GlobalOptions {
  color?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export async function runProgram(argv: readonly string[], io: Io, version: string, language: RunLanguage): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('strategy');
  // Help is printed while the options are parsed, before any strategy is read.
  const helpLanguage: Language = language.current;
  const h = (text: string, values?: Record<string, string>): string => helpText(helpLanguage, text, values);
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
    .addOption(new Option('--lang <language>', h('language of everything strategy writes')).choices(['nl', 'en']))
    .option('--no-color', h('never colour the output'))
    .option('--debug', h('show the details of internal errors'))
    .showHelpAfterError(h('(run "strategy --help" for the commands and options)'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(commanderError(helpLanguage, text)),
    });

  const targets: OutputTarget[] = [];
  program
    .command('check')
    .description(h('check strategy files against the schema and the method'))
    .argument('[files...]', h('strategy files or glob patterns (default: strategy.yaml)'), [])
    .option('-f, --format <format>', h('output format: {formats} (repeatable)', { formats: FORMAT_NAMES.join(', ') }), (format: string) => {
      targets.push({ format });
      return format;
    })
    .option('-o, --output <file>', h('write the preceding --format to this file'), (file: string) => {
      const last = targets[targets.length - 1];
      if (last && !last.output) last.output = file;
      else if (!last) targets.push({ format: '', output: file });
      else throw new StrategyError('error.output-without-format', { file });
      return file;
    })
    .option('-r, --rule <rule=severity>', h('set a rule to off, info, warning or error (repeatable)'), collect, [])
    .option('--max-warnings <count>', h('fail when there are more warnings than this'))
    .addOption(
      new Option('--fail-level <severity>', h('fail on findings of this severity or worse'))
        .choices(['error', 'warning', 'info'])
        .default('error'),
    )
    .option('--date <date>', h('check as on this day (YYYY-MM-DD) instead of today'))
    .action(async (patterns: string[], options: { rule: string[]; maxWarnings?: string; failLevel: Severity; date?: string }) => {
      const globals = program.opts<GlobalOptions>();
      const { check } = await import('../commands/check.js');
      exitCode = await check(
        {
          patterns,
          targets,
          rules: options.rule,
          ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
          failLevel: options.failLevel,
          ...(options.date !== undefined ? { date: options.date } : {}),
          color: globals.color === false ? false : undefined,
          language,
          version,
        },
        io,
      );
    });

  program
    .command('render')
    .description(h('render the strategy document and the content calendar'))
    .argument('[file]', h('strategy file (default: strategy.yaml)'))
    .option('-d, --out-dir <dir>', h('output folder'), 'docs')
    .addOption(
      new Option(
        '--format <format>',
        h('md: the documents and calendar exports; html: the document as one web page; yaml: the normalised strategy'),
      )
        .choices(['md', 'html', 'yaml'])
        .default('md'),
    )
    .addOption(
      new Option('--flavour <wiki>', h('the wiki the Markdown is for: github, gitlab, azure-devops, plain')).choices([
        'github',
        'gitlab',
        'azure-devops',
        'plain',
      ]),
    )
    .addOption(new Option('--stdout', h('print the document instead of writing files')).conflicts(['outDir', 'check']))
    .option('--only <outputs>', h('write only these outputs (comma-separated: {outputs})', { outputs: OUTPUT_NAMES.join(', ') }))
    .option('--templates <dir>', h('use templates from this folder where it has them'))
    .option('--force', h('overwrite files that were not made by render or were edited by hand'))
    .option('--check', h('write nothing; exit 1 when the documents are out of date'))
    .option('--date <date>', h('render as on this day (YYYY-MM-DD) instead of today: later measurements do not count'))
    .addOption(csvDelimiterOption())
    .action(
      async (
        file: string | undefined,
        options: {
          outDir: string;
          format: 'md' | 'yaml' | 'html';
          flavour?: MarkdownFlavour;
          stdout?: boolean;
          only?: string;
          templates?: string;
          force?: boolean;
          check?: boolean;
          csvDelimiter?: CsvDelimiter;
          date?: string;
        },
      ) => {
        const { render } = await import('../commands/render.js');
        exitCode = await render(
          {
            ...(file ? { file } : {}),
            outDir: options.outDir,
            format: options.format,
            ...(options.flavour ? { flavour: options.flavour } : {}),
            stdout: options.stdout === true,
            ...(options.only ? { only: options.only } : {}),
            ...(options.templates ? { templates: options.templates } : {}),
            force: options.force === true,
            check: options.check === true,
            ...(options.csvDelimiter ? { csvDelimiter: options.csvDelimiter } : {}),
            ...(options.date !== undefined ? { date: options.date } : {}),
            language,
          },
          io,
        );
      },
    );

  const measure = program.command('measure').description(h('measurements of the KPIs'));
  measure
    .command('import')
    .description(
      h('add measurements from platform exports (Meta, LinkedIn, TikTok) or a date;kpi;value sheet to the strategy, keeping its comments'),
    )
    .argument('<exports...>', h('exports (.csv, .xlsx) or sheets with a date, a KPI and a value per row'))
    .option('--file <strategy>', h('strategy file (default: strategy.yaml)'))
    .addOption(
      new Option('--platform <platform>', h('the platform of the exports, when it cannot be told from them')).choices(IMPORT_PLATFORMS),
    )
    .addOption(
      new Option(
        '--date-order <order>',
        h('dmy (day first) or mdy (month first), for dates like 03/02/2027 the export does not settle'),
      ).choices(['dmy', 'mdy']),
    )
    .addOption(new Option('--decimal <mark>', h('the decimal mark, for figures like 2,500 the export does not settle')).choices([',', '.']))
    .option('--update', h('replace a stored measurement the export gives another value for'))
    .option('--dry-run', h('show what would be added, and write nothing'))
    .action(
      async (
        files: string[],
        options: {
          file?: string;
          dryRun?: boolean;
          update?: boolean;
          platform?: ImportPlatform;
          dateOrder?: 'dmy' | 'mdy';
          decimal?: ',' | '.';
        },
      ) => {
        const { measureImport } = await import('../commands/measure.js');
        exitCode = await measureImport(
          {
            exports: files,
            ...(options.file ? { file: options.file } : {}),
            ...(options.platform ? { platform: options.platform } : {}),
            ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
            ...(options.decimal ? { decimal: options.decimal } : {}),
            dryRun: options.dryRun === true,
            update: options.update === true,
            language,
          },
          io,
        );
      },
    );

  program
    .command('diff')
    .description(h('what changed between two versions of a strategy: two files, or a git revision (HEAD~1, main)'))
    .argument('<old>', h('the old file, or a git revision'))
    .argument('[new...]', h('the new file (default: strategy.yaml), or a second revision'))
    .addOption(
      new Option('--format <format>', h('text, markdown (for a pull-request comment) or json'))
        .choices(['text', 'markdown', 'json'])
        .default('text'),
    )
    .addOption(new Option('--fail-on <kind>', h('exit 1 when there is a weakening change')).choices(['weakening']))
    .action(async (old: string, rest: string[], options: { format: 'text' | 'markdown' | 'json'; failOn?: 'weakening' }) => {
      const { diff } = await import('../commands/diff.js');
      exitCode = await diff({ old, rest, format: options.format, ...(options.failOn ? { failOn: options.failOn } : {}), language }, io);
    });

  program
    .command('review')
    .description(h('write the review of a quarter: per goal its measurements and course, what changed, and the debrief'))
    .argument('[file]', h('strategy file (default: strategy.yaml)'))
    .option('--quarter <quarter>', h('the quarter (2027Q1) or month (2027-01) to look back on; default: the last quarter'))
    .option('--from <date>', h('first day of the period (YYYY-MM-DD)'))
    .option('--to <date>', h('last day of the period (YYYY-MM-DD)'))
    .option('--date <date>', h('draw up as on this day (YYYY-MM-DD) instead of today'))
    .option('--out-dir <dir>', h('folder to write in (default: reviews next to the strategy)'))
    .addOption(new Option('--format <format>', h('md, html or all')).choices(['md', 'html', 'all']).default('all'))
    .option('--stdout', h('print the Markdown instead of writing files'))
    .option('--force', h('overwrite a file of that name that this command did not write'))
    .action(
      async (
        file: string | undefined,
        options: {
          quarter?: string;
          from?: string;
          to?: string;
          date?: string;
          outDir?: string;
          format: 'md' | 'html' | 'all';
          stdout?: boolean;
          force?: boolean;
        },
      ) => {
        const { review } = await import('../commands/review.js');
        exitCode = await review(
          { ...(file ? { file } : {}), ...options, stdout: options.stdout === true, force: options.force === true, language },
          io,
        );
      },
    );

  program
    .command('ci')
    .description(
      h('for a pull or merge request: check the strategy and show what changed, as the job summary and (with --comment) a comment'),
    )
    .argument('[file]', h('strategy file (default: strategy.yaml)'))
    .addOption(new Option('--platform <platform>', h('github or gitlab (default: from the environment)')).choices(['github', 'gitlab']))
    .option('--base <revision>', h('compare with this git revision (default: the base of the request)'))
    .option('--comment', h('post the report as a comment on the request, or update the earlier one'))
    .option('--summary-file <file>', h('write the report to this file (default on GitHub: the job summary)'))
    .addOption(new Option('--fail-on <kind>', h('exit 1 when there is a weakening change')).choices(['weakening']))
    .action(
      async (
        file: string | undefined,
        options: { platform?: 'github' | 'gitlab'; base?: string; comment?: boolean; summaryFile?: string; failOn?: 'weakening' },
      ) => {
        const { ci } = await import('../commands/ci.js');
        exitCode = await ci(
          {
            ...(file ? { file } : {}),
            ...(options.platform ? { platform: options.platform } : {}),
            ...(options.base ? { base: options.base } : {}),
            comment: options.comment === true,
            ...(options.summaryFile ? { summaryFile: options.summaryFile } : {}),
            ...(options.failOn ? { failOn: options.failOn } : {}),
            language,
            version,
          },
          io,
        );
      },
    );

  program
    .command('report')
    .description(
      h('one overview of many strategies (the schools of a school board): status, goals on course, errors and warnings, last review'),
    )
    .argument('<files...>', h('strategy files or patterns, such as "schools/*/strategy.yaml"'))
    .option('-o, --output <file>', h('where to write the overview (.md and .html)'), 'overview')
    .addOption(new Option('--format <format>', h('md, html or all')).choices(['md', 'html', 'all']).default('all'))
    .option('--date <date>', h('check as on this day (YYYY-MM-DD) instead of today'))
    .option('--force', h('overwrite a file of that name that this command did not write'))
    .action(async (files: string[], options: { output: string; format: 'md' | 'html' | 'all'; date?: string; force?: boolean }) => {
      const { report } = await import('../commands/report.js');
      exitCode = await report(
        {
          patterns: files,
          output: options.output,
          format: options.format,
          ...(options.date ? { date: options.date } : {}),
          force: options.force === true,
          language,
        },
        io,
      );
    });

  program
    .command('calendar')
    .description(h('show the content calendar, or print one export of it'))
    .argument('[file]', h('strategy file (default: strategy.yaml)'))
    .option('--from <date>', h('first day (YYYY-MM-DD); the overview starts today'))
    .option('--to <date>', h('last day (YYYY-MM-DD); the overview shows four weeks'))
    .option('--channel <id>', h('only this channel'))
    .addOption(
      new Option(
        '--week [date]',
        h('show one week as a grid of days and channels: this week, or the week of this date (YYYY-MM-DD)'),
      ).conflicts(['from', 'to', 'format']),
    )
    .addOption(new Option('--format <format>', h('print an export instead of the overview')).choices(['md', 'csv', 'ics']))
    .addOption(csvDelimiterOption())
    .option('--templates <dir>', h('use templates from this folder where it has them'))
    .option('--force', h('export the calendar even when check finds errors in the strategy'))
    .action(
      async (
        file: string | undefined,
        options: {
          from?: string;
          to?: string;
          channel?: string;
          week?: string | true;
          format?: 'md' | 'csv' | 'ics';
          templates?: string;
          csvDelimiter?: CsvDelimiter;
          force?: boolean;
        },
      ) => {
        const { calendar } = await import('../commands/calendar.js');
        exitCode = await calendar({ ...(file ? { file } : {}), ...options, language }, io);
      },
    );

  program
    .command('templates')
    .description(h('work with the templates of the rendered documents'))
    .command('eject')
    .description(h('copy the built-in templates into a folder to make a house style'))
    .argument('[dir]', h('target folder'), 'strategy-templates')
    .option('--force', h('overwrite templates already there'))
    .action(async (dir: string, options: { force?: boolean }) => {
      const { eject } = await import('../commands/templates.js');
      exitCode = await eject({ dir, force: options.force === true, language: language.current }, io);
    });

  program
    .command('init')
    .description(h('build strategy.yaml with the wizard, block by block (or from answers when there is no terminal)'))
    .option('--dir <dir>', h('folder to write in'), '.')
    .option('-o, --output <file>', h('file to write'), 'strategy.yaml')
    .option('--answers <file>', h('take answers from this YAML file (any part of a strategy)'))
    .option('--example <name>', h('take answers from a bundled example: mbo, adult-education, university-en'))
    .option('-y, --yes', h('fill in whatever is not given with example values'))
    .option('--set <key=value>', h('answer one question, e.g. --set organisation.name="ROC Example" (repeatable)'), collect, [])
    .option('--resume', h('continue the draft of an earlier session without asking'))
    .option(
      '--block <block>',
      h('revisit only this block of an existing strategy (repeatable): {blocks}', { blocks: blockNames(helpLanguage) }),
      collect,
      [],
    )
    .option('--force', h('replace an existing strategy without asking'))
    .option('--dry-run', h('print the YAML instead of writing it'))
    .option('--interactive', h('ask questions even when no terminal is detected'))
    .option('--no-interactive', h('never ask: take answers from files and flags only'))
    .option('--questions', h('list every question with the key that answers it, and exit'))
    .action(
      async (options: {
        dir: string;
        output: string;
        answers?: string;
        example?: string;
        yes?: boolean;
        set: string[];
        resume?: boolean;
        block: string[];
        force?: boolean;
        dryRun?: boolean;
        interactive?: boolean;
        questions?: boolean;
      }) => {
        const { init } = await import('../commands/init.js');
        exitCode = await init(
          {
            dir: options.dir,
            output: options.output,
            language,
            ...(options.answers ? { answers: options.answers } : {}),
            ...(options.example ? { example: options.example } : {}),
            yes: options.yes === true,
            set: options.set,
            resume: options.resume === true,
            blocks: options.block,
            force: options.force === true,
            dryRun: options.dryRun === true,
            ...(options.interactive !== undefined ? { interactive: options.interactive } : {}),
            questions: options.questions === true,
          },
          io,
        );
      },
    );

  program
    .command('rules')
    .description(h('list the rules of the method with their default severity'))
    .action(async () => {
      const { rules } = await import('../commands/rules.js');
      exitCode = await rules(language.current, io);
    });

  program
    .command('schema')
    .description(h('print the JSON Schema of strategy.yaml'))
    .option('--normalised', h('the schema of strategy.normalised.yaml, which render --format yaml writes'))
    .action(async (options: { normalised?: boolean }) => {
      const { schema } = await import('../commands/schema.js');
      exitCode = await schema(io, { normalised: options.normalised === true });
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

// The commands for a team and a board: ci, report, calendar, templates, init, rules and schema.
import { Option } from 'commander';
import { blockNames } from '../wizard/blocks.js';
import type { CsvDelimiter } from '../export/csv.js';

import { collect } from './cli.js';
import type { Cli } from './cli.js';

export function defineCi(cli: Cli): void {
  const { program, io, h, language, version, done } = cli;
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
        done(
          await ci(
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
          ),
        );
      },
    );
}

export function defineReport(cli: Cli): void {
  const { program, io, h, language, done } = cli;
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
      done(
        await report(
          {
            patterns: files,
            output: options.output,
            format: options.format,
            ...(options.date ? { date: options.date } : {}),
            force: options.force === true,
            language,
          },
          io,
        ),
      );
    });
}

export function defineCalendar(cli: Cli): void {
  const { program, io, h, language, csvDelimiterOption, done } = cli;
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
        done(await calendar({ ...(file ? { file } : {}), ...options, language }, io));
      },
    );
}

export function defineTemplates(cli: Cli): void {
  const { program, io, h, language, done } = cli;
  program
    .command('templates')
    .description(h('work with the templates of the rendered documents'))
    .command('eject')
    .description(h('copy the built-in templates into a folder to make a house style'))
    .argument('[dir]', h('target folder'), 'strategy-templates')
    .option('--force', h('overwrite templates already there'))
    .action(async (dir: string, options: { force?: boolean }) => {
      const { eject } = await import('../commands/templates.js');
      done(await eject({ dir, force: options.force === true, language: language.current }, io));
    });
}

export function defineInit(cli: Cli): void {
  const { program, io, h, language, done } = cli;
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
      h('revisit only this block of an existing strategy (repeatable): {blocks}', { blocks: blockNames }),
      collect,
      [],
    )
    .option('--force', h('replace an existing strategy without asking'))
    .option('--dry-run', h('print the YAML instead of writing it'))
    .option('--interactive', h('ask questions even when no terminal is detected'))
    .option('--no-interactive', h('never ask: take answers from files and flags only'))
    .option('--questions', h('list every question with the key that answers it, and exit'))
    .option('--fix', h('ask the questions that fix the findings of an existing strategy, then check it again'))
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
        fix?: boolean;
      }) => {
        const { init } = await import('../commands/init.js');
        done(
          await init(
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
              fix: options.fix === true,
            },
            io,
          ),
        );
      },
    );
}

export function defineRules(cli: Cli): void {
  const { program, io, h, language, done } = cli;
  program
    .command('rules')
    .description(h('list the rules of the method with their default severity'))
    .action(async () => {
      const { rules } = await import('../commands/rules.js');
      done(await rules(language.current, io));
    });
}

export function defineSchema(cli: Cli): void {
  const { program, io, h, done } = cli;
  program
    .command('schema')
    .description(h('print the JSON Schema of strategy.yaml'))
    .option('--normalised', h('the schema of strategy.normalised.yaml, which render --format yaml writes'))
    .action(async (options: { normalised?: boolean }) => {
      const { schema } = await import('../commands/schema.js');
      done(await schema(io, { normalised: options.normalised === true }));
    });
}

// The commands that hold a strategy to the method and publish it: check, render, measure
// import, diff and review.
import { Option } from 'commander';
import { StrategyError } from '../errors.js';
import type { OutputTarget } from '../commands/check.js';
import type { Severity } from '../model/finding.js';
import { OUTPUT_NAMES } from '../render/output-names.js';
import { FORMAT_NAMES } from '../formatters/names.js';
import type { CsvDelimiter } from '../export/csv.js';
import type { MarkdownFlavour } from '../export/outputs.js';
import { IMPORT_PLATFORMS } from '../model/import-platforms.js';
import type { ImportPlatform } from '../model/import-platforms.js';

import { collect } from './cli.js';
import type { Cli, GlobalOptions } from './cli.js';

export function defineCheck(cli: Cli): void {
  const { program, io, h, language, version, done } = cli;
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
      done(
        await check(
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
        ),
      );
    });
}

export function defineRender(cli: Cli): void {
  const { program, io, h, language, csvDelimiterOption, done } = cli;
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
        done(
          await render(
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
          ),
        );
      },
    );
}

export function defineMeasure(cli: Cli): void {
  const { program, io, h, language, done } = cli;
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
        done(
          await measureImport(
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
          ),
        );
      },
    );
}

export function defineDiff(cli: Cli): void {
  const { program, io, h, language, done } = cli;
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
      done(await diff({ old, rest, format: options.format, ...(options.failOn ? { failOn: options.failOn } : {}), language }, io));
    });
}

export function defineReview(cli: Cli): void {
  const { program, io, h, language, done } = cli;
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
        done(
          await review(
            { ...(file ? { file } : {}), ...options, stdout: options.stdout === true, force: options.force === true, language },
            io,
          ),
        );
      },
    );
}

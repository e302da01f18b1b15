// The command line in English: the help texts (keyed by their English, as gettext keys its
// messages), commander's own words and placeholders, and how its error messages read. The
// keys are the ones every language has.
export const commandLine = {
  help: {
    'Build, check and publish a social-media strategy as code.': 'Build, check and publish a social-media strategy as code.',
    'check strategy files against the schema and the method': 'check strategy files against the schema and the method',
    'render the strategy document and the content calendar': 'render the strategy document and the content calendar',
    'show the content calendar, or print one export of it': 'show the content calendar, or print one export of it',
    'dmy (day first) or mdy (month first), for dates like 03/02/2027 the export does not settle':
      'dmy (day first) or mdy (month first), for dates like 03/02/2027 the export does not settle',
    'replace a stored measurement the export gives another value for': 'replace a stored measurement the export gives another value for',
    'the decimal mark, for figures like 2,500 the export does not settle':
      'the decimal mark, for figures like 2,500 the export does not settle',
    'show one week as a grid of days and channels: this week, or the week of this date (YYYY-MM-DD)':
      'show one week as a grid of days and channels: this week, or the week of this date (YYYY-MM-DD)',
    'work with the templates of the rendered documents': 'work with the templates of the rendered documents',
    'copy the built-in templates into a folder to make a house style': 'copy the built-in templates into a folder to make a house style',
    'build strategy.yaml with the wizard, block by block (or from answers when there is no terminal)':
      'build strategy.yaml with the wizard, block by block (or from answers when there is no terminal)',
    'list the rules of the method with their default severity': 'list the rules of the method with their default severity',
    'print the JSON Schema of strategy.yaml': 'print the JSON Schema of strategy.yaml',
    'never colour the output': 'never colour the output',
    'show the details of internal errors': 'show the details of internal errors',
    'output format: {formats} (repeatable)': 'output format: {formats} (repeatable)',
    'write the preceding --format to this file': 'write the preceding --format to this file',
    'set a rule to off, info, warning or error (repeatable)': 'set a rule to off, info, warning or error (repeatable)',
    'fail when there are more warnings than this': 'fail when there are more warnings than this',
    'output folder': 'output folder',
    'print the document instead of writing files': 'print the document instead of writing files',
    'write only these outputs (comma-separated: {outputs})': 'write only these outputs (comma-separated: {outputs})',
    'use templates from this folder where it has them': 'use templates from this folder where it has them',
    'overwrite files that were not made by render or were edited by hand':
      'overwrite files that were not made by render or were edited by hand',
    'write nothing; exit 1 when the documents are out of date': 'write nothing; exit 1 when the documents are out of date',
    'first day (YYYY-MM-DD); the overview starts today': 'first day (YYYY-MM-DD); the overview starts today',
    'last day (YYYY-MM-DD); the overview shows four weeks': 'last day (YYYY-MM-DD); the overview shows four weeks',
    'separator between CSV columns: ";" (Excel with Dutch settings), "," or tab':
      'separator between CSV columns: ";" (Excel with Dutch settings), "," or tab',
    'only this channel': 'only this channel',
    'measurements of the KPIs': 'measurements of the KPIs',
    'one overview of many strategies (the schools of a school board): status, goals on course, errors and warnings, last review':
      'one overview of many strategies (the schools of a school board): status, goals on course, errors and warnings, last review',
    'strategy files or patterns, such as "schools/*/strategy.yaml"': 'strategy files or patterns, such as "schools/*/strategy.yaml"',
    'where to write the overview (.md and .html)': 'where to write the overview (.md and .html)',
    'overwrite a file of that name that this command did not write': 'overwrite a file of that name that this command did not write',
    'for a pull or merge request: check the strategy and show what changed, as the job summary and (with --comment) a comment':
      'for a pull or merge request: check the strategy and show what changed, as the job summary and (with --comment) a comment',
    'github or gitlab (default: from the environment)': 'github or gitlab (default: from the environment)',
    'compare with this git revision (default: the base of the request)':
      'compare with this git revision (default: the base of the request)',
    'post the report as a comment on the request, or update the earlier one':
      'post the report as a comment on the request, or update the earlier one',
    'write the report to this file (default on GitHub: the job summary)':
      'write the report to this file (default on GitHub: the job summary)',
    'write the review of a quarter: per goal its measurements and course, what changed, and the debrief':
      'write the review of a quarter: per goal its measurements and course, what changed, and the debrief',
    'the quarter (2027Q1) or month (2027-01) to look back on; default: the last quarter':
      'the quarter (2027Q1) or month (2027-01) to look back on; default: the last quarter',
    'first day of the period (YYYY-MM-DD)': 'first day of the period (YYYY-MM-DD)',
    'last day of the period (YYYY-MM-DD)': 'last day of the period (YYYY-MM-DD)',
    'draw up as on this day (YYYY-MM-DD) instead of today': 'draw up as on this day (YYYY-MM-DD) instead of today',
    'folder to write in (default: reviews next to the strategy)': 'folder to write in (default: reviews next to the strategy)',
    'md, html or all': 'md, html or all',
    'print the Markdown instead of writing files': 'print the Markdown instead of writing files',
    'add measurements from platform exports (Meta, LinkedIn, TikTok) or a date;kpi;value sheet to the strategy, keeping its comments':
      'add measurements from platform exports (Meta, LinkedIn, TikTok) or a date;kpi;value sheet to the strategy, keeping its comments',
    'exports (.csv, .xlsx) or sheets with a date, a KPI and a value per row':
      'exports (.csv, .xlsx) or sheets with a date, a KPI and a value per row',
    'the platform of the exports, when it cannot be told from them': 'the platform of the exports, when it cannot be told from them',
    'show what would be added, and write nothing': 'show what would be added, and write nothing',
    'what changed between two versions of a strategy: two files, or a git revision (HEAD~1, main)':
      'what changed between two versions of a strategy: two files, or a git revision (HEAD~1, main)',
    'the old file, or a git revision': 'the old file, or a git revision',
    'the new file (default: strategy.yaml), or a second revision': 'the new file (default: strategy.yaml), or a second revision',
    'text, markdown (for a pull-request comment) or json': 'text, markdown (for a pull-request comment) or json',
    'exit 1 when there is a weakening change': 'exit 1 when there is a weakening change',
    'the schema of strategy.normalised.yaml, which render --format yaml writes':
      'the schema of strategy.normalised.yaml, which render --format yaml writes',
    'check as on this day (YYYY-MM-DD) instead of today': 'check as on this day (YYYY-MM-DD) instead of today',
    'render as on this day (YYYY-MM-DD) instead of today: later measurements do not count':
      'render as on this day (YYYY-MM-DD) instead of today: later measurements do not count',
    'overwrite templates already there': 'overwrite templates already there',
    'export the calendar even when check finds errors in the strategy': 'export the calendar even when check finds errors in the strategy',
    'folder to write in': 'folder to write in',
    'file to write': 'file to write',
    'take answers from this YAML file (any part of a strategy)': 'take answers from this YAML file (any part of a strategy)',
    'take answers from a bundled example: mbo, adult-education, university-en':
      'take answers from a bundled example: mbo, adult-education, university-en',
    'fill in whatever is not given with example values': 'fill in whatever is not given with example values',
    'answer one question, e.g. --set organisation.name="ROC Example" (repeatable)':
      'answer one question, e.g. --set organisation.name="ROC Example" (repeatable)',
    'continue the draft of an earlier session without asking': 'continue the draft of an earlier session without asking',
    'revisit only this block of an existing strategy (repeatable): {blocks}':
      'revisit only this block of an existing strategy (repeatable): {blocks}',
    'replace an existing strategy without asking': 'replace an existing strategy without asking',
    'print the YAML instead of writing it': 'print the YAML instead of writing it',
    'ask questions even when no terminal is detected': 'ask questions even when no terminal is detected',
    'never ask: take answers from files and flags only': 'never ask: take answers from files and flags only',
    'ask the questions that fix the findings of an existing strategy, then check it again':
      'ask the questions that fix the findings of an existing strategy, then check it again',
    'list every question with the key that answers it, and exit': 'list every question with the key that answers it, and exit',
    'language of everything strategy writes': 'language of everything strategy writes',
    'fail on findings of this severity or worse': 'fail on findings of this severity or worse',
    'md: the documents and calendar exports; html: the document as one web page; yaml: the normalised strategy':
      'md: the documents and calendar exports; html: the document as one web page; yaml: the normalised strategy',
    'the wiki the Markdown is for: github, gitlab, azure-devops, plain':
      'the wiki the Markdown is for: github, gitlab, azure-devops, plain',
    'print an export instead of the overview': 'print an export instead of the overview',
    'strategy files or glob patterns (default: strategy.yaml)': 'strategy files or glob patterns (default: strategy.yaml)',
    'strategy file (default: strategy.yaml)': 'strategy file (default: strategy.yaml)',
    'target folder': 'target folder',
    'print the version': 'print the version',
    'show help': 'show help',
    'show help for a command': 'show help for a command',
    '(run "strategy --help" for the commands and options)': '(run "strategy --help" for the commands and options)',
  },
  /** Commander's own words in the help screen, keyed by the English it writes. */
  commander: {
    'Usage:': 'Usage:',
    'Options:': 'Options:',
    'Commands:': 'Commands:',
    'Arguments:': 'Arguments:',
    'Global Options:': 'Global Options:',
    choices: 'choices',
    default: 'default',
  },
  /** The placeholders of options and arguments, as the help screen shows them. */
  placeholders: {
    '[options]': '[options]',
    '[command]': '[command]',
    '<file>': '<file>',
    '[file]': '[file]',
    '[files...]': '[files...]',
    '<dir>': '<dir>',
    '[dir]': '[dir]',
    '<name>': '<name>',
    '<block>': '<block>',
    '<format>': '<format>',
    '<language>': '<language>',
    '<date>': '<date>',
    '<count>': '<count>',
    '<severity>': '<severity>',
    '<rule=severity>': '<rule=severity>',
    '<key=value>': '<key=value>',
    '<outputs>': '<outputs>',
  },
  /** Commander's error messages, recognised by their form (commander writes them in English only). */
  errors: [] as readonly (readonly [RegExp, string])[],
};

export type HelpText = keyof typeof commandLine.help;

// The messages in English: what the reader says about a file (yaml-syntax, schema, limits,
// checks), errors that stop a command and the lines that sum a run up. Their ids and data
// types are the catalogue every other language follows (../messages.ts).
import { IMPORT_PLATFORMS } from '../../model/import-platforms.js';
import { shape, size } from '../message-parts.js';
import type { JsonType, Option, TypeNames, ValueShape } from '../message-parts.js';
import type { Words } from '../words.js';

const TYPE_NAMES: TypeNames = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a block of keys ("key: value" lines)',
  array: 'a list (lines starting with "- ")',
  null: 'nothing (an empty value)',
};

/** What the common YAML mistakes mean, by the parser's error code; the parser's own words are English. */
const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: 'the indentation is off, or a bracket ([ or {) is not closed',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  BLOCK_AS_IMPLICIT_KEY: 'a value holds a colon followed by a space ("a: b"): put the value in quotes, or check the indentation',
  MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line: is a colon missing after it, or is the line below indented too far?',
  BAD_SCALAR_START: 'a value starts with a character YAML reserves (@, `, %, |, >): put the value in quotes',
  BAD_DQ_ESCAPE: 'a backslash in double quotes starts an unknown escape: write \\\\ for a backslash, or use single quotes',
  UNEXPECTED_TOKEN: 'something stands where YAML does not expect it: check the indentation and the characters around it',
};

export const messages = {
  'yaml.syntax': (p: { code: string; detail: string }) => `YAML syntax error: ${YAML_ERRORS[p.code] ?? p.detail}.`,
  'yaml.duplicate-key': (p: { key: string }, w: Words) =>
    `The key ${w.quote(p.key)} appears twice in the same block; keep one (the second would silently replace the first).`,
  'yaml.tab': () => 'A tab is used for indentation; YAML only allows spaces. Replace the tab with spaces.',
  'yaml.multiple-documents': () => 'The file holds more than one YAML document (a line "---" in the middle); a strategy is one document.',
  'yaml.alias-limit': () => 'The file uses too many aliases (*name) to expand safely; write the values out instead of referring to them.',
  'schema.more': (p: { count: number }, w: Words) =>
    `${w.capital(w.number(p.count))} more errors like the ones above, in the same places, are not shown. Fix these first, then check again.`,
  'yaml.more': (p: { count: number }, w: Words) =>
    `${w.capital(w.number(p.count))} more syntax errors like the ones above are not shown. Fix these first, then check again.`,
  'yaml.too-deep': () =>
    'The file nests blocks or lists too deeply to read; a strategy needs about six levels. Check the indentation and the brackets ([ ] and { }).',
  'file.empty': () => 'The file is empty. Start with "version: 1", or run "strategy init" to be walked through the blocks.',
  'file.not-mapping': (p: { type: 'array' | 'string' }) =>
    `The file holds ${TYPE_NAMES[p.type]}, but a strategy is a block of sections (version, organisation, goals, …).`,
  'file.too-large': (p: { bytes: number; limit: number }, w: Words) =>
    `The file is ${p.bytes >= p.limit * 1.05 ? `${size(p.bytes, w)}, more than` : 'larger than'} the limit of ${size(p.limit, w)}; a strategy is rarely more than a few hundred KiB. Move archived calendar items to a separate file.`,
  'file.too-many-values': (p: { count: number; limit: number }, w: Words) =>
    `The file has ${w.number(p.count)} lines and list items, more than the limit of ${w.number(p.limit)}; a strategy with a busy year of posts has some ten thousand. Move past calendar items to an archive file.`,
  'file.too-many-marks': (p: { count: number; limit: number }, w: Words) =>
    `The file has ${w.number(p.count)} anchors (&), aliases (*), tags (!) and marks out of place (brackets or quotes that open or close nothing, a second colon), more than the limit of ${w.number(p.limit)}; a strategy needs none or a few. Check the brackets ([ ] and { }) and the quotes.`,
  'file.too-deep': (p: { depth: number; limit: number }) =>
    `Blocks and lists nest more than ${p.limit} levels deep here, the limit; a strategy needs about six. Check the indentation and the brackets ([ ] and { }).`,
  'file.too-many-items': (p: { count: number; limit: number }, w: Words) =>
    `The calendar has ${w.count(p.count, 'calendar-item')}, more than the limit of ${w.number(p.limit)}. Move past items to an archive file.`,
  'schema.required': (p: { key: string; path: string }, w: Words) =>
    `${p.path === '' ? 'The file' : w.quote(p.path)} lacks ${w.quote(p.key)}, which is required.`,
  'schema.unknown-key': (p: { key: string; suggestion?: string; allowed: readonly string[]; flowComma?: boolean }, w: Words) =>
    `Unknown key ${w.quote(p.key)}.${p.suggestion ? ` Did you mean ${w.quote(p.suggestion)}?` : ''} Allowed here: ${p.allowed.join(', ')}.${p.flowComma ? ' A comma inside { … } starts a new key: put text that contains a comma in quotes ("…").' : ''}`,
  'schema.enum': (p: { value: unknown; suggestion?: string; allowed: readonly unknown[] }, w: Words) =>
    `${w.quote(p.value)} is not one of the allowed values.${p.suggestion ? ` Did you mean ${w.quote(p.suggestion)}?` : ''} Allowed: ${p.allowed.join(', ')}.`,
  'schema.type': (p: { expected: readonly JsonType[]; actual: ValueShape }) =>
    `Expected ${p.expected.map((type) => TYPE_NAMES[type]).join(' / ')}, found ${shape(p.actual, TYPE_NAMES)}.`,
  'schema.date': (p: { value: unknown; suggestion?: string }, w: Words) =>
    `${w.quote(p.value)} is not a valid date. Write dates as YYYY-MM-DD${p.suggestion ? `, here ${p.suggestion}` : ', e.g. 2026-09-01'}.`,
  'schema.time': (p: { value: unknown }, w: Words) =>
    `${w.quote(p.value)} is not a valid time. Write times as HH:MM on a 24-hour clock, e.g. 09:30.`,
  'schema.id': (p: { value: unknown; suggestion?: string }, w: Words) =>
    `${w.quote(p.value)} is not a valid id: use lower-case letters, digits and hyphens${p.suggestion ? `, e.g. ${w.quote(p.suggestion)}` : ''}.`,
  'schema.url': (p: { value: unknown }, w: Words) => `${w.quote(p.value)} is not a web address; it must start with https:// (or http://).`,
  'schema.email': (p: { value: unknown }, w: Words) => `${w.quote(p.value)} is not a valid e-mail address.`,
  'schema.minimum': (p: { limit: number }, w: Words) => `The number must be at least ${w.number(p.limit, 6)}.`,
  'schema.maximum': (p: { limit: number }, w: Words) => `The number must be at most ${w.number(p.limit, 6)}.`,
  'schema.empty': () => 'This text is empty; fill it in or remove the key.',
  'schema.too-long': (p: { limit: number }) => `This text is longer than ${p.limit} characters.`,
  'schema.duplicate-item': (p: { value: unknown }, w: Words) => `${w.quote(p.value)} appears more than once in this list.`,
  'schema.version': (p: { value: unknown }, w: Words) =>
    `Version ${w.quote(p.value)} is not supported: this version of strategy reads format version 1. Write "version: 1".`,
  'schema.other': (p: { detail: string }) => `Not valid here: ${p.detail}.`,
  'checks.unknown-rule': (p: { rule: string; suggestion?: string }, w: Words) =>
    `Unknown rule ${w.quote(p.rule)}.${p.suggestion ? ` Did you mean ${w.quote(p.suggestion)}?` : ''} Run "strategy rules" for the list.`,
  'checks.unknown-option': (p: Option, w: Words) =>
    `Rule ${w.quote(p.rule)} has no option ${w.quote(p.option)}. ${p.known.length > 0 ? `Its options: ${p.known.join(', ')}.` : 'It has no options.'}`,
  'checks.option-type': (p: { option: string; expected: 'number' | 'string' | 'boolean' }, w: Words) =>
    `Option ${w.quote(p.option)} must be ${TYPE_NAMES[p.expected]}.`,

  'error.calendar-too-large': (p: { count: number; limit: number }, w: Words) =>
    `The calendar would have ${w.number(p.count)} entries, more than the limit of ${w.number(p.limit)}. Check the period and the cadence's posts per week.`,
  'error.file-not-found': (p: { file: string }) => `Cannot find ${p.file}. Check the path, or run "strategy init" to create a strategy.`,
  'error.system-folder': (p: { file: string; folder: string }) =>
    `${p.file} is inside ${p.folder}, where the system shows itself; no file can be written there. Choose a folder of your own. Nothing was written.`,
  'error.outside-repository': (p: { file: string }) =>
    `${p.file} leads out of the repository (a link to a file elsewhere), so it is not read here. Use the strategy file itself in the repository, not a link to it.`,
  'error.not-a-folder': (p: { file: string }) =>
    `${p.file} is a file, not a folder, so nothing can be written in it. Give a folder, e.g. docs. Nothing was written.`,
  'error.no-reader': (p: { file: string }) =>
    `${p.file} is a pipe that nothing reads (or a socket), so the report cannot be written into it. Give a file, or start the reader first. Nothing was written.`,
  'error.system-file': (p: { file: string; folder: string }) =>
    `${p.file} is inside ${p.folder}, where the system shows itself; it is not read. Give the path of a file of your own.`,
  'error.not-regular': (p: { file: string }) =>
    `${p.file} is not a regular file but a pipe, a device or a socket, so it is not read. Give the path of the file itself.`,
  'error.is-directory': (p: { file: string }) =>
    `${p.file} is a directory, not a strategy file. Give the path of the file inside it, e.g. ${p.file}/strategy.yaml.`,
  'error.read': (p: { file: string; detail: string }) =>
    `Cannot read ${p.file}: ${p.detail}. Check that it exists and that you may read it.`,
  'error.not-utf8': (p: { file: string }) => `${p.file} is not UTF-8 text. Save it as UTF-8 (in most editors: "Save as" → encoding UTF-8).`,
  'error.unknown-rule': (p: { rule: string; suggestion?: string }, w: Words) =>
    `Unknown rule ${w.quote(p.rule)}.${p.suggestion ? ` Did you mean ${w.quote(p.suggestion)}?` : ''} Run "strategy rules" for the list.`,
  'error.rule-option': (p: { value: string }, w: Words) =>
    `--rule ${w.quote(p.value)} is not understood: write --rule <rule-id>=<off|info|warning|error>, e.g. --rule two-admins=error.`,
  'error.no-match': (p: { pattern: string }, w: Words) =>
    `No file matches ${w.quote(p.pattern)}. Check the pattern, and quote it so the shell leaves it alone ("**/strategy.yaml").`,
  'error.unknown-format': (p: { format: string; formats: readonly string[] }, w: Words) =>
    `Unknown format ${w.quote(p.format)}. Formats: ${p.formats.join(', ')}.`,
  'error.output-without-format': (p: { file: string }) =>
    `--output ${p.file} follows no --format of its own: give each output file its own --format before it (--format sarif --output ${p.file}).`,
  'error.same-output': (p: { first: string; second: string }) =>
    `${p.first} and ${p.second} write the same file, so one report would replace the other. Give each --format its own --output.`,
  'error.two-to-stdout': () => 'Only one --format can go to the terminal; give the others an --output file.',
  'error.output-is-input': (p: { file: string }) =>
    `--output ${p.file} is one of the strategy files being checked: the report would replace it. Give another file. Nothing was written.`,
  'error.not-a-number': (p: { option: string; value: string }, w: Words) =>
    `${p.option} needs a whole number of 0 or more, not ${w.quote(p.value)}. Give one, e.g. ${p.option} 0.`,
  'error.write': (p: { file: string; detail: string }) => `Cannot write ${p.file}: ${p.detail}. Nothing was changed.`,
  'error.write-partial': (p: { file: string; detail: string; written: readonly string[]; kept: readonly string[] }, w: Words) =>
    `Cannot write ${p.file}: ${p.detail}. Written: ${w.list(p.written)}; left as they were: ${w.list(p.kept)}. Fix the cause and run the command again to finish.`,
  'error.created-meanwhile': (p: { file: string }) =>
    `${p.file} was created by another run in the meantime; it is kept as it is. Check it, then run init again with --block to change it. Nothing was written.`,
  'error.init-unreadable': (p: { file: string }) =>
    `${p.file} exists but cannot be edited: it is not a readable strategy (see "strategy check ${p.file}"). Fix it, move it away, or use --force to replace it. Nothing was written.`,
  'error.template': (p: { template: string; detail: string }) => `Template ${p.template} cannot be used: ${p.detail}.`,
  'error.templates-dir': (p: { dir: string }) =>
    `--templates ${p.dir} is not a folder. Give the folder that holds your templates (make one with "strategy templates eject ${p.dir}").`,
  'error.template-outside': (p: { template: string }) =>
    `${p.template} is a link to a file outside the templates folder; templates are code that runs when you render, so only files inside the folder are used. Copy the file into the folder instead.`,
  'error.init-invalid': (p: { file: string; count: number }, w: Words) =>
    `With these values ${p.file} would have ${w.count(p.count, 'error')} by the method (above). Nothing was written. Give other values with --set or the --answers file, or run strategy init in a terminal to be asked.`,
  'error.invalid-strategy': (p: { file: string; count: number }, w: Words) =>
    `${p.file} has ${w.count(p.count, 'error')} (above); fix ${p.count === 1 ? 'it' : 'them'} first, or run "strategy check ${p.file}".`,
  'error.init-busy': (p: { dir: string; lock: string; command?: string }) =>
    `Another strategy ${p.command ?? 'init'} is writing ${p.dir}. Run ${p.command ?? 'init'} again when it is done; if none runs, remove ${p.lock}. Nothing was written.`,
  'error.changed-meanwhile': (p: { file: string; command?: string }) =>
    `${p.file} was changed by someone else since ${p.command ?? 'init'} read it; it is kept as it is. Run ${p.command ?? 'init'} again to make your changes on top of theirs. Nothing was written.`,
  'error.output-of-input': (p: { file: string }) =>
    `${p.file} is a strategy this command reads: writing there would replace it. Give another file or folder. Nothing was written.`,
  'error.read-only': (p: { file: string }) =>
    `${p.file} is read-only, so it is left as it is. Make it writable first. Nothing was written.`,
  'error.import-invalid': (p: { file: string; detail: string }) =>
    `The measurements cannot be added: ${p.file} would then be invalid. ${p.detail} Nothing was imported.`,
  'error.import-encoding': (p: { file: string; line: number }) =>
    `${p.file}:${p.line}: this line holds a character that was lost before the file reached strategy (shown as �). Export the file again, or save it from Excel as "CSV UTF-8". Nothing was imported.`,
  'error.import-quote': (p: { file: string; line: number }) =>
    `${p.file}:${p.line}: a quote opens here and is never closed, so the rows after it cannot be read. Nothing was imported.`,
  'error.import-conflict': (p: { file: string; line: number; kpi: string; date: string; first: number; second: number }) =>
    `${p.file}:${p.line}: ${p.kpi} on ${p.date} has two values in the import (${p.first} and ${p.second}). Keep one. Nothing was imported.`,
  'error.import-too-large': (
    p:
      | { file: string; limit: number; what: 'unpacked' | 'file' | 'cells' | 'text' }
      | { file: string; limit: number; what: 'rows'; sheet: string },
    w: Words,
  ) =>
    `${p.file} is too large to import: ${p.what === 'rows' ? `sheet ${w.quote(p.sheet)} has more than ${w.number(p.limit)} rows` : p.what === 'cells' ? `it has more than ${w.number(p.limit)} cells` : p.what === 'text' ? `its cells hold more than ${size(p.limit, w)} of text` : p.what === 'unpacked' ? `it unpacks to more than ${size(p.limit, w)}` : `it is larger than ${size(p.limit, w)}`}. Export a shorter period. Nothing was imported.`,
  'error.ci-base': (p: { base: string; detail: string }) =>
    `The base of the request (${p.base}) cannot be read from git: ${p.detail}. Check it out with the history (actions/checkout with fetch-depth: 0, or GIT_DEPTH: 0 on GitLab).`,
  'error.render-busy': (p: { dir: string; lock: string }) =>
    `Another strategy render is writing ${p.dir}. Run render again when it is done; if no render runs, remove ${p.lock}. Nothing was written.`,
  'error.rule-errors': (p: { file: string; count: number }, w: Words) =>
    `${p.file} has ${w.count(p.count, 'error')} by the method (above): a document of a strategy that strategy check fails is not published. Fix ${p.count === 1 ? 'it' : 'them'}, or use --force to render all the same. Nothing was written.`,
  'error.refuse-overwrite': (p: { files: readonly string[]; command?: string }, w: Words) =>
    `Not written: ${w.list(p.files)} ${p.files.length === 1 ? 'was' : 'were'} not made by strategy ${p.command ?? 'render'}, or changed by hand since. Move your changes into strategy.yaml or a template, or use --force to overwrite. Nothing was written.`,
  'error.unknown-output': (p: { name: string; names: readonly string[] }, w: Words) =>
    `Unknown output ${w.quote(p.name)}. Outputs: ${p.names.join(', ')}.`,
  'error.unknown-channel': (p: { channel: string; channels: readonly string[]; suggestion?: string }, w: Words) =>
    p.channels.length === 0
      ? `The strategy has no channels yet, so no channel ${w.quote(p.channel)}. Run it without --channel.`
      : `The strategy has no channel ${w.quote(p.channel)}.${p.suggestion ? ` Did you mean ${w.quote(p.suggestion)}?` : ''} Give one of its channels: ${p.channels.join(', ')}.`,
  'error.reversed-range': (p: { from: string; to: string }, _w: Words) =>
    `--from ${p.from} is after --to ${p.to}. Give the first day first, e.g. --from ${p.to} --to ${p.from}.`,
  'error.bad-date': (p: { option: string; value: string }, w: Words) =>
    `${p.option} needs a date as YYYY-MM-DD, not ${w.quote(p.value)}. Give one, e.g. ${p.option} 2026-09-01.`,
  'error.git': (p: { revision: string; file: string; detail: string }, w: Words) =>
    `Cannot read ${w.quote(p.file)} at ${w.quote(p.revision)} from git: ${p.detail}. Give a revision of this repository (HEAD~1, main) or two files.`,
  'error.diff-invalid': (p: { file: string; count: number }, w: Words) =>
    `${p.file} is not a valid strategy (${w.count(p.count, 'error')}); run strategy check on it first.`,
  'error.eject-exists': (p: { files: readonly string[] }, w: Words) =>
    `Not copied: ${w.list(p.files)} already exist${p.files.length === 1 ? 's' : ''}. Use --force to overwrite them. Nothing was copied.`,
  'error.unknown-block': (p: { block: string; blocks: readonly string[]; dutch: readonly string[]; suggestion?: string }, w: Words) =>
    `Unknown block ${w.quote(p.block)}.${p.suggestion ? ` Did you mean ${w.quote(p.suggestion)}?` : ''} Blocks: ${p.blocks.join(', ')} (or the Dutch names: ${p.dutch.join(', ')}).`,
  'error.unknown-example': (p: { name: string; examples: readonly string[] }, w: Words) =>
    `Unknown example ${w.quote(p.name)}. Examples: ${p.examples.join(', ')}.`,
  'error.bad-set': (p: { value: string }, w: Words) =>
    `--set ${w.quote(p.value)} is not understood: write --set key.path=value, e.g. --set organisation.name="ROC Example".`,
  'error.bad-set-value': (p: { value: string; detail: string }, w: Words) => `--set ${w.quote(p.value)}: ${p.detail} Nothing was written.`,
  'error.fix-nothing': (p: { file: string }) => `There is no strategy at ${p.file} to fix. Run "strategy init" to make one.`,
  'error.fix-terminal': (_p: Record<string, never>) =>
    'init --fix asks questions, so it needs a terminal. Run "strategy check" to see the findings.',
  'error.init-exists': (p: { file: string }) =>
    `${p.file} exists already. Use --block <block> to change part of it, or --force to replace it. Nothing was written.`,
  'error.internal': (p: { detail: string }) =>
    `Internal error: ${p.detail}. This is a bug in strategy: please report it at https://www.npmjs.com/package/strategy-as-code (see "Report a bug" there) with the command you ran and the output of the same command with --debug.`,

  'render.written': (p: { count: number; dir: string }, w: Words) => `✔ ${w.count(p.count, 'file')} written to ${p.dir}.`,
  'error.import-file': (p: { file: string; reason: 'missing' | 'folder' | 'denied' | 'other'; detail?: string }, w: Words) =>
    `Cannot read ${w.quote(p.file)}: ${{ missing: 'there is no such file', folder: 'it is a folder, not an export', denied: 'you may not read it', other: `the system says ${p.detail ?? 'no more'}` }[p.reason]}. Check the name of the export. Nothing was imported.`,
  'error.import-rows': (p: { file: string; count: number; limit: number }, w: Words) =>
    `${w.quote(p.file)} has ${w.number(p.count)} lines, more than the ${w.number(p.limit)} an export of a year has. Export a shorter period. Nothing was imported.`,
  'error.import-columns': (p: { file: string; found: readonly string[]; platform?: string; wanting?: readonly string[] }, w: Words) =>
    p.platform
      ? `${w.quote(p.file)} looks like a ${p.platform} export, but no KPI takes its figures. Its columns: ${p.found.join(', ') || 'none'}. ${p.wanting && p.wanting.length > 0 ? `The ${p.platform} KPIs ask for: ${p.wanting.join('; ')}.` : `Say which KPI it feeds, under control.kpis: import: {platform: ${p.platform}, column: reach}.`} Nothing was imported.`
      : `${w.quote(p.file)} is neither a platform export this tool knows nor a sheet with date;kpi;value columns (found: ${p.found.length > 0 ? p.found.join(', ') : 'none'}). Give --platform (${IMPORT_PLATFORMS.join(', ')}) if it is an export, or a header such as date;kpi;value. Nothing was imported.`,
  'error.import-empty': (p: { file: string }, w: Words) =>
    `${w.quote(p.file)} is empty: it holds no headings and no rows. Export it again. Nothing was imported.`,
  'error.import-xls': (p: { file: string }, w: Words) =>
    `${w.quote(p.file)} is an old-style Excel file (.xls) that cannot be read: it is damaged or protected. Open it in Excel or LibreOffice and save it as .xlsx or .csv, then import that. Nothing was imported.`,
  'error.import-zip': (p: { file: string }, w: Words) =>
    `${w.quote(p.file)} is a zip file but not an Excel workbook (.xlsx). Unzip it (TikTok puts its CSV files in one) and import the CSV files. Nothing was imported.`,
  'measure.incomplete': (p: { kpi: string; period: string }, _w: Words) =>
    `  ${p.kpi}: ${p.period} left out, the export does not cover it whole; export the whole period to add it.`,
  'measure.not-ended': (p: { kpi: string; period: string }, _w: Words) => `  ${p.kpi}: ${p.period} left out, it has not ended yet.`,
  'error.import-value': (p: { file: string; line: number; what: 'date' | 'value'; value: string }, w: Words) =>
    `${p.file}:${p.line}: ${w.quote(p.value)} is not a ${p.what === 'date' ? 'date (2026-11-01, 1-11-2026)' : 'number'}. Nothing was imported.`,
  'error.import-ambiguous': (
    p: { file: string; line: number; value: string; what: 'date' | 'number'; readings: readonly [string, string] },
    w: Words,
  ) =>
    p.what === 'date'
      ? `${p.file}:${p.line}: ${w.quote(p.value)} is ${w.date(p.readings[0])} with the day first, or ${w.date(p.readings[1])} with the month first, and no other date in the file settles which. Give --date-order dmy (day first) or --date-order mdy (month first). Nothing was imported.`
      : `${p.file}:${p.line}: ${w.quote(p.value)} is ${p.readings[0]} with a decimal comma, or ${p.readings[1]} with a decimal point, and no other figure in the file settles which. Give --decimal , or --decimal . to say. Nothing was imported.`,
  'error.import-mixed': (
    p: { file: string; what: 'date' | 'number'; firstRow: { line: number; value: string }; secondRow: { line: number; value: string } },
    w: Words,
  ) =>
    p.what === 'date'
      ? `${p.file}: line ${p.firstRow.line} puts the day first (${w.quote(p.firstRow.value)}) and line ${p.secondRow.line} the month first (${w.quote(p.secondRow.value)}). One file has one order: check the export. Nothing was imported.`
      : `${p.file}: line ${p.firstRow.line} has a decimal point (${w.quote(p.firstRow.value)}) and line ${p.secondRow.line} a decimal comma (${w.quote(p.secondRow.value)}). One file has one decimal mark: check the export. Nothing was imported.`,
  'error.import-future': (p: { file: string; line: number; date: string; today: string }, w: Words) =>
    `${p.file}:${p.line}: ${w.date(p.date)} is after today (${w.date(p.today)}), so it cannot be a measurement. Check the export, or the order of day and month (--date-order dmy or mdy). Nothing was imported.`,
  'error.import-kpi': (p: { file: string; line: number; kpi: string; kpis: readonly string[]; suggestion?: string }, w: Words) =>
    `${p.file}:${p.line}: the strategy has no KPI ${w.quote(p.kpi)}.${p.suggestion ? ` Did you mean ${w.quote(p.suggestion)}?` : ''} Its KPIs: ${p.kpis.join(', ') || 'none yet'}. Nothing was imported.`,
  'error.import-no-control': (_p: Record<string, never>) =>
    'The measurements cannot be added: the strategy needs a control block with KPIs, and its measurements as a list. Write the KPIs under control first. Nothing was imported.',
  'measure.added': (p: { count: number; skipped: number; file: string }, w: Words) =>
    `${w.capital(w.count(p.count, 'reading'))} added to ${p.file}${p.skipped > 0 ? ` (${p.skipped} already there)` : ''}.`,
  'measure.differs': (p: { count: number; file: string }, w: Words) =>
    `${w.capital(w.count(p.count, 'reading'))} in the export ${p.count === 1 ? 'differs' : 'differ'} from what ${p.file} holds for the same day (~ above, stored → export). Run the import again with --update to replace ${p.count === 1 ? 'it' : 'them'}.`,
  'measure.updated': (p: { count: number; file: string }, w: Words) =>
    `${w.capital(w.count(p.count, 'reading'))} replaced in ${p.file} (~ above).`,
  'measure.would-update': (p: { count: number; file: string }, w: Words) =>
    `${w.capital(w.count(p.count, 'reading'))} would be replaced in ${p.file} (~ above); nothing was written.`,
  'measure.passed-over': (p: { file: string }, w: Words) => `${w.quote(p.file)} passed over: no KPI takes its figures.`,
  'measure.would-add': (p: { count: number; skipped: number; file: string }, w: Words) =>
    `${w.capital(w.count(p.count, 'reading'))} would be added to ${p.file}${p.skipped > 0 ? ` (${p.skipped} already there)` : ''}; nothing was written.`,
  'error.review-period': (p: { value: string }, w: Words) =>
    `${w.quote(p.value)} is not a period to review. Give a quarter (--quarter 2027Q1), a month (--quarter 2027-01) or two dates (--from 2027-01-01 --to 2027-03-31), the first day first.`,
  'review.written': (p: { file: string; period: string }) => `✔ Review of ${p.period} written to ${p.file}.`,
  'report.written': (p: { count: number; file: string }, w: Words) => `✔ Overview of ${w.count(p.count, 'file')} written to ${p.file}.`,
  'ci.title': (p: { file: string }) => `Strategy check: ${p.file}`,
  'ci.errors': (p: { errors: number; warnings: number }, w: Words) =>
    `${w.capital(w.count(p.errors, 'error'))}${p.warnings > 0 ? ` and ${w.count(p.warnings, 'warning')}` : ''}: fix the errors before this is merged.`,
  'ci.warnings': (p: { warnings: number }, w: Words) => `No errors; ${w.count(p.warnings, 'warning')} worth a look.`,
  'ci.clean': () => 'No errors or warnings: the strategy follows the method.',
  'ci.info': (p: { count: number }, w: Words) => `${w.count(p.count, 'finding')} for information`,
  'ci.this-request': () => 'this request',
  'ci.event-unreadable': (p: { file: string }) =>
    `GITHUB_EVENT_PATH (${p.file}) cannot be read as an event: the report has no pull request to compare with or comment on.`,
  'ci.no-diff-errors': () => 'One of the two versions is not readable YAML, so its changes are shown as the lines that changed:',
  'ci.new-findings': (p: { count: number }, w: Words) => `${w.capital(w.count(p.count, 'finding'))} this request brings in`,
  'ci.resolved': (p: { count: number }, w: Words) => `${w.capital(w.count(p.count, 'finding'))} this request resolves`,
  'ci.existing': (p: { count: number }, w: Words) =>
    `${w.capital(w.count(p.count, 'finding'))} that were already there before this request`,
  'ci.no-base': (p: { base: string; detail: string }) => `The changes since ${p.base} cannot be shown: ${p.detail}`,
  'ci.no-request': () => 'No base to compare with: the changes are shown on a pull or merge request.',
  'ci.commented': (p: { where: string }) => `✔ Report posted on ${p.where}.`,
  'ci.updated': (p: { where: string }) => `✔ Report updated on ${p.where}.`,
  'ci.comment-failed': (p: { detail: string }) =>
    `Could not post the report as a comment (${p.detail}); it is in the job summary. A pull request from a fork has a read-only token.`,
  'diff.title': () => 'Changes to the strategy',
  'diff.between': (p: { before: string; after: string }) => `from ${p.before} to ${p.after}.`,
  'diff.none': () => 'No changes to the content.',
  'diff.none-between': (p: { before: string; after: string }) => `No changes to the content from ${p.before} to ${p.after}.`,
  'diff.weakening': () => 'Weakening changes',
  'diff.other': () => 'Other changes',
  'diff.summary': (p: { before: string; after: string; count: number; weakening: number; rewrites?: number }, w: Words) =>
    `${w.capital(w.count(p.count, 'change'))} from ${p.before} to ${p.after}${p.rewrites ? `, ${p.rewrites} to measurements already recorded (!!)` : ''}${p.weakening > 0 ? `, ${p.weakening} weakening (!)` : ''}.`,
  'diff.rewrites': () => 'Measurements already recorded, changed or removed',
  'render.up-to-date': (p: { dir: string }) => `✔ The documents in ${p.dir} are up to date.`,
  'render.out-of-date': (p: { files: readonly string[] }, w: Words) =>
    `Out of date with the strategy: ${w.list(p.files)}. Run "strategy render" and commit the result.`,
  'templates.ejected': (p: { count: number; dir: string }, w: Words) =>
    `✔ ${w.count(p.count, 'template')} copied to ${p.dir}. Edit them, then run "strategy render --templates ${p.dir}". Templates are code that runs when you render: use only templates you trust.`,
  'summary.clean': (p: { files: number }, w: Words) => `✔ ${w.count(p.files, 'file')} checked, no findings.`,
  'summary.findings': (p: { files: number; error: number; warning: number; info: number }, w: Words) =>
    `${w.count(p.error + p.warning + p.info, 'finding')} (${w.number(p.error)} ${w.noun('error', p.error !== 1)}, ${w.number(p.warning)} ${w.noun('warning', p.warning !== 1)}, ${w.number(p.info)} info) in ${w.count(p.files, 'file')}.`,
};

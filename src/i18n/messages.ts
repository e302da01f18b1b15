// Every text a user reads that is not a rule's own (src/rules/<id>.ts has those): what the
// reader says about a file (yaml-syntax, schema, limits, checks), errors that stop a command
// and the lines that sum a run up, in English and Dutch. The Dutch table has the type of the
// English one, so a message missing in either language does not compile. Each text is made
// from plain data with the language's words (./words.ts).
import type { Language } from '../model/strategy.js';
import { words } from './words.js';
import type { Words } from './words.js';

/** The kinds of JSON value the schema asks for. */
import type { JsonType, ValueShape } from '../model/finding.js';
import { IMPORT_PLATFORMS } from '../model/import-platforms.js';
export type { JsonType, ValueShape };

const TYPE_NAMES: Record<Language, Record<JsonType, string>> = {
  en: {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    object: 'a block of keys ("key: value" lines)',
    array: 'a list (lines starting with "- ")',
    null: 'nothing (an empty value)',
  },
  nl: {
    string: 'tekst',
    number: 'een getal',
    integer: 'een geheel getal',
    boolean: 'true of false',
    object: 'een blok met sleutels (regels "sleutel: waarde")',
    array: 'een lijst (regels die beginnen met "- ")',
    null: 'niets (een lege waarde)',
  },
};

function shape(value: ValueShape, language: Language): string {
  const name = TYPE_NAMES[language][value.type];
  if (value.text === undefined) return name;
  return value.type === 'string' ? `${name} ${JSON.stringify(value.text)}` : `${name} (${value.text})`;
}

function size(bytes: number, w: Words): string {
  if (bytes >= 1024 * 1024) return `${w.number(bytes / (1024 * 1024))} MiB`;
  if (bytes >= 1024) return `${w.number(bytes / 1024)} KiB`;
  return `${bytes} B`;
}

type Option = { rule: string; option: string; known: readonly string[] };

/** What the common YAML mistakes mean, by the parser's error code; the parser's own words are English. */
const YAML_ERRORS: Record<Language, Record<string, string>> = {
  en: {
    BAD_INDENT: 'the indentation is off, or a bracket ([ or {) is not closed',
    MISSING_CHAR: 'a closing quote or bracket is missing',
    BLOCK_AS_IMPLICIT_KEY: 'a value holds a colon followed by a space ("a: b"): put the value in quotes, or check the indentation',
    MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line: is a colon missing after it, or is the line below indented too far?',
    BAD_SCALAR_START: 'a value starts with a character YAML reserves (@, `, %, |, >): put the value in quotes',
    BAD_DQ_ESCAPE: 'a backslash in double quotes starts an unknown escape: write \\\\ for a backslash, or use single quotes',
    UNEXPECTED_TOKEN: 'something stands where YAML does not expect it: check the indentation and the characters around it',
  },
  nl: {
    BAD_INDENT: 'het inspringen klopt niet, of een haakje ([ of {) is niet gesloten',
    MISSING_CHAR: 'er ontbreekt een sluitend aanhalingsteken of haakje',
    BLOCK_AS_IMPLICIT_KEY: 'een waarde bevat een dubbele punt gevolgd door een spatie ("a: b"): zet de waarde tussen aanhalingstekens, of controleer het inspringen',
    MULTILINE_IMPLICIT_KEY: 'een sleutel loopt over meer dan één regel: ontbreekt er een dubbele punt achter, of springt de regel eronder te ver in?',
    BAD_SCALAR_START: 'een waarde begint met een teken dat YAML voor zichzelf houdt (@, `, %, |, >): zet de waarde tussen aanhalingstekens',
    BAD_DQ_ESCAPE: 'een backslash tussen dubbele aanhalingstekens begint een onbekende code: schrijf \\\\ voor een backslash, of gebruik enkele aanhalingstekens',
    UNEXPECTED_TOKEN: 'er staat iets waar YAML het niet verwacht: controleer het inspringen en de tekens eromheen',
  },
};

const en = {
  'yaml.syntax': (p: { code: string; detail: string }) => `YAML syntax error: ${YAML_ERRORS.en[p.code] ?? p.detail}.`,
  'yaml.duplicate-key': (p: { key: string }, w: Words) =>
    `The key ${w.quote(p.key)} appears twice in the same block; keep one (the second would silently replace the first).`,
  'yaml.tab': () => 'A tab is used for indentation; YAML only allows spaces. Replace the tab with spaces.',
  'yaml.multiple-documents': () => 'The file holds more than one YAML document (a line "---" in the middle); a strategy is one document.',
  'yaml.alias-limit': () => 'The file uses too many aliases (*name) to expand safely; write the values out instead of referring to them.',
  'schema.more': (p: { count: number }, w: Words) => `${w.capital(w.number(p.count))} more errors like the ones above, in the same places, are not shown. Fix these first, then check again.`,
  'yaml.more': (p: { count: number }, w: Words) => `${w.capital(w.number(p.count))} more syntax errors like the ones above are not shown. Fix these first, then check again.`,
  'yaml.too-deep': () => 'The file nests blocks or lists too deeply to read; a strategy needs about six levels. Check the indentation and the brackets ([ ] and { }).',
  'file.empty': () => 'The file is empty. Start with "version: 1", or run "strategy init" to be walked through the blocks.',
  'file.not-mapping': (p: { type: 'array' | 'string' }) =>
    `The file holds ${TYPE_NAMES.en[p.type]}, but a strategy is a block of sections (version, organisation, goals, …).`,
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
  'schema.required': (p: { key: string; path: string }, w: Words) => `${p.path === '' ? 'The file' : w.quote(p.path)} lacks ${w.quote(p.key)}, which is required.`,
  'schema.unknown-key': (p: { key: string; suggestion?: string; allowed: readonly string[]; flowComma?: boolean }, w: Words) =>
    `Unknown key ${w.quote(p.key)}.${p.suggestion ? ` Did you mean ${w.quote(p.suggestion)}?` : ''} Allowed here: ${p.allowed.join(', ')}.${p.flowComma ? ' A comma inside { … } starts a new key: put text that contains a comma in quotes ("…").' : ''}`,
  'schema.enum': (p: { value: unknown; suggestion?: string; allowed: readonly unknown[] }, w: Words) =>
    `${w.quote(p.value)} is not one of the allowed values.${p.suggestion ? ` Did you mean ${w.quote(p.suggestion)}?` : ''} Allowed: ${p.allowed.join(', ')}.`,
  'schema.type': (p: { expected: readonly JsonType[]; actual: ValueShape }) =>
    `Expected ${p.expected.map((type) => TYPE_NAMES.en[type]).join(' / ')}, found ${shape(p.actual, 'en')}.`,
  'schema.date': (p: { value: unknown; suggestion?: string }, w: Words) =>
    `${w.quote(p.value)} is not a valid date. Write dates as YYYY-MM-DD${p.suggestion ? `, here ${p.suggestion}` : ', e.g. 2026-09-01'}.`,
  'schema.time': (p: { value: unknown }, w: Words) => `${w.quote(p.value)} is not a valid time. Write times as HH:MM on a 24-hour clock, e.g. 09:30.`,
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
    `Option ${w.quote(p.option)} must be ${TYPE_NAMES.en[p.expected]}.`,

  'error.calendar-too-large': (p: { count: number; limit: number }, w: Words) =>
    `The calendar would have ${w.number(p.count)} entries, more than the limit of ${w.number(p.limit)}. Check the period and the cadence's posts per week.`,
  'error.file-not-found': (p: { file: string }) => `Cannot find ${p.file}. Check the path, or run "strategy init" to create a strategy.`,
  'error.system-folder': (p: { file: string; folder: string }) =>
    `${p.file} is inside ${p.folder}, where the system shows itself; no file can be written there. Choose a folder of your own. Nothing was written.`,
  'error.outside-repository': (p: { file: string }) =>
    `${p.file} leads out of the repository (a link to a file elsewhere), so it is not read here. Use the strategy file itself in the repository, not a link to it.`,
  'error.not-a-folder': (p: { file: string }) => `${p.file} is a file, not a folder, so nothing can be written in it. Give a folder, e.g. docs. Nothing was written.`,
  'error.no-reader': (p: { file: string }) => `${p.file} is a pipe that nothing reads (or a socket), so the report cannot be written into it. Give a file, or start the reader first. Nothing was written.`,
  'error.system-file': (p: { file: string; folder: string }) => `${p.file} is inside ${p.folder}, where the system shows itself; it is not read. Give the path of a file of your own.`,
  'error.not-regular': (p: { file: string }) =>
    `${p.file} is not a regular file but a pipe, a device or a socket, so it is not read. Give the path of the file itself.`,
  'error.is-directory': (p: { file: string }) => `${p.file} is a directory, not a strategy file. Give the path of the file inside it, e.g. ${p.file}/strategy.yaml.`,
  'error.read': (p: { file: string; detail: string }) => `Cannot read ${p.file}: ${p.detail}. Check that it exists and that you may read it.`,
  'error.not-utf8': (p: { file: string }) => `${p.file} is not UTF-8 text. Save it as UTF-8 (in most editors: "Save as" → encoding UTF-8).`,
  'error.unknown-rule': (p: { rule: string; suggestion?: string }, w: Words) =>
    `Unknown rule ${w.quote(p.rule)}.${p.suggestion ? ` Did you mean ${w.quote(p.suggestion)}?` : ''} Run "strategy rules" for the list.`,
  'error.rule-option': (p: { value: string }, w: Words) =>
    `--rule ${w.quote(p.value)} is not understood: write --rule <rule-id>=<off|info|warning|error>, e.g. --rule two-admins=error.`,
  'error.no-match': (p: { pattern: string }, w: Words) =>
    `No file matches ${w.quote(p.pattern)}. Check the pattern, and quote it so the shell leaves it alone ("**/strategy.yaml").`,
  'error.unknown-format': (p: { format: string; formats: readonly string[] }, w: Words) => `Unknown format ${w.quote(p.format)}. Formats: ${p.formats.join(', ')}.`,
  'error.output-without-format': (p: { file: string }) =>
    `--output ${p.file} follows no --format of its own: give each output file its own --format before it (--format sarif --output ${p.file}).`,
  'error.same-output': (p: { first: string; second: string }) => `${p.first} and ${p.second} write the same file, so one report would replace the other. Give each --format its own --output.`,
  'error.two-to-stdout': () => 'Only one --format can go to the terminal; give the others an --output file.',
  'error.output-is-input': (p: { file: string }) => `--output ${p.file} is one of the strategy files being checked: the report would replace it. Give another file. Nothing was written.`,
  'error.not-a-number': (p: { option: string; value: string }, w: Words) => `${p.option} needs a whole number of 0 or more, not ${w.quote(p.value)}. Give one, e.g. ${p.option} 0.`,
  'error.write': (p: { file: string; detail: string }) => `Cannot write ${p.file}: ${p.detail}. Nothing was changed.`,
  'error.write-partial': (p: { file: string; detail: string; written: readonly string[]; kept: readonly string[] }, w: Words) =>
    `Cannot write ${p.file}: ${p.detail}. Written: ${w.list(p.written)}; left as they were: ${w.list(p.kept)}. Fix the cause and run the command again to finish.`,
  'error.created-meanwhile': (p: { file: string }) => `${p.file} was created by another run in the meantime; it is kept as it is. Check it, then run init again with --block to change it. Nothing was written.`,
  'error.init-unreadable': (p: { file: string }) =>
    `${p.file} exists but cannot be edited: it is not a readable strategy (see \"strategy check ${p.file}\"). Fix it, move it away, or use --force to replace it. Nothing was written.`,
  'error.template': (p: { template: string; detail: string }) => `Template ${p.template} cannot be used: ${p.detail}.`,
  'error.templates-dir': (p: { dir: string }) => `--templates ${p.dir} is not a folder. Give the folder that holds your templates (make one with "strategy templates eject ${p.dir}").`,
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
  'error.output-of-input': (p: { file: string }) => `${p.file} is a strategy this command reads: writing there would replace it. Give another file or folder. Nothing was written.`,
  'error.read-only': (p: { file: string }) => `${p.file} is read-only, so it is left as it is. Make it writable first. Nothing was written.`,
  'error.import-invalid': (p: { file: string; detail: string }) => `The measurements cannot be added: ${p.file} would then be invalid. ${p.detail} Nothing was imported.`,
  'error.import-encoding': (p: { file: string; line: number }) =>
    `${p.file}:${p.line}: this line holds a character that was lost before the file reached strategy (shown as �). Export the file again, or save it from Excel as "CSV UTF-8". Nothing was imported.`,
  'error.import-quote': (p: { file: string; line: number }) => `${p.file}:${p.line}: a quote opens here and is never closed, so the rows after it cannot be read. Nothing was imported.`,
  'error.import-conflict': (p: { file: string; line: number; kpi: string; date: string; first: number; second: number }) =>
    `${p.file}:${p.line}: ${p.kpi} on ${p.date} has two values in the import (${p.first} and ${p.second}). Keep one. Nothing was imported.`,
  'error.import-too-large': (p: { file: string; limit: number; what: 'unpacked' | 'file' | 'cells' | 'text' } | { file: string; limit: number; what: 'rows'; sheet: string }, w: Words) =>
    `${p.file} is too large to import: ${p.what === 'rows' ? `sheet ${w.quote(p.sheet)} has more than ${w.number(p.limit)} rows` : p.what === 'cells' ? `it has more than ${w.number(p.limit)} cells` : p.what === 'text' ? `its cells hold more than ${size(p.limit, w)} of text` : p.what === 'unpacked' ? `it unpacks to more than ${size(p.limit, w)}` : `it is larger than ${size(p.limit, w)}`}. Export a shorter period. Nothing was imported.`,
  'error.ci-base': (p: { base: string; detail: string }) =>
    `The base of the request (${p.base}) cannot be read from git: ${p.detail}. Check it out with the history (actions/checkout with fetch-depth: 0, or GIT_DEPTH: 0 on GitLab).`,
  'error.render-busy': (p: { dir: string; lock: string }) =>
    `Another strategy render is writing ${p.dir}. Run render again when it is done; if no render runs, remove ${p.lock}. Nothing was written.`,
  'error.rule-errors': (p: { file: string; count: number }, w: Words) =>
    `${p.file} has ${w.count(p.count, 'error')} by the method (above): a document of a strategy that strategy check fails is not published. Fix ${p.count === 1 ? 'it' : 'them'}, or use --force to render all the same. Nothing was written.`,
  'error.refuse-overwrite': (p: { files: readonly string[]; command?: string }, w: Words) =>
    `Not written: ${w.list(p.files)} ${p.files.length === 1 ? 'was' : 'were'} not made by strategy ${p.command ?? 'render'}, or changed by hand since. Move your changes into strategy.yaml or a template, or use --force to overwrite. Nothing was written.`,
  'error.unknown-output': (p: { name: string; names: readonly string[] }, w: Words) => `Unknown output ${w.quote(p.name)}. Outputs: ${p.names.join(', ')}.`,
  'error.unknown-channel': (p: { channel: string; channels: readonly string[]; suggestion?: string }, w: Words) =>
    p.channels.length === 0
      ? `The strategy has no channels yet, so no channel ${w.quote(p.channel)}. Run it without --channel.`
      : `The strategy has no channel ${w.quote(p.channel)}.${p.suggestion ? ` Did you mean ${w.quote(p.suggestion)}?` : ''} Give one of its channels: ${p.channels.join(', ')}.`,
  'error.reversed-range': (p: { from: string; to: string }, w: Words) => `--from ${p.from} is after --to ${p.to}. Give the first day first, e.g. --from ${p.to} --to ${p.from}.`,
  'error.bad-date': (p: { option: string; value: string }, w: Words) => `${p.option} needs a date as YYYY-MM-DD, not ${w.quote(p.value)}. Give one, e.g. ${p.option} 2026-09-01.`,
  'error.git': (p: { revision: string; file: string; detail: string }, w: Words) =>
    `Cannot read ${w.quote(p.file)} at ${w.quote(p.revision)} from git: ${p.detail}. Give a revision of this repository (HEAD~1, main) or two files.`,
  'error.diff-invalid': (p: { file: string; count: number }, w: Words) => `${p.file} is not a valid strategy (${w.count(p.count, 'error')}); run strategy check on it first.`,
  'error.eject-exists': (p: { files: readonly string[] }, w: Words) =>
    `Not copied: ${w.list(p.files)} already exist${p.files.length === 1 ? 's' : ''}. Use --force to overwrite them. Nothing was copied.`,
  'error.unknown-block': (p: { block: string; blocks: readonly string[]; dutch: readonly string[]; suggestion?: string }, w: Words) =>
    `Unknown block ${w.quote(p.block)}.${p.suggestion ? ` Did you mean ${w.quote(p.suggestion)}?` : ''} Blocks: ${p.blocks.join(', ')} (or the Dutch names: ${p.dutch.join(', ')}).`,
  'error.unknown-example': (p: { name: string; examples: readonly string[] }, w: Words) => `Unknown example ${w.quote(p.name)}. Examples: ${p.examples.join(', ')}.`,
  'error.bad-set': (p: { value: string }, w: Words) => `--set ${w.quote(p.value)} is not understood: write --set key.path=value, e.g. --set organisation.name="ROC Example".`,
  'error.bad-set-value': (p: { value: string; detail: string }, w: Words) => `--set ${w.quote(p.value)}: ${p.detail} Nothing was written.`,
  'error.init-exists': (p: { file: string }) => `${p.file} exists already. Use --block <block> to change part of it, or --force to replace it. Nothing was written.`,
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
  'error.import-empty': (p: { file: string }, w: Words) => `${w.quote(p.file)} is empty: it holds no headings and no rows. Export it again. Nothing was imported.`,
  'error.import-xls': (p: { file: string }, w: Words) => `${w.quote(p.file)} is an old-style Excel file (.xls) that cannot be read: it is damaged or protected. Open it in Excel or LibreOffice and save it as .xlsx or .csv, then import that. Nothing was imported.`,
  'error.import-zip': (p: { file: string }, w: Words) => `${w.quote(p.file)} is a zip file but not an Excel workbook (.xlsx). Unzip it (TikTok puts its CSV files in one) and import the CSV files. Nothing was imported.`,
  'measure.incomplete': (p: { kpi: string; period: string }, w: Words) => `  ${p.kpi}: ${p.period} left out, the export does not cover it whole; export the whole period to add it.`,
  'measure.not-ended': (p: { kpi: string; period: string }, w: Words) => `  ${p.kpi}: ${p.period} left out, it has not ended yet.`,
  'error.import-value': (p: { file: string; line: number; what: 'date' | 'value'; value: string }, w: Words) =>
    `${p.file}:${p.line}: ${w.quote(p.value)} is not a ${p.what === 'date' ? 'date (2026-11-01, 1-11-2026)' : 'number'}. Nothing was imported.`,
  'error.import-ambiguous': (p: { file: string; line: number; value: string; what: 'date' | 'number'; readings: readonly [string, string] }, w: Words) =>
    p.what === 'date'
      ? `${p.file}:${p.line}: ${w.quote(p.value)} is ${w.date(p.readings[0])} with the day first, or ${w.date(p.readings[1])} with the month first, and no other date in the file settles which. Give --date-order dmy (day first) or --date-order mdy (month first). Nothing was imported.`
      : `${p.file}:${p.line}: ${w.quote(p.value)} is ${p.readings[0]} with a decimal comma, or ${p.readings[1]} with a decimal point, and no other figure in the file settles which. Give --decimal , or --decimal . to say. Nothing was imported.`,
  'error.import-mixed': (p: { file: string; what: 'date' | 'number'; firstRow: { line: number; value: string }; secondRow: { line: number; value: string } }, w: Words) =>
    p.what === 'date'
      ? `${p.file}: line ${p.firstRow.line} puts the day first (${w.quote(p.firstRow.value)}) and line ${p.secondRow.line} the month first (${w.quote(p.secondRow.value)}). One file has one order: check the export. Nothing was imported.`
      : `${p.file}: line ${p.firstRow.line} has a decimal point (${w.quote(p.firstRow.value)}) and line ${p.secondRow.line} a decimal comma (${w.quote(p.secondRow.value)}). One file has one decimal mark: check the export. Nothing was imported.`,
  'error.import-future': (p: { file: string; line: number; date: string; today: string }, w: Words) =>
    `${p.file}:${p.line}: ${w.date(p.date)} is after today (${w.date(p.today)}), so it cannot be a measurement. Check the export, or the order of day and month (--date-order dmy or mdy). Nothing was imported.`,
  'error.import-kpi': (p: { file: string; line: number; kpi: string; kpis: readonly string[]; suggestion?: string }, w: Words) =>
    `${p.file}:${p.line}: the strategy has no KPI ${w.quote(p.kpi)}.${p.suggestion ? ` Did you mean ${w.quote(p.suggestion)}?` : ''} Its KPIs: ${p.kpis.join(', ') || 'none yet'}. Nothing was imported.`,
  'error.import-no-control': (_p: Record<string, never>) => 'The measurements cannot be added: the strategy needs a control block with KPIs, and its measurements as a list. Write the KPIs under control first. Nothing was imported.',
  'measure.added': (p: { count: number; skipped: number; file: string }, w: Words) =>
    `${w.capital(w.count(p.count, 'reading'))} added to ${p.file}${p.skipped > 0 ? ` (${p.skipped} already there)` : ''}.`,
  'measure.differs': (p: { count: number; file: string }, w: Words) =>
    `${w.capital(w.count(p.count, 'reading'))} in the export ${p.count === 1 ? 'differs' : 'differ'} from what ${p.file} holds for the same day (~ above, stored → export). Run the import again with --update to replace ${p.count === 1 ? 'it' : 'them'}.`,
  'measure.updated': (p: { count: number; file: string }, w: Words) => `${w.capital(w.count(p.count, 'reading'))} replaced in ${p.file} (~ above).`,
  'measure.would-update': (p: { count: number; file: string }, w: Words) => `${w.capital(w.count(p.count, 'reading'))} would be replaced in ${p.file} (~ above); nothing was written.`,
  'measure.passed-over': (p: { file: string }, w: Words) => `${w.quote(p.file)} passed over: no KPI takes its figures.`,
  'measure.would-add': (p: { count: number; skipped: number; file: string }, w: Words) =>
    `${w.capital(w.count(p.count, 'reading'))} would be added to ${p.file}${p.skipped > 0 ? ` (${p.skipped} already there)` : ''}; nothing was written.`,
  'error.review-period': (p: { value: string }, w: Words) =>
    `${w.quote(p.value)} is not a period to review. Give a quarter (--quarter 2027Q1), a month (--quarter 2027-01) or two dates (--from 2027-01-01 --to 2027-03-31), the first day first.`,
  'review.written': (p: { file: string; period: string }) => `✔ Review of ${p.period} written to ${p.file}.`,
  'report.written': (p: { count: number; file: string }, w: Words) => `✔ Overview of ${w.count(p.count, 'file')} written to ${p.file}.`,
  'ci.title': (p: { file: string }) => `Strategy check: ${p.file}`,
  'ci.errors': (p: { errors: number; warnings: number }, w: Words) => `${w.capital(w.count(p.errors, 'error'))}${p.warnings > 0 ? ` and ${w.count(p.warnings, 'warning')}` : ''}: fix the errors before this is merged.`,
  'ci.warnings': (p: { warnings: number }, w: Words) => `No errors; ${w.count(p.warnings, 'warning')} worth a look.`,
  'ci.clean': () => 'No errors or warnings: the strategy follows the method.',
  'ci.info': (p: { count: number }, w: Words) => `${w.count(p.count, 'finding')} for information`,
  'ci.this-request': () => 'this request',
  'ci.event-unreadable': (p: { file: string }) => `GITHUB_EVENT_PATH (${p.file}) cannot be read as an event: the report has no pull request to compare with or comment on.`,
  'ci.no-diff-errors': () => 'One of the two versions is not readable YAML, so its changes are shown as the lines that changed:',
  'ci.new-findings': (p: { count: number }, w: Words) => `${w.capital(w.count(p.count, 'finding'))} this request brings in`,
  'ci.resolved': (p: { count: number }, w: Words) => `${w.capital(w.count(p.count, 'finding'))} this request resolves`,
  'ci.existing': (p: { count: number }, w: Words) => `${w.capital(w.count(p.count, 'finding'))} that were already there before this request`,
  'ci.no-base': (p: { base: string; detail: string }) => `The changes since ${p.base} cannot be shown: ${p.detail}`,
  'ci.no-request': () => 'No base to compare with: the changes are shown on a pull or merge request.',
  'ci.commented': (p: { where: string }) => `✔ Report posted on ${p.where}.`,
  'ci.updated': (p: { where: string }) => `✔ Report updated on ${p.where}.`,
  'ci.comment-failed': (p: { detail: string }) => `Could not post the report as a comment (${p.detail}); it is in the job summary. A pull request from a fork has a read-only token.`,
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
  'render.out-of-date': (p: { files: readonly string[] }, w: Words) => `Out of date with the strategy: ${w.list(p.files)}. Run "strategy render" and commit the result.`,
  'templates.ejected': (p: { count: number; dir: string }, w: Words) =>
    `✔ ${w.count(p.count, 'template')} copied to ${p.dir}. Edit them, then run "strategy render --templates ${p.dir}". Templates are code that runs when you render: use only templates you trust.`,
  'summary.clean': (p: { files: number }, w: Words) => `✔ ${w.count(p.files, 'file')} checked, no findings.`,
  'summary.findings': (p: { files: number; error: number; warning: number; info: number }, w: Words) =>
    `${w.count(p.error + p.warning + p.info, 'finding')} (${w.number(p.error)} ${w.noun('error', p.error !== 1)}, ${w.number(p.warning)} ${w.noun('warning', p.warning !== 1)}, ${w.number(p.info)} info) in ${w.count(p.files, 'file')}.`,
};

export type Messages = typeof en;
export type MessageId = keyof Messages;

const nl: Messages = {
  'yaml.syntax': (p) => `YAML-syntaxfout: ${YAML_ERRORS.nl[p.code] ?? `de YAML-lezer meldt (in het Engels): ${p.detail}`}.`,
  'yaml.duplicate-key': (p, w) => `De sleutel ${w.quote(p.key)} staat twee keer in hetzelfde blok; laat er één staan (de tweede zou de eerste ongemerkt vervangen).`,
  'yaml.tab': () => 'Er is met een tab ingesprongen; YAML staat alleen spaties toe. Vervang de tab door spaties.',
  'yaml.multiple-documents': () => 'Het bestand bevat meer dan één YAML-document (een regel "---" midden in het bestand); een strategie is één document.',
  'yaml.alias-limit': () => 'Het bestand gebruikt te veel aliassen (*naam) om veilig te verwerken; schrijf de waarden voluit in plaats van ernaar te verwijzen.',
  'schema.more': (p, w) => `Nog ${w.number(p.count)} fouten zoals de fouten hierboven, op dezelfde plekken, worden niet getoond. Herstel eerst deze en controleer dan opnieuw.`,
  'yaml.more': (p, w) => `Nog ${w.number(p.count)} syntaxfouten zoals de fouten hierboven worden niet getoond. Herstel eerst deze en controleer dan opnieuw.`,
  'yaml.too-deep': () => 'Blokken of lijsten zijn in dit bestand te diep genest om te lezen; een strategie heeft ongeveer zes niveaus nodig. Controleer het inspringen en de haakjes ([ ] en { }).',
  'file.empty': () => 'Het bestand is leeg. Begin met "version: 1", of voer "strategy init" uit om blok voor blok door de strategie te gaan.',
  'file.not-mapping': (p) => `Het bestand bevat ${TYPE_NAMES.nl[p.type]}, maar een strategie is een blok met onderdelen (version, organisation, goals, …).`,
  'file.too-large': (p, w) =>
    `Het bestand is ${p.bytes >= p.limit * 1.05 ? `${size(p.bytes, w)}, groter dan het maximum van` : 'groter dan het maximum van'} ${size(p.limit, w)}; een strategie is zelden meer dan een paar honderd KiB. Zet gearchiveerde kalenderitems in een apart bestand.`,
  'file.too-many-values': (p, w) =>
    `Het bestand heeft ${w.number(p.count)} regels en lijstitems, meer dan het maximum van ${w.number(p.limit)}; een strategie met een druk jaar aan berichten heeft er zo’n tienduizend. Zet oude kalenderitems in een archiefbestand.`,
  'file.too-many-marks': (p, w) =>
    `Het bestand heeft ${w.number(p.count)} ankers (&), verwijzingen (*), tags (!) en tekens op een verkeerde plek (haakjes of aanhalingstekens die niets openen of sluiten, een tweede dubbele punt), meer dan het maximum van ${w.number(p.limit)}; een strategie heeft er geen of een paar nodig. Controleer de haakjes ([ ] en { }) en de aanhalingstekens.`,
  'file.too-deep': (p) => `Blokken en lijsten zijn hier meer dan ${p.limit} niveaus diep genest, het maximum; een strategie heeft er ongeveer zes nodig. Controleer het inspringen en de haakjes ([ ] en { }).`,
  'file.too-many-items': (p, w) => `De kalender heeft ${w.count(p.count, 'calendar-item')}, meer dan het maximum van ${w.number(p.limit)}. Zet oude kalenderitems in een archiefbestand.`,
  'schema.required': (p, w) => `${p.path === '' ? 'Het bestand' : w.quote(p.path)} mist ${w.quote(p.key)}; die sleutel is verplicht.`,
  'schema.unknown-key': (p, w) =>
    `Onbekende sleutel ${w.quote(p.key)}.${p.suggestion ? ` Bedoelde je ${w.quote(p.suggestion)}?` : ''} Toegestaan op deze plek: ${p.allowed.join(', ')}.${p.flowComma ? ' Een komma binnen { … } begint een nieuwe sleutel: zet tekst met een komma tussen aanhalingstekens ("…").' : ''}`,
  'schema.enum': (p, w) => `${w.quote(p.value)} is geen toegestane waarde.${p.suggestion ? ` Bedoelde je ${w.quote(p.suggestion)}?` : ''} Toegestaan: ${p.allowed.join(', ')}.`,
  'schema.type': (p) => `Hier hoort ${p.expected.map((type) => TYPE_NAMES.nl[type]).join(' / ')}, maar er staat ${shape(p.actual, 'nl')}.`,
  'schema.date': (p, w) => `${w.quote(p.value)} is geen geldige datum. Schrijf datums als JJJJ-MM-DD${p.suggestion ? `, hier ${p.suggestion}` : ', bijvoorbeeld 2026-09-01'}.`,
  'schema.time': (p, w) => `${w.quote(p.value)} is geen geldige tijd. Schrijf tijden als UU:MM op een klok van 24 uur, bijvoorbeeld 09:30.`,
  'schema.id': (p, w) => `${w.quote(p.value)} is geen geldige id: gebruik kleine letters, cijfers en koppeltekens${p.suggestion ? `, bijvoorbeeld ${w.quote(p.suggestion)}` : ''}.`,
  'schema.url': (p, w) => `${w.quote(p.value)} is geen webadres; het moet beginnen met https:// (of http://).`,
  'schema.email': (p, w) => `${w.quote(p.value)} is geen geldig e-mailadres.`,
  'schema.minimum': (p, w) => `Het getal moet minstens ${w.number(p.limit, 6)} zijn.`,
  'schema.maximum': (p, w) => `Het getal mag hoogstens ${w.number(p.limit, 6)} zijn.`,
  'schema.empty': () => 'Deze tekst is leeg; vul hem in of haal de sleutel weg.',
  'schema.too-long': (p) => `Deze tekst is langer dan ${p.limit} tekens.`,
  'schema.duplicate-item': (p, w) => `${w.quote(p.value)} staat meer dan één keer in deze lijst.`,
  'schema.version': (p, w) => `Versie ${w.quote(p.value)} wordt niet ondersteund: deze versie van strategy leest formaatversie 1. Schrijf "version: 1".`,
  'schema.other': (p) => `Hier niet geldig: ${p.detail}.`,
  'checks.unknown-rule': (p, w) => `Onbekende regel ${w.quote(p.rule)}.${p.suggestion ? ` Bedoelde je ${w.quote(p.suggestion)}?` : ''} Voer "strategy rules" uit voor de lijst.`,
  'checks.unknown-option': (p, w) =>
    `Regel ${w.quote(p.rule)} heeft geen optie ${w.quote(p.option)}. ${p.known.length > 0 ? `Opties: ${p.known.join(', ')}.` : 'De regel heeft geen opties.'}`,
  'checks.option-type': (p, w) => `Optie ${w.quote(p.option)} moet ${TYPE_NAMES.nl[p.expected]} zijn.`,

  'error.calendar-too-large': (p, w) =>
    `De kalender zou ${w.number(p.count)} kalenderitems krijgen, meer dan het maximum van ${w.number(p.limit)}. Controleer de periode en het publicatieritme (berichten per week).`,
  'error.file-not-found': (p) => `${p.file} is niet gevonden. Controleer het pad, of voer "strategy init" uit om een strategie te maken.`,
  'error.system-folder': (p) => `${p.file} ligt in ${p.folder}, waar het systeem zichzelf laat zien; daar kan geen bestand worden geschreven. Kies een eigen map. Er is niets geschreven.`,
  'error.outside-repository': (p) => `${p.file} leidt buiten de repository (een link naar een bestand elders) en wordt hier daarom niet gelezen. Commit de strategie zelf, geen link ernaar.`,
  'error.not-a-folder': (p) => `${p.file} is een bestand, geen map, dus daarin kan niets worden geschreven. Geef een map op, bijvoorbeeld docs. Er is niets geschreven.`,
  'error.no-reader': (p) => `${p.file} is een pipe die niemand leest (of een socket), dus het rapport kan er niet in worden geschreven. Geef een bestand op, of start eerst wat het leest. Er is niets geschreven.`,
  'error.system-file': (p) => `${p.file} ligt in ${p.folder}, waar het systeem zichzelf laat zien, en wordt niet gelezen. Geef het pad van een eigen bestand.`,
  'error.not-regular': (p) => `${p.file} is geen gewoon bestand maar een pipe, een apparaat of een socket, en wordt daarom niet gelezen. Geef het bestand zelf op.`,
  'error.is-directory': (p) => `${p.file} is een map, geen strategiebestand. Geef het pad van het bestand in die map, bijvoorbeeld ${p.file}/strategy.yaml.`,
  'error.read': (p) => `${p.file} kan niet worden gelezen: ${p.detail}. Controleer of het bestand bestaat en of je het mag lezen.`,
  'error.not-utf8': (p) => `${p.file} is geen UTF-8-tekst. Sla het op als UTF-8 (in de meeste editors: "Opslaan als" → codering UTF-8).`,
  'error.unknown-rule': (p, w) => `Onbekende regel ${w.quote(p.rule)}.${p.suggestion ? ` Bedoelde je ${w.quote(p.suggestion)}?` : ''} Voer "strategy rules" uit voor de lijst.`,
  'error.rule-option': (p, w) => `--rule ${w.quote(p.value)} wordt niet herkend: schrijf --rule <regel-id>=<off|info|warning|error>, bijvoorbeeld --rule two-admins=error.`,
  'error.no-match': (p, w) =>
    `Geen enkel bestand komt overeen met ${w.quote(p.pattern)}. Controleer het patroon en zet het tussen aanhalingstekens, zodat de shell het ongemoeid laat ("**/strategy.yaml").`,
  'error.unknown-format': (p, w) => `Onbekend formaat ${w.quote(p.format)}. Kies uit: ${p.formats.join(', ')}.`,
  'error.output-without-format': (p) => `Bij --output ${p.file} hoort geen eigen --format: zet vóór elk uitvoerbestand een eigen --format (--format sarif --output ${p.file}).`,
  'error.same-output': (p) => `${p.first} en ${p.second} schrijven naar hetzelfde bestand, zodat het ene rapport het andere zou vervangen. Geef elk --format een eigen --output.`,
  'error.two-to-stdout': () => 'Er kan maar één --format naar het scherm; geef de andere een --output-bestand.',
  'error.output-is-input': (p) => `--output ${p.file} is een van de strategiebestanden die worden gecontroleerd: het verslag zou het vervangen. Kies een ander bestand. Er is niets geschreven.`,
  'error.not-a-number': (p, w) => `${p.option} verwacht een geheel getal van 0 of meer, niet ${w.quote(p.value)}. Bijvoorbeeld: ${p.option} 0.`,
  'error.write': (p) => `${p.file} kan niet worden geschreven: ${p.detail}. Er is niets veranderd.`,
  'error.write-partial': (p, w) =>
    `${p.file} kan niet worden geschreven: ${p.detail}. Geschreven: ${w.list(p.written)}; ongewijzigd: ${w.list(p.kept)}. Los de oorzaak op en voer de opdracht opnieuw uit om het af te maken.`,
  'error.created-meanwhile': (p) => `${p.file} is intussen door een andere opdracht gemaakt; dat bestand blijft zoals het is. Bekijk het en voer init daarna opnieuw uit met --block om het aan te passen. Er is niets geschreven.`,
  'error.init-unreadable': (p) =>
    `${p.file} bestaat al, maar kan niet worden aangepast: het is geen leesbare strategie (zie \"strategy check ${p.file}\"). Herstel het, zet het ergens anders neer, of gebruik --force om het te vervangen. Er is niets geschreven.`,
  'error.template': (p) => `Sjabloon ${p.template} is niet bruikbaar: ${p.detail}.`,
  'error.templates-dir': (p) => `--templates ${p.dir} is geen map. Geef de map met je sjablonen (maak er een met "strategy templates eject ${p.dir}").`,
  'error.template-outside': (p) =>
    `${p.template} is een koppeling naar een bestand buiten de sjablonenmap; sjablonen zijn code die meedraait als je de documenten maakt, dus alleen bestanden in de map zelf worden gebruikt. Kopieer het bestand in de map.`,
  'error.init-invalid': (p, w) =>
    `Met deze waarden zou ${p.file} ${w.count(p.count, 'error')} volgens de methode bevatten (zie hierboven). Er is niets geschreven. Geef andere waarden met --set of in het --answers-bestand, of voer strategy init uit in een terminal om de vragen te krijgen.`,
  'error.invalid-strategy': (p, w) =>
    `${p.file} bevat ${w.count(p.count, 'error')} (zie hierboven); herstel ${p.count === 1 ? 'die' : 'ze'} eerst, of voer "strategy check ${p.file}" uit.`,
  'error.init-busy': (p) => `Een andere strategy ${p.command ?? 'init'} schrijft ${p.dir}. Voer ${p.command ?? 'init'} opnieuw uit als die klaar is; draait er geen, haal dan ${p.lock} weg. Er is niets geschreven.`,
  'error.changed-meanwhile': (p) =>
    `${p.file} is door iemand anders aangepast sinds ${p.command ?? 'init'} het las; het bestand blijft zoals het is. Voer ${p.command ?? 'init'} opnieuw uit om je wijzigingen daarbovenop te maken. Er is niets geschreven.`,
  'error.output-of-input': (p) => `${p.file} is een strategie die deze opdracht leest: schrijven zou die vervangen. Kies een ander bestand of een andere map. Er is niets geschreven.`,
  'error.read-only': (p) => `${p.file} is alleen-lezen en blijft daarom zoals het is. Maak het eerst schrijfbaar. Er is niets geschreven.`,
  'error.import-invalid': (p) => `De metingen kunnen niet worden toegevoegd: ${p.file} zou dan ongeldig worden. ${p.detail} Er is niets geïmporteerd.`,
  'error.import-encoding': (p) => `${p.file}:${p.line}: op deze regel staat een teken dat al verloren was voordat het bestand bij strategy kwam (te zien als �). Exporteer het bestand opnieuw, of sla het in Excel op als "CSV UTF-8". Er is niets geïmporteerd.`,
  'error.import-quote': (p) => `${p.file}:${p.line}: hier opent een aanhalingsteken dat nergens wordt gesloten, zodat de regels daarna niet te lezen zijn. Er is niets geïmporteerd.`,
  'error.import-conflict': (p) => `${p.file}:${p.line}: ${p.kpi} heeft op ${p.date} twee waarden in de import (${p.first} en ${p.second}). Houd er één over. Er is niets geïmporteerd.`,
  'error.import-too-large': (p, w) =>
    `${p.file} is te groot om te importeren: ${p.what === 'rows' ? `werkblad ${w.quote(p.sheet)} heeft meer dan ${w.number(p.limit)} rijen` : p.what === 'cells' ? `het heeft meer dan ${w.number(p.limit)} cellen` : p.what === 'text' ? `de cellen bevatten meer dan ${size(p.limit, w)} tekst` : p.what === 'unpacked' ? `uitgepakt is het meer dan ${size(p.limit, w)}` : `het is groter dan ${size(p.limit, w)}`}. Exporteer een kortere periode. Er is niets geïmporteerd.`,
  'error.ci-base': (p) => `De basis van het verzoek (${p.base}) is niet uit git te lezen: ${p.detail}. Haal de geschiedenis mee op (actions/checkout met fetch-depth: 0, of GIT_DEPTH: 0 in GitLab).`,
  'error.render-busy': (p) => `Een andere strategy render schrijft in ${p.dir}. Voer render opnieuw uit als die klaar is; draait er geen, haal dan ${p.lock} weg. Er is niets geschreven.`,
  'error.rule-errors': (p, w) =>
    `${p.file} bevat ${w.count(p.count, 'error')} volgens de methode (zie hierboven): een strategie die strategy check afkeurt, wordt niet gepubliceerd. Herstel ${p.count === 1 ? 'die' : 'ze'}, of gebruik --force om de documenten toch te maken. Er is niets geschreven.`,
  'error.refuse-overwrite': (p, w) =>
    `${w.list(p.files)} ${p.files.length === 1 ? 'is' : 'zijn'} niet door strategy ${p.command ?? 'render'} gemaakt, of daarna met de hand aangepast. Zet je wijzigingen in strategy.yaml of in een sjabloon, of gebruik --force om te overschrijven. Er is niets geschreven.`,
  'error.unknown-output': (p, w) => `Onbekende uitvoer ${w.quote(p.name)}. Kies uit: ${p.names.join(', ')}.`,
  'error.unknown-channel': (p, w) =>
    p.channels.length === 0
      ? `De strategie heeft nog geen kanalen, dus ook geen kanaal ${w.quote(p.channel)}. Laat --channel weg.`
      : `De strategie heeft geen kanaal ${w.quote(p.channel)}.${p.suggestion ? ` Bedoel je ${w.quote(p.suggestion)}?` : ''} Kies een van deze kanalen: ${p.channels.join(', ')}.`,
  'error.reversed-range': (p, w) => `--from ${p.from} valt na --to ${p.to}. Geef eerst de eerste dag, bijvoorbeeld --from ${p.to} --to ${p.from}.`,
  'error.bad-date': (p, w) => `${p.option} verwacht een datum in de vorm JJJJ-MM-DD, niet ${w.quote(p.value)}. Bijvoorbeeld: ${p.option} 2026-09-01.`,
  'error.git': (p, w) => `Kan ${w.quote(p.file)} bij ${w.quote(p.revision)} niet uit git lezen: ${p.detail}. Geef een versie uit deze repository (HEAD~1, main) of twee bestanden.`,
  'error.diff-invalid': (p, w) => `${p.file} is geen geldige strategie (${w.count(p.count, 'error')}); controleer het eerst met strategy check.`,
  'error.eject-exists': (p, w) =>
    `Niet gekopieerd: ${w.list(p.files)} ${p.files.length === 1 ? 'bestaat' : 'bestaan'} al. Gebruik --force om te overschrijven. Er is niets gekopieerd.`,
  'error.unknown-block': (p, w) =>
    `Onbekend blok ${w.quote(p.block)}.${p.suggestion ? ` Bedoelde je ${w.quote(p.suggestion)}?` : ''} Kies uit: ${p.dutch.join(', ')} (of de Engelse namen: ${p.blocks.join(', ')}).`,
  'error.unknown-example': (p, w) => `Onbekend voorbeeld ${w.quote(p.name)}. Kies uit: ${p.examples.join(', ')}.`,
  'error.bad-set': (p, w) => `--set ${w.quote(p.value)} wordt niet herkend: schrijf --set sleutel.pad=waarde, bijvoorbeeld --set organisation.name="ROC Voorbeeld".`,
  'error.bad-set-value': (p, w) => `--set ${w.quote(p.value)}: ${p.detail} Er is niets opgeslagen.`,
  'error.init-exists': (p) => `${p.file} bestaat al. Gebruik --block <blok> om een deel aan te passen, of --force om het te vervangen. Er is niets geschreven.`,
  'error.internal': (p) =>
    `Interne fout: ${p.detail}. Dit is een fout in strategy: meld hem via https://www.npmjs.com/package/strategy-as-code ("Report a bug"), met de opdracht die je gaf en de uitvoer van dezelfde opdracht met --debug.`,

  'render.written': (p, w) => `✔ ${w.count(p.count, 'file')} geschreven naar ${p.dir}.`,
  'error.import-file': (p, w) =>
    `Kan ${w.quote(p.file)} niet lezen: ${{ missing: 'dat bestand bestaat niet', folder: 'het is een map, geen export', denied: 'je mag het niet lezen', other: `het systeem meldt ${p.detail ?? 'verder niets'}` }[p.reason]}. Controleer de naam van de export. Er is niets geïmporteerd.`,
  'error.import-rows': (p, w) => `${w.quote(p.file)} heeft ${w.number(p.count)} regels, meer dan de ${w.number(p.limit)} van een export van een jaar. Exporteer een kortere periode. Er is niets geïmporteerd.`,
  'error.import-columns': (p, w) =>
    p.platform
      ? `${w.quote(p.file)} lijkt een export van ${p.platform}, maar geen enkele KPI haalt er cijfers uit. De kolommen: ${p.found.join(', ') || 'geen'}. ${p.wanting && p.wanting.length > 0 ? `De KPI’s voor ${p.platform} vragen om: ${p.wanting.join('; ')}.` : `Zeg bij een KPI onder control.kpis welke kolom hij gebruikt: import: {platform: ${p.platform}, column: reach}.`} Er is niets geïmporteerd.`
      : `${w.quote(p.file)} is geen export van een platform dat dit programma kent, en ook geen overzicht met de kolommen datum;kpi;waarde (gevonden: ${p.found.length > 0 ? p.found.join(', ') : 'geen'}). Geef --platform (${IMPORT_PLATFORMS.join(', ')}) als het een export is, of een kopregel als datum;kpi;waarde. Er is niets geïmporteerd.`,
  'error.import-empty': (p, w) => `${w.quote(p.file)} is leeg: er staan geen kolomkoppen en geen rijen in. Exporteer het opnieuw. Er is niets geïmporteerd.`,
  'error.import-xls': (p, w) => `${w.quote(p.file)} is een Excel-bestand in de oude vorm (.xls) dat niet te lezen is: het is beschadigd of beveiligd. Open het in Excel of LibreOffice, sla het op als .xlsx of .csv en importeer dat. Er is niets geïmporteerd.`,
  'error.import-zip': (p, w) => `${w.quote(p.file)} is een zipbestand, maar geen Excel-werkmap (.xlsx). Pak het uit (TikTok levert de CSV-bestanden in een zipbestand) en importeer de CSV-bestanden. Er is niets geïmporteerd.`,
  'measure.incomplete': (p) => `  ${p.kpi}: ${p.period} overgeslagen, want de export beslaat die periode niet helemaal; exporteer de hele periode om hem toe te voegen.`,
  'measure.not-ended': (p) => `  ${p.kpi}: ${p.period} overgeslagen, want die periode is nog niet voorbij.`,
  'error.import-value': (p, w) => `${p.file}:${p.line}: ${w.quote(p.value)} is geen ${p.what === 'date' ? 'datum (2026-11-01, 1-11-2026)' : 'getal'}. Er is niets geïmporteerd.`,
  'error.import-ambiguous': (p, w) =>
    p.what === 'date'
      ? `${p.file}:${p.line}: ${w.quote(p.value)} is ${w.date(p.readings[0])} als de dag voorop staat, of ${w.date(p.readings[1])} als de maand voorop staat, en geen andere datum in het bestand maakt duidelijk welke. Geef --date-order dmy (dag eerst) of --date-order mdy (maand eerst). Er is niets geïmporteerd.`
      : `${p.file}:${p.line}: ${w.quote(p.value)} is ${p.readings[0]} met een decimale komma, of ${p.readings[1]} met een decimale punt, en geen ander getal in het bestand maakt duidelijk welke. Geef --decimal , of --decimal . om het te zeggen. Er is niets geïmporteerd.`,
  'error.import-mixed': (p, w) =>
    p.what === 'date'
      ? `${p.file}: regel ${p.firstRow.line} zet de dag voorop (${w.quote(p.firstRow.value)}) en regel ${p.secondRow.line} de maand (${w.quote(p.secondRow.value)}). Eén bestand gebruikt één volgorde: controleer de export. Er is niets geïmporteerd.`
      : `${p.file}: regel ${p.firstRow.line} heeft een decimale punt (${w.quote(p.firstRow.value)}) en regel ${p.secondRow.line} een decimale komma (${w.quote(p.secondRow.value)}). Eén bestand gebruikt één decimaalteken: controleer de export. Er is niets geïmporteerd.`,
  'error.import-future': (p, w) =>
    `${p.file}:${p.line}: ${w.date(p.date)} ligt na vandaag (${w.date(p.today)}), dus dat kan geen meting zijn. Controleer de export, of de volgorde van dag en maand (--date-order dmy of mdy). Er is niets geïmporteerd.`,
  'error.import-kpi': (p, w) =>
    `${p.file}:${p.line}: de strategie heeft geen KPI ${w.quote(p.kpi)}.${p.suggestion ? ` Bedoel je ${w.quote(p.suggestion)}?` : ''} De KPI's: ${p.kpis.join(', ') || 'nog geen'}. Er is niets geïmporteerd.`,
  'error.import-no-control': () => 'De metingen kunnen niet worden toegevoegd: de strategie heeft een blok meten en evalueren met KPI’s nodig, en de metingen als lijst. Zet eerst de KPI’s onder control. Er is niets geïmporteerd.',
  'measure.added': (p, w) => `${w.capital(w.count(p.count, 'reading'))} toegevoegd aan ${p.file}${p.skipped > 0 ? ` (${p.skipped} stond${p.skipped === 1 ? '' : 'en'} er al)` : ''}.`,
  'measure.differs': (p, w) =>
    `${w.capital(w.count(p.count, 'reading'))} in de export ${p.count === 1 ? 'wijkt' : 'wijken'} af van wat ${p.file} voor dezelfde dag bevat (~ hierboven, opgeslagen → export). Voer de import opnieuw uit met --update om ${p.count === 1 ? 'die' : 'ze'} te vervangen.`,
  'measure.updated': (p, w) => `${w.capital(w.count(p.count, 'reading'))} vervangen in ${p.file} (~ hierboven).`,
  'measure.would-update': (p, w) => `${w.capital(w.count(p.count, 'reading'))} zou${p.count === 1 ? '' : 'den'} worden vervangen in ${p.file} (~ hierboven); er is niets geschreven.`,
  'measure.passed-over': (p, w) => `${w.quote(p.file)} overgeslagen: geen KPI haalt er cijfers uit.`,
  'measure.would-add': (p, w) => `${p.count === 0 ? 'Er zouden geen metingen' : `${w.capital(w.count(p.count, 'reading'))} zou${p.count === 1 ? '' : 'den'}`} worden toegevoegd aan ${p.file}${p.skipped > 0 ? ` (${p.skipped} stond${p.skipped === 1 ? '' : 'en'} er al)` : ''}; er is niets geschreven.`,
  'error.review-period': (p, w) =>
    `${w.quote(p.value)} is geen periode om op terug te blikken. Geef een kwartaal (--quarter 2027Q1), een maand (--quarter 2027-01) of twee datums (--from 2027-01-01 --to 2027-03-31), de eerste dag eerst.`,
  'review.written': (p) => `✔ Terugblik op ${p.period} geschreven naar ${p.file}.`,
  'report.written': (p, w) => `✔ Overzicht van ${w.count(p.count, 'file')} geschreven naar ${p.file}.`,
  'ci.title': (p) => `Strategiecheck: ${p.file}`,
  'ci.errors': (p, w) => `${w.capital(w.count(p.errors, 'error'))}${p.warnings > 0 ? ` en ${w.count(p.warnings, 'warning')}` : ''}: herstel de fouten voordat dit wordt samengevoegd.`,
  'ci.warnings': (p, w) => `Geen fouten; ${w.count(p.warnings, 'warning')} om naar te kijken.`,
  'ci.clean': () => 'Geen fouten of waarschuwingen: de strategie volgt de methode.',
  'ci.info': (p, w) => `${w.capital(w.count(p.count, 'finding'))} ter informatie`,
  'ci.this-request': () => 'dit voorstel',
  'ci.event-unreadable': (p) => `GITHUB_EVENT_PATH (${p.file}) is niet als gebeurtenis te lezen: het verslag heeft geen pull request om mee te vergelijken of op te reageren.`,
  'ci.no-diff-errors': () => 'Een van beide versies is geen leesbare YAML; daarom staan de wijzigingen hier als de regels die veranderd zijn:',
  'ci.new-findings': (p, w) => `${w.capital(w.count(p.count, 'finding'))} die dit voorstel meebrengt`,
  'ci.resolved': (p, w) => `${w.capital(w.count(p.count, 'finding'))} opgelost door dit voorstel`,
  'ci.existing': (p, w) => `${w.capital(w.count(p.count, 'finding'))} die er vóór dit voorstel al waren`,
  'ci.no-base': (p) => `De wijzigingen sinds ${p.base} kunnen niet worden getoond: ${p.detail}`,
  'ci.no-request': () => 'Niets om mee te vergelijken: de wijzigingen worden getoond bij een pull request of merge request.',
  'ci.commented': (p) => `✔ Verslag geplaatst bij ${p.where}.`,
  'ci.updated': (p) => `✔ Verslag bijgewerkt bij ${p.where}.`,
  'ci.comment-failed': (p) => `Het verslag kon niet als reactie worden geplaatst (${p.detail}); het staat in de samenvatting van de job. Een pull request vanuit een fork heeft een token met alleen leesrechten.`,
  'diff.title': () => 'Wijzigingen in de strategie',
  'diff.between': (p) => `van ${p.before} naar ${p.after}.`,
  'diff.none': () => 'Geen inhoudelijke wijzigingen.',
  'diff.none-between': (p) => `Geen inhoudelijke wijzigingen van ${p.before} naar ${p.after}.`,
  'diff.weakening': () => 'Afzwakkingen',
  'diff.other': () => 'Overige wijzigingen',
  'diff.summary': (p, w) =>
    `${w.capital(w.count(p.count, 'change'))} van ${p.before} naar ${p.after}${p.rewrites ? `, waarvan ${p.rewrites} aan eerder vastgelegde metingen (!!)` : ''}${p.weakening > 0 ? `, ${p.rewrites ? '' : 'waarvan '}${p.weakening} ${p.weakening === 1 ? 'afzwakking' : 'afzwakkingen'} (!)` : ''}.`,
  'diff.rewrites': () => 'Eerder vastgelegde metingen gewijzigd of verwijderd',
  'render.up-to-date': (p) => `✔ De documenten in ${p.dir} zijn al actueel.`,
  'render.out-of-date': (p, w) => `Ontbreekt of is niet meer actueel: ${w.list(p.files)}. Voer "strategy render" uit en zet het resultaat in Git (commit).`,
  'templates.ejected': (p, w) =>
    `✔ ${w.count(p.count, 'template')} gekopieerd naar ${p.dir}. Pas ${p.count === 1 ? 'het' : 'ze'} aan en voer dan "strategy render --templates ${p.dir}" uit. Sjablonen zijn code die meedraait als je de documenten maakt: gebruik alleen sjablonen die je vertrouwt.`,
  'summary.clean': (p, w) => `✔ ${w.count(p.files, 'file')} gecontroleerd, geen meldingen.`,
  'summary.findings': (p, w) =>
    `${w.count(p.error + p.warning + p.info, 'finding')} (${w.number(p.error)} ${w.noun('error', p.error !== 1)}, ${w.number(p.warning)} ${w.noun('warning', p.warning !== 1)}, ${w.number(p.info)} info) in ${w.count(p.files, 'file')}.`,
};

const tables: Record<Language, Messages> = { en, nl };

type Data<K extends MessageId> = Parameters<Messages[K]>[0];

/** A message's text; messages without data take none. */
export type Translate = <K extends MessageId>(id: K, ...data: Data<K> extends undefined ? [] : [Data<K>]) => string;

export function translator(language: Language): Translate {
  const table = tables[language];
  const w = words(language);
  return (id, ...data) => (table[id] as (data: unknown, w: Words) => string)(data[0], w);
}

export const messageIds = Object.keys(en) as MessageId[];

export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(en, id);
}

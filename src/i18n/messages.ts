// Every text a user reads from `check`, in English and Dutch. The Dutch table has the type of
// the English one, so a message missing in either language does not compile.
import type { Language } from '../model/strategy.js';
import { ruleMessagesEn, ruleMessagesNl } from './rule-messages.js';

const q = (value: unknown): string => JSON.stringify(String(value));
const list = (values: readonly unknown[]): string => values.map((v) => String(v)).join(', ');

const en = {
  ...ruleMessagesEn,
  'yaml.syntax': (p: { detail: string }) => `YAML syntax error: ${p.detail}.`,
  'yaml.duplicate-key': (p: { key: string }) =>
    `The key ${q(p.key)} appears twice in the same block; keep one (the second would silently replace the first).`,
  'yaml.tab': () => 'A tab is used for indentation; YAML only allows spaces. Replace the tab with spaces.',
  'yaml.multiple-documents': () =>
    'The file holds more than one YAML document (a line "---" in the middle); a strategy is one document.',
  'yaml.alias-limit': () =>
    'The file uses too many aliases (*name) to expand safely; write the values out instead of referring to them.',
  'yaml.too-deep': () =>
    'The file nests blocks or lists too deeply to read; a strategy needs about six levels. Check the indentation and the brackets.',
  'file.empty': () => 'The file is empty. Start with "version: 1", or run "strategy init" to be walked through the blocks.',
  'file.not-mapping': (p: { kind: string }) =>
    `The file holds ${p.kind}, but a strategy is a block of sections (version, organisation, goals, …).`,
  'file.too-large': (p: { size: string; limit: string }) =>
    `The file is ${p.size}, more than the limit of ${p.limit}; a strategy is rarely more than a few hundred KiB. Move archived calendar items to a separate file.`,
  'file.too-deep': (p: { depth: number; limit: number }) =>
    `Blocks and lists nest ${p.depth} levels deep here, more than the limit of ${p.limit}; a strategy needs about six. Check the indentation.`,
  'file.too-many-items': (p: { count: number; limit: number }) =>
    `The calendar has ${p.count} items, more than the limit of ${p.limit}. Move past items to an archive file.`,
  'error.calendar-too-large': (p: { count: number; limit: number }) =>
    `The calendar would have ${p.count} entries, more than the limit of ${p.limit}. Check the period and the cadence's posts per week.`,
  'schema.required': (p: { key: string; where: string }) => `${p.where} lacks ${q(p.key)}, which is required.`,
  'schema.unknown-key': (p: { key: string; suggestion?: string; allowed: readonly string[] }) =>
    `Unknown key ${q(p.key)}.${p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : ''} Allowed here: ${list(p.allowed)}.`,
  'schema.flow-comma': () =>
    'A comma inside { … } starts a new key: put text that contains a comma in quotes ("…").',
  'schema.enum': (p: { value: unknown; suggestion?: string; allowed: readonly unknown[] }) =>
    `${q(p.value)} is not one of the allowed values.${p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : ''} Allowed: ${list(p.allowed)}.`,
  'schema.type': (p: { expected: string; actual: string }) => `Expected ${p.expected}, found ${p.actual}.`,
  'schema.date': (p: { value: unknown; suggestion?: string }) =>
    `${q(p.value)} is not a valid date. Write dates as YYYY-MM-DD${p.suggestion ? `, here ${p.suggestion}` : ', e.g. 2026-09-01'}.`,
  'schema.time': (p: { value: unknown }) => `${q(p.value)} is not a valid time. Write times as HH:MM on a 24-hour clock, e.g. 09:30.`,
  'schema.id': (p: { value: unknown; suggestion?: string }) =>
    `${q(p.value)} is not a valid id: use lower-case letters, digits and hyphens${p.suggestion ? `, e.g. ${q(p.suggestion)}` : ''}.`,
  'schema.url': (p: { value: unknown }) => `${q(p.value)} is not a web address; it must start with https:// (or http://).`,
  'schema.email': (p: { value: unknown }) => `${q(p.value)} is not a valid e-mail address.`,
  'schema.minimum': (p: { limit: number }) => `The number must be at least ${p.limit}.`,
  'schema.maximum': (p: { limit: number }) => `The number must be at most ${p.limit}.`,
  'schema.empty': () => 'This text is empty; fill it in or remove the key.',
  'schema.too-long': (p: { limit: number }) => `This text is longer than ${p.limit} characters.`,
  'schema.duplicate-item': (p: { value: unknown }) => `${q(p.value)} appears more than once in this list.`,
  'schema.version': (p: { value: unknown }) =>
    `Version ${q(p.value)} is not supported: this version of strategy reads format version 1. Write "version: 1".`,
  'schema.other': (p: { detail: string }) => `Not valid here: ${p.detail}.`,
  'where.document': () => 'The file',
  'where.entry': (p: { name: string }) => `${q(p.name)}`,
  'type.string': () => 'text',
  'type.number': () => 'a number',
  'type.integer': () => 'a whole number',
  'type.boolean': () => 'true or false',
  'type.object': () => 'a block of keys ("key: value" lines)',
  'type.array': () => 'a list (lines starting with "- ")',
  'type.null': () => 'nothing (an empty value)',
  'error.file-not-found': (p: { file: string }) =>
    `Cannot find ${p.file}. Check the path, or run "strategy init" to create a strategy.`,
  'error.is-directory': (p: { file: string }) => `${p.file} is a directory, not a strategy file. Give the path of the file inside it, e.g. ${p.file}/strategy.yaml.`,
  'error.read': (p: { file: string; detail: string }) => `Cannot read ${p.file}: ${p.detail}. Check that it exists and that you may read it.`,
  'error.not-utf8': (p: { file: string }) =>
    `${p.file} is not UTF-8 text. Save it as UTF-8 (in most editors: "Save as" → encoding UTF-8).`,
  'error.unknown-rule': (p: { rule: string; suggestion?: string }) =>
    `Unknown rule ${q(p.rule)}.${p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : ''} Run "strategy rules" for the list.`,
  'error.rule-option': (p: { value: string }) =>
    `--rule ${q(p.value)} is not understood: write --rule <rule-id>=<off|info|warning|error>, e.g. --rule two-admins=error.`,
  'error.no-match': (p: { pattern: string }) => `No file matches ${q(p.pattern)}. Check the pattern, and quote it so the shell leaves it alone ("**/strategy.yaml").`,
  'error.unknown-format': (p: { format: string; formats: readonly string[] }) =>
    `Unknown format ${q(p.format)}. Formats: ${list(p.formats)}.`,
  'error.output-without-format': (p: { file: string }) =>
    `--output ${p.file} follows no --format of its own: give each output file its own --format before it (--format sarif --output ${p.file}).`,
  'error.two-to-stdout': () => 'Only one --format can go to the terminal; give the others an --output file.',
  'error.not-a-number': (p: { option: string; value: string }) => `${p.option} needs a whole number of 0 or more, not ${q(p.value)}. Give one, e.g. ${p.option} 0.`,
  'error.write': (p: { file: string; detail: string }) => `Cannot write ${p.file}: ${p.detail}. Nothing was changed.`,
  'error.template': (p: { template: string; detail: string }) => `Template ${p.template} cannot be used: ${p.detail}.`,
  'error.invalid-strategy': (p: { file: string; count: number }) =>
    `${p.file} has ${p.count} ${p.count === 1 ? 'error' : 'errors'} (above); fix ${p.count === 1 ? 'it' : 'them'} before rendering, or run "strategy check ${p.file}".`,
  'error.refuse-overwrite': (p: { files: readonly string[] }) =>
    `Not written: ${list(p.files)} ${p.files.length === 1 ? 'was' : 'were'} not made by strategy render, or changed by hand since. Move your changes into strategy.yaml or a template, or use --force to overwrite. Nothing was written.`,
  'error.unknown-output': (p: { name: string; names: readonly string[] }) => `Unknown output ${q(p.name)}. Outputs: ${list(p.names)}.`,
  'error.unknown-channel': (p: { channel: string; channels: readonly string[] }) =>
    p.channels.length === 0 ? `The strategy has no channels yet, so no channel ${q(p.channel)}. Run it without --channel.` : `The strategy has no channel ${q(p.channel)}. Give one of its channels: ${list(p.channels)}.`,
  'error.bad-date': (p: { option: string; value: string }) => `${p.option} needs a date as YYYY-MM-DD, not ${q(p.value)}. Give one, e.g. ${p.option} 2026-09-01.`,
  'error.eject-exists': (p: { files: readonly string[] }) =>
    `Not copied: ${list(p.files)} already exist${p.files.length === 1 ? 's' : ''}. Use --force to overwrite them. Nothing was copied.`,
  'render.written': (p: { count: number; dir: string }) => `✔ ${p.count} ${p.count === 1 ? 'file' : 'files'} written to ${p.dir}.`,
  'render.up-to-date': (p: { dir: string }) => `✔ The documents in ${p.dir} are up to date.`,
  'render.out-of-date': (p: { files: readonly string[] }) =>
    `Out of date with the strategy: ${list(p.files)}. Run "strategy render" and commit the result.`,
  'templates.ejected': (p: { count: number; dir: string }) =>
    `✔ ${p.count} templates copied to ${p.dir}. Edit them, then run "strategy render --templates ${p.dir}".`,
  'error.unknown-block': (p: { block: string; blocks: readonly string[] }) => `Unknown block ${q(p.block)}. Blocks: ${list(p.blocks)}.`,
  'error.unknown-example': (p: { name: string; examples: readonly string[] }) => `Unknown example ${q(p.name)}. Examples: ${list(p.examples)}.`,
  'error.bad-set': (p: { value: string }) => `--set ${q(p.value)} is not understood: write --set key.path=value, e.g. --set organisation.name="ROC Example".`,
  'error.init-exists': (p: { file: string }) =>
    `${p.file} exists already. Use --block <block> to change part of it, or --force to replace it. Nothing was written.`,
  'error.internal': (p: { detail: string }) =>
    `Internal error: ${p.detail}. This is a bug in strategy: please report it at https://www.npmjs.com/package/strategy-as-code (see "Report a bug" there) with the command you ran and the output of the same command with --debug.`,
  'summary.clean': (p: { files: number }) => `✔ ${p.files} ${p.files === 1 ? 'file' : 'files'} checked, no findings.`,
  'summary.findings': (p: { files: number; error: number; warning: number; info: number }) =>
    `${p.error + p.warning + p.info} ${p.error + p.warning + p.info === 1 ? 'finding' : 'findings'} (${p.error} ${p.error === 1 ? 'error' : 'errors'}, ${p.warning} ${p.warning === 1 ? 'warning' : 'warnings'}, ${p.info} info) in ${p.files} ${p.files === 1 ? 'file' : 'files'}.`,
};

export type Messages = typeof en;
export type MessageId = keyof Messages;

const nl: Messages = {
  ...ruleMessagesNl,
  'yaml.syntax': (p) => `YAML-syntaxfout: ${p.detail}.`,
  'yaml.duplicate-key': (p) =>
    `De sleutel ${q(p.key)} staat twee keer in hetzelfde blok; houd er één (de tweede zou de eerste ongemerkt vervangen).`,
  'yaml.tab': () => 'Er is met een tab ingesprongen; YAML staat alleen spaties toe. Vervang de tab door spaties.',
  'yaml.multiple-documents': () =>
    'Het bestand bevat meer dan één YAML-document (een regel "---" halverwege); een strategie is één document.',
  'yaml.alias-limit': () =>
    'Het bestand gebruikt te veel aliassen (*naam) om veilig uit te vouwen; schrijf de waarden uit in plaats van ernaar te verwijzen.',
  'yaml.too-deep': () =>
    'Het bestand nest blokken of lijsten te diep om te lezen; een strategie heeft ongeveer zes niveaus nodig. Controleer het inspringen en de haken.',
  'file.empty': () => 'Het bestand is leeg. Begin met "version: 1", of start "strategy init" om stap voor stap door de bouwstenen te gaan.',
  'file.not-mapping': (p) =>
    `Het bestand bevat ${p.kind}, maar een strategie is een blok met onderdelen (version, organisation, goals, …).`,
  'file.too-large': (p) =>
    `Het bestand is ${p.size}, groter dan de grens van ${p.limit}; een strategie is zelden meer dan een paar honderd KiB. Zet gearchiveerde kalenderitems in een apart bestand.`,
  'file.too-deep': (p) =>
    `Blokken en lijsten zijn hier ${p.depth} niveaus diep genest, meer dan de grens van ${p.limit}; een strategie heeft er ongeveer zes nodig. Controleer het inspringen.`,
  'file.too-many-items': (p) => `De kalender heeft ${p.count} items, meer dan de grens van ${p.limit}. Zet oude items in een archiefbestand.`,
  'error.calendar-too-large': (p) =>
    `De kalender zou ${p.count} items krijgen, meer dan de grens van ${p.limit}. Controleer de periode en het aantal berichten per week.`,
  'schema.required': (p) => `${p.where} mist ${q(p.key)}; dat veld is verplicht.`,
  'schema.unknown-key': (p) =>
    `Onbekende sleutel ${q(p.key)}.${p.suggestion ? ` Bedoelde je ${q(p.suggestion)}?` : ''} Toegestaan op deze plek: ${list(p.allowed)}.`,
  'schema.flow-comma': () =>
    'Een komma binnen { … } begint een nieuwe sleutel: zet tekst met een komma tussen aanhalingstekens ("…").',
  'schema.enum': (p) =>
    `${q(p.value)} is geen toegestane waarde.${p.suggestion ? ` Bedoelde je ${q(p.suggestion)}?` : ''} Toegestaan: ${list(p.allowed)}.`,
  'schema.type': (p) => `Verwacht ${p.expected}, gevonden ${p.actual}.`,
  'schema.date': (p) =>
    `${q(p.value)} is geen geldige datum. Schrijf datums als JJJJ-MM-DD (YYYY-MM-DD)${p.suggestion ? `, hier ${p.suggestion}` : ', bijvoorbeeld 2026-09-01'}.`,
  'schema.time': (p) => `${q(p.value)} is geen geldige tijd. Schrijf tijden als UU:MM in 24-uursnotatie, bijvoorbeeld 09:30.`,
  'schema.id': (p) =>
    `${q(p.value)} is geen geldige id: gebruik kleine letters, cijfers en koppeltekens${p.suggestion ? `, bijvoorbeeld ${q(p.suggestion)}` : ''}.`,
  'schema.url': (p) => `${q(p.value)} is geen webadres; het moet beginnen met https:// (of http://).`,
  'schema.email': (p) => `${q(p.value)} is geen geldig e-mailadres.`,
  'schema.minimum': (p) => `Het getal moet minstens ${p.limit} zijn.`,
  'schema.maximum': (p) => `Het getal mag hoogstens ${p.limit} zijn.`,
  'schema.empty': () => 'Deze tekst is leeg; vul hem in of haal de sleutel weg.',
  'schema.too-long': (p) => `Deze tekst is langer dan ${p.limit} tekens.`,
  'schema.duplicate-item': (p) => `${q(p.value)} staat meer dan eens in deze lijst.`,
  'schema.version': (p) =>
    `Versie ${q(p.value)} wordt niet ondersteund: deze versie van strategy leest bestandsversie 1. Schrijf "version: 1".`,
  'schema.other': (p) => `Hier niet geldig: ${p.detail}.`,
  'where.document': () => 'Het bestand',
  'where.entry': (p) => `${q(p.name)}`,
  'type.string': () => 'tekst',
  'type.number': () => 'een getal',
  'type.integer': () => 'een geheel getal',
  'type.boolean': () => 'true of false',
  'type.object': () => 'een blok met sleutels (regels "sleutel: waarde")',
  'type.array': () => 'een lijst (regels die beginnen met "- ")',
  'type.null': () => 'niets (een lege waarde)',
  'error.file-not-found': (p) =>
    `Kan ${p.file} niet vinden. Controleer het pad, of start "strategy init" om een strategie te maken.`,
  'error.is-directory': (p) => `${p.file} is een map, geen strategiebestand. Geef het pad van het bestand erin, bijvoorbeeld ${p.file}/strategy.yaml.`,
  'error.read': (p) => `Kan ${p.file} niet lezen: ${p.detail}. Controleer of het bestaat en of je het mag lezen.`,
  'error.not-utf8': (p) =>
    `${p.file} is geen UTF-8-tekst. Sla het op als UTF-8 (in de meeste editors: "Opslaan als" → codering UTF-8).`,
  'error.unknown-rule': (p) =>
    `Onbekende regel ${q(p.rule)}.${p.suggestion ? ` Bedoelde je ${q(p.suggestion)}?` : ''} "strategy rules" geeft de lijst.`,
  'error.rule-option': (p) =>
    `--rule ${q(p.value)} wordt niet begrepen: schrijf --rule <regel-id>=<off|info|warning|error>, bijvoorbeeld --rule two-admins=error.`,
  'error.no-match': (p) => `Geen enkel bestand past bij ${q(p.pattern)}. Controleer het patroon, en zet het tussen aanhalingstekens zodat de shell het niet uitvouwt ("**/strategy.yaml").`,
  'error.unknown-format': (p) => `Onbekend formaat ${q(p.format)}. Formaten: ${list(p.formats)}.`,
  'error.output-without-format': (p) =>
    `--output ${p.file} hoort bij geen eigen --format: zet voor elk uitvoerbestand een eigen --format (--format sarif --output ${p.file}).`,
  'error.two-to-stdout': () => 'Maar één --format kan naar het scherm; geef de andere een --output-bestand.',
  'error.not-a-number': (p) => `${p.option} vraagt een geheel getal van 0 of meer, niet ${q(p.value)}. Geef er een, bijvoorbeeld ${p.option} 0.`,
  'error.write': (p) => `Kan ${p.file} niet schrijven: ${p.detail}. Er is niets veranderd.`,
  'error.template': (p) => `Sjabloon ${p.template} is niet te gebruiken: ${p.detail}.`,
  'error.invalid-strategy': (p) =>
    `${p.file} heeft ${p.count} ${p.count === 1 ? 'fout' : 'fouten'} (hierboven); herstel ${p.count === 1 ? 'die' : 'ze'} voor het renderen, of start "strategy check ${p.file}".`,
  'error.refuse-overwrite': (p) =>
    `Niet geschreven: ${list(p.files)} ${p.files.length === 1 ? 'is' : 'zijn'} niet door strategy render gemaakt, of sindsdien met de hand veranderd. Zet je wijzigingen in strategy.yaml of een sjabloon, of gebruik --force om te overschrijven. Er is niets geschreven.`,
  'error.unknown-output': (p) => `Onbekende uitvoer ${q(p.name)}. Mogelijk: ${list(p.names)}.`,
  'error.unknown-channel': (p) =>
    p.channels.length === 0 ? `De strategie heeft nog geen kanalen, dus ook geen kanaal ${q(p.channel)}. Laat --channel weg.` : `De strategie heeft geen kanaal ${q(p.channel)}. Kies een van deze kanalen: ${list(p.channels)}.`,
  'error.bad-date': (p) => `${p.option} vraagt een datum als JJJJ-MM-DD, niet ${q(p.value)}. Geef er een, bijvoorbeeld ${p.option} 2026-09-01.`,
  'error.eject-exists': (p) =>
    `Niet gekopieerd: ${list(p.files)} ${p.files.length === 1 ? 'bestaat' : 'bestaan'} al. Gebruik --force om te overschrijven. Er is niets gekopieerd.`,
  'render.written': (p) => `✔ ${p.count} ${p.count === 1 ? 'bestand' : 'bestanden'} geschreven naar ${p.dir}.`,
  'render.up-to-date': (p) => `✔ De documenten in ${p.dir} zijn bijgewerkt.`,
  'render.out-of-date': (p) => `Niet bijgewerkt met de strategie: ${list(p.files)}. Start "strategy render" en commit het resultaat.`,
  'templates.ejected': (p) =>
    `✔ ${p.count} sjablonen gekopieerd naar ${p.dir}. Pas ze aan en start dan "strategy render --templates ${p.dir}".`,
  'error.unknown-block': (p) => `Onbekend blok ${q(p.block)}. Blokken: ${list(p.blocks)}.`,
  'error.unknown-example': (p) => `Onbekend voorbeeld ${q(p.name)}. Voorbeelden: ${list(p.examples)}.`,
  'error.bad-set': (p) => `--set ${q(p.value)} wordt niet begrepen: schrijf --set sleutel.pad=waarde, bijvoorbeeld --set organisation.name="ROC Voorbeeld".`,
  'error.init-exists': (p) =>
    `${p.file} bestaat al. Gebruik --block <blok> om een deel aan te passen, of --force om het te vervangen. Er is niets geschreven.`,
  'error.internal': (p) =>
    `Interne fout: ${p.detail}. Dit is een fout in strategy: meld hem via https://www.npmjs.com/package/strategy-as-code ("Report a bug") met de opdracht die je gaf en de uitvoer van dezelfde opdracht met --debug.`,
  'summary.clean': (p) => `✔ ${p.files} ${p.files === 1 ? 'bestand' : 'bestanden'} gecontroleerd, geen meldingen.`,
  'summary.findings': (p) =>
    `${p.error + p.warning + p.info} ${p.error + p.warning + p.info === 1 ? 'melding' : 'meldingen'} (${p.error} ${p.error === 1 ? 'fout' : 'fouten'}, ${p.warning} ${p.warning === 1 ? 'waarschuwing' : 'waarschuwingen'}, ${p.info} info) in ${p.files} ${p.files === 1 ? 'bestand' : 'bestanden'}.`,
};

const tables: Record<Language, Messages> = { en, nl };

export type Translate = <K extends MessageId>(id: K, ...params: Parameters<Messages[K]>) => string;

export function translator(language: Language): Translate {
  const table = tables[language];
  return (id, ...params) => (table[id] as (...args: unknown[]) => string)(...params);
}

export const messageIds = Object.keys(en) as MessageId[];

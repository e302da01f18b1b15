// The Dutch words of `strategy --help`: the English text in program.ts is the key. A test
// checks that every text program.ts uses has its Dutch.
import type { Language } from '../model/strategy.js';

export const HELP_NL: Readonly<Record<string, string>> = {
  'Build, check and publish a social-media strategy as code.': 'Bouw, controleer en publiceer een sociale-mediastrategie als code.',
  'check strategy files against the schema and the method': 'controleer strategiebestanden op het schema en de methode',
  'render the strategy document and the content calendar': 'maak het strategiedocument en de contentkalender',
  'show the content calendar, or print one export of it': 'toon de contentkalender, of druk één export ervan af',
  'work with the templates of the rendered documents': 'werk met de sjablonen van de documenten',
  'copy the built-in templates into a folder to make a house style': 'kopieer de ingebouwde sjablonen naar een map om een huisstijl te maken',
  'build strategy.yaml with the wizard, block by block (or from answers when there is no terminal)':
    'bouw strategy.yaml met de wizard, blok voor blok (of uit antwoorden als er geen terminal is)',
  'list the rules of the method with their default severity': 'toon de regels van de methode met hun standaardernst',
  'print the JSON Schema of strategy.yaml': 'druk het JSON Schema van strategy.yaml af',
  'never colour the output': 'gebruik nooit kleur',
  'show the details of internal errors': 'toon de details van interne fouten',
  'output format: {formats} (repeatable)': 'uitvoerformaat: {formats} (herhaalbaar)',
  'write the preceding --format to this file': 'schrijf het voorgaande --format naar dit bestand',
  'set a rule to off, info, warning or error (repeatable)': 'zet een regel op off, info, warning of error (herhaalbaar)',
  'fail when there are more warnings than this': 'faal bij meer waarschuwingen dan dit',
  'output folder': 'uitvoermap',
  'print the document instead of writing files': 'druk het document af in plaats van bestanden te schrijven',
  'write only these outputs (comma-separated: {outputs})': 'schrijf alleen deze uitvoer (met komma’s: {outputs})',
  'use templates from this folder where it has them': 'gebruik sjablonen uit deze map waar die ze heeft',
  'overwrite files that were not made by render or were edited by hand': 'overschrijf bestanden die niet door render zijn gemaakt of met de hand zijn bewerkt',
  'write nothing; exit 1 when the documents are out of date': 'schrijf niets; stop met 1 als de documenten niet bijgewerkt zijn',
  'first day (YYYY-MM-DD)': 'eerste dag (JJJJ-MM-DD)',
  'last day (YYYY-MM-DD)': 'laatste dag (JJJJ-MM-DD)',
  'only this channel': 'alleen dit kanaal',
  'overwrite templates already there': 'overschrijf sjablonen die er al staan',
  'folder to write in': 'map om in te schrijven',
  'file to write': 'bestand om te schrijven',
  'take answers from this YAML file (any part of a strategy)': 'neem antwoorden uit dit YAML-bestand (elk deel van een strategie)',
  'take answers from a bundled example: mbo, adult-education, university-en': 'neem antwoorden uit een meegeleverd voorbeeld: mbo, adult-education, university-en',
  'fill in whatever is not given with example values': 'vul wat niet gegeven is aan met voorbeeldwaarden',
  'answer one question, e.g. --set organisation.name="ROC Example" (repeatable)': 'beantwoord één vraag, bijvoorbeeld --set organisation.name="ROC Voorbeeld" (herhaalbaar)',
  'continue the draft of an earlier session without asking': 'ga zonder te vragen verder met het concept van een eerdere sessie',
  'revisit only this block of an existing strategy (repeatable)': 'doorloop alleen dit blok van een bestaande strategie opnieuw (herhaalbaar)',
  'replace an existing strategy without asking': 'vervang een bestaande strategie zonder te vragen',
  'print the YAML instead of writing it': 'druk de YAML af in plaats van hem te schrijven',
  'ask questions even when no terminal is detected': 'stel vragen, ook als er geen terminal lijkt te zijn',
  'never ask: take answers from files and flags only': 'vraag nooit: neem antwoorden alleen uit bestanden en opties',
  'list every question with the key that answers it, and exit': 'toon elke vraag met de sleutel die haar beantwoordt, en stop',
  'language of messages (nl or en)': 'taal van de meldingen (nl of en)',
  'fail on findings of this severity or worse': 'faal bij meldingen van deze ernst of erger',
  'md: the documents and calendar exports; yaml: the normalised strategy': 'md: de documenten en kalenderexports; yaml: de genormaliseerde strategie',
  'print an export instead of the overview': 'druk een export af in plaats van het overzicht',
  'strategy files or glob patterns (default: strategy.yaml)': 'strategiebestanden of globpatronen (standaard: strategy.yaml)',
  'strategy file (default: strategy.yaml)': 'strategiebestand (standaard: strategy.yaml)',
  'target folder': 'doelmap',
  'print the version': 'toon de versie',
  'show help': 'toon de hulp',
  '(run "strategy --help" for the commands and options)': '(start "strategy --help" voor de opdrachten en opties)',
};

/** The help text in `language`, with `{name}` filled in. */
export function helpText(language: Language, text: string, values: Record<string, string> = {}): string {
  const chosen = language === 'nl' ? (HELP_NL[text] ?? text) : text;
  return chosen.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

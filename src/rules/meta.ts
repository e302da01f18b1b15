// Findings that come from reading the file rather than from a rule of the method: always
// errors, and not switched off. Their messages are the reader's (src/i18n/messages.ts).
import type { Language } from '../model/strategy.js';
import { MAX_ALIAS_COUNT, MAX_CALENDAR_ITEMS, MAX_DEPTH, MAX_FILE_BYTES, MAX_MARKS, MAX_VALUES } from '../model/strategy.js';
import { formatNumber } from '../i18n/words.js';
import type { RuleDocs } from './types.js';

export interface MetaRule {
  id: 'yaml-syntax' | 'schema' | 'limits' | 'checks';
  description: Record<Language, string>;
  docs: RuleDocs;
}

export const META_RULES: readonly MetaRule[] = [
  {
    id: 'yaml-syntax',
    description: {
      en: 'The file is valid YAML: one document, no duplicate keys, no tabs for indentation.',
      nl: 'Het bestand is geldige YAML: één document, geen dubbele sleutels, geen tabs om in te springen.',
    },
    docs: {
      rationale: {
        en: 'The file is valid YAML 1.2: one document, no duplicate keys, spaces (not tabs) for indentation, and no more than 1,000 expanded aliases.',
        nl: 'Het bestand is geldige YAML 1.2: één document, geen dubbele sleutels, spaties (geen tabs) om in te springen, en niet meer dan 1.000 uitgevouwen aliassen.',
      },
      example: 'version: 1\norganisation:\n  name: ROC Voorbeeld\n  name: ROC Zuid\n',
    },
  },
  {
    id: 'schema',
    description: {
      en: 'The file matches the strategy format (schemas/strategy.schema.json).',
      nl: 'Het bestand volgt het strategieformaat (schemas/strategy.schema.json).',
    },
    docs: {
      rationale: {
        en: 'The file matches the strategy format, `schemas/strategy.schema.json`: known keys only, values of the right kind, dates as `YYYY-MM-DD`, times as `HH:MM`, ids in lower case with hyphens. `strategy schema` prints the schema.',
        nl: 'Het bestand volgt het strategieformaat, `schemas/strategy.schema.json`: alleen bekende sleutels, waarden van de juiste soort, datums als `JJJJ-MM-DD`, tijden als `UU:MM`, id’s in kleine letters met koppeltekens. `strategy schema` toont het schema.',
      },
      example: 'version: 1\ngoals:\n  grow:\n    statement: Meer volgers\n    deadlin: 2027-06-30\n',
    },
  },
  {
    id: 'limits',
    description: {
      en: 'The file stays within the documented limits.',
      nl: 'Het bestand blijft binnen de gedocumenteerde grenzen.',
    },
    docs: {
      rationale: {
        en: limitsText('en'),
        nl: limitsText('nl'),
      },
      example: '',
    },
  },
  {
    id: 'checks',
    description: {
      en: 'The "checks" section names known rules and options.',
      nl: 'Het onderdeel "checks" noemt bestaande regels en opties.',
    },
    docs: {
      rationale: {
        en: 'The `checks:` section names known rules (see `strategy rules`), known options of those rules, and options of the right type.',
        nl: 'Het onderdeel `checks:` noemt bestaande regels (zie `strategy rules`) en bestaande opties van die regels, met waarden van de juiste soort.',
      },
      example: 'version: 1\nchecks:\n  two-admin: error\n',
    },
  },
];

/** The limits in words, from the constants the reader holds a file to: one place for both. */
function limitsText(language: Language): string {
  const n = (value: number): string => formatNumber(value, language);
  const mib = MAX_FILE_BYTES / 1024 / 1024;
  return language === 'nl'
    ? `Een strategiebestand is hoogstens ${n(mib)} MiB groot, heeft hoogstens ${n(MAX_VALUES)} regels en lijstitems (regeleinden en komma's, geteld voordat het wordt gelezen), is hoogstens ${n(MAX_DEPTH)} niveaus diep genest (ook dat geteld voordat het wordt gelezen), heeft samen hoogstens ${n(MAX_MARKS)} ankers (&), verwijzingen (*), tags (!) en tekens op een verkeerde plek (haakjes of aanhalingstekens die niets openen of sluiten), laat hoogstens ${n(MAX_ALIAS_COUNT)} verwijzingen (aliassen) uitklappen en bevat hoogstens ${n(MAX_CALENDAR_ITEMS)} kalenderitems. Binnen die grenzen krijgt elk bestand binnen enkele seconden antwoord.`
    : `A strategy file is at most ${n(mib)} MiB, has at most ${n(MAX_VALUES)} lines and list items (line breaks and commas, counted before it is read), nests at most ${n(MAX_DEPTH)} levels deep (also counted before it is read), has at most ${n(MAX_MARKS)} anchors (&), aliases (*), tags (!) and marks out of place (brackets or quotes that open or close nothing) together, expands at most ${n(MAX_ALIAS_COUNT)} aliases and holds at most ${n(MAX_CALENDAR_ITEMS)} calendar items. Within these limits every file is answered within a few seconds.`;
}

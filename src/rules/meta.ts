// Findings that come from reading the file rather than from a rule of the method: always
// errors, and not switched off. Their messages are the reader's (src/i18n/messages.ts).
import type { Language } from '../model/strategy.js';
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
        en: 'A strategy file is at most 10 MiB, nests at most 64 levels deep and holds at most 50,000 calendar items.',
        nl: 'Een strategiebestand is hoogstens 10 MiB groot, is hoogstens 64 niveaus diep genest en bevat hoogstens 50.000 kalenderitems.',
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

// The texts of every rule, by id, and the headings of the rules' documentation. The English
// texts' keys and data types are the ones every language has (../catalogue.ts).
import { adviceRules } from './rules-advice.js';
import { calendarRules } from './rules-calendar.js';
import { careRules, metaRules } from './rules-care.js';
import { channelsRules } from './rules-channels.js';
import { goalsRules } from './rules-goals.js';

export const rules = { ...metaRules, ...goalsRules, ...channelsRules, ...careRules, ...calendarRules, ...adviceRules };

export type RuleTexts = typeof rules;

/** The headings of docs/rules/<id>.md. */
export const ruleDocs = {
  default: 'Default',
  severity: 'Severity',
  always: 'always error (cannot be changed)',
  options: 'Options',
  none: 'none',
  example: 'Example',
  sources: 'Sources',
  /** "default 30", an option's default value. */
  optionDefault: 'default',
  /** The language's own name, for the links between the languages' pages. */
  languageName: 'English',
  generated: 'Generated from the rule’s own texts; do not edit.',
  /** The index of the rules, docs/rules/README.md. */
  /** The sources the method draws on, as each rule's page credits them. */
  credits: {
    epale:
      'Maximilian Welter, “Een sociale-mediastrategie voor organisaties in de volwasseneneducatie”, EPALE (Electronic Platform for Adult Learning in Europe), 2018: the building blocks of a social-media strategy.',
    kennisnet: 'Kennisnet and saMBO-ICT, “Sociale media in het mbo. Hoe? Zo!”, licensed CC BY 3.0 NL (naming Kennisnet).',
    social: '“Interne social media strategie: aanpak en implementatie” (course on social business): workflow, terms and keeping course.',
    training: '“Ontwikkelen van een social media strategie” (training module): SMART goals and the rose, thorn and bud debrief.',
    ap: 'Autoriteit Persoonsgegevens (the Dutch data-protection authority), guidance on photos and videos in education.',
  },
  index: {
    title: 'The rules of the method',
    intro:
      'What `strategy check` holds a strategy to, in the order of the method; `strategy rules` lists the same. A rule’s severity and options can be set per strategy under `checks:`, or for one run with `--rule`.',
    rule: 'rule',
    severity: 'default',
    what: 'what it checks',
    reader: 'Findings about reading the file itself, always errors:',
  },
};

// De teksten van elke regel, per id, en de kopjes van de documentatie van de regels.
import type { RuleTexts, ruleDocs as english } from '../en/rules.js';
import { adviceRules } from './rules-advice.js';
import { calendarRules } from './rules-calendar.js';
import { careRules, metaRules } from './rules-care.js';
import { channelsRules } from './rules-channels.js';
import { goalsRules } from './rules-goals.js';

export const rules: RuleTexts = { ...metaRules, ...goalsRules, ...channelsRules, ...careRules, ...calendarRules, ...adviceRules };

export const ruleDocs: typeof english = {
  default: 'Standaard',
  severity: 'Niveau',
  always: 'altijd fout (niet aan te passen)',
  options: 'Opties',
  none: 'geen',
  example: 'Voorbeeld',
  sources: 'Bronnen',
  optionDefault: 'standaard',
  languageName: 'Nederlands',
  generated: 'Gemaakt uit de eigen teksten van de regel; niet bewerken.',
  credits: {
    epale:
      'Maximilian Welter, “Een sociale-mediastrategie voor organisaties in de volwasseneneducatie”, EPALE (Elektronisch platform voor volwasseneneducatie in Europa), 2018: de bouwstenen van een socialemediastrategie.',
    kennisnet: 'Kennisnet en saMBO-ICT, “Sociale media in het mbo. Hoe? Zo!”, onder licentie CC BY 3.0 NL (naamsvermelding Kennisnet).',
    social: '“Interne social media strategie: aanpak en implementatie” (cursus social business): werkproces, termijnen en koers houden.',
    training: '“Ontwikkelen van een social media strategie” (trainingsmodule): SMART-doelen en de terugblik met roos, doorn en knop.',
    ap: 'Autoriteit Persoonsgegevens, informatie over foto’s en video’s op school.',
  },
  index: {
    title: 'De regels van de methode',
    intro:
      'Waar `strategy check` een strategie aan toetst, in de volgorde van de methode; `strategy rules` toont dezelfde lijst. Het niveau en de opties van een regel stel je per strategie in onder `checks:`, of voor één keer met `--rule`.',
    rule: 'regel',
    severity: 'standaard',
    what: 'wat de regel toetst',
    reader: 'Meldingen over het lezen van het bestand zelf, altijd fouten:',
  },
};

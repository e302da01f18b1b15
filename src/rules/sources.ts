// The sources the method draws on, credited on the documentation page of each rule that takes
// its advice from them (and in the README), under their licences.
import type { Language } from '../model/strategy.js';

export const SOURCES = {
  epale: {
    en: 'Maximilian Welter, “Een sociale-mediastrategie voor organisaties in de volwasseneneducatie”, EPALE (Electronic Platform for Adult Learning in Europe), 2018: the building blocks of a social-media strategy.',
    nl: 'Maximilian Welter, “Een sociale-mediastrategie voor organisaties in de volwasseneneducatie”, EPALE (Elektronisch platform voor volwasseneneducatie in Europa), 2018: de bouwstenen van een socialemediastrategie.',
  },
  kennisnet: {
    en: 'Kennisnet and saMBO-ICT, “Sociale media in het mbo. Hoe? Zo!”, licensed CC BY 3.0 NL (naming Kennisnet).',
    nl: 'Kennisnet en saMBO-ICT, “Sociale media in het mbo. Hoe? Zo!”, onder licentie CC BY 3.0 NL (naamsvermelding Kennisnet).',
  },
  social: {
    en: '“Interne social media strategie: aanpak en implementatie” (course on social business): workflow, terms and keeping course.',
    nl: '“Interne social media strategie: aanpak en implementatie” (cursus social business): werkproces, termijnen en koers houden.',
  },
  training: {
    en: '“Ontwikkelen van een social media strategie” (training module): SMART goals and the rose, thorn and bud debrief.',
    nl: '“Ontwikkelen van een social media strategie” (trainingsmodule): SMART-doelen en de terugblik met roos, doorn en knop.',
  },
  ap: {
    en: 'Autoriteit Persoonsgegevens (the Dutch data-protection authority), guidance on photos and videos in education.',
    nl: 'Autoriteit Persoonsgegevens, informatie over foto’s en video’s op school.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type SourceId = keyof typeof SOURCES;

// The answers a communications officer gives the essentials, as scripts for ScriptedPrompter.
import type { Rule } from './scripted.js';

/**
 * The audiences a school of `sector` picks from its own presets, where they differ from a
 * secondary school's: rules to put before DUTCH.
 */
export function audiencesOf(sector: string): Rule[] {
  if (sector === 'po')
    return [
      [/^Wie wil je bereiken/, ['Ouders en verzorgers', 'Ouders van nieuwe leerlingen']],
      [/^Wie bereik je via/, ['Ouders en verzorgers']],
    ];
  if (sector === 'adult-education')
    return [
      [/^Wie wil je bereiken/, ['Aankomende cursisten', 'Werkgevers']],
      [/^Wie bereik je via/, ['Aankomende cursisten']],
    ];
  if (sector === 'vo') return [];
  return [
    [/^Wie wil je bereiken/, ['Aankomende studenten', 'Ouders en verzorgers']],
    [/^Wie bereik je via Instagram/, ['Aankomende studenten']],
  ];
}

/** A secondary school's essentials, in Dutch, as a communications officer answers them. */
export const DUTCH: Rule[] = [
  [/^Naam van de school/, 'Het Baken'],
  [/^Soort onderwijs/, 'vo'],
  [/^Eerste dag van de strategie/, '2026-08-01'],
  [/^Laatste dag van de strategie/, '2027-07-31'],
  [/^In welke regio/, 'noord'],
  [/^Wie is eindverantwoordelijk/, 'Fatima el Amrani'],
  [/^Wie werkt er nog meer/, 'Joost de Boer'],
  [/^Hoeveel uur per week heeft Fatima/, '6'],
  [/^Hoeveel uur per week heeft Joost/, '3'],
  [/^Doel 1: wat wil je bereiken/, 'Meer aanmeldingen van groep 8 via Instagram.'],
  [/^Doel 2: wat wil je nog meer/, 'Ouders lezen het nieuws van de school op Facebook.'],
  [/^Doel 3: wat wil je nog meer/, ''],
  [/^Doel 1: hoe meet je dat/, 'aanmeldingen via Instagram'],
  [/^Doel 1: waarin druk je dat uit/, 'aanmeldingen'],
  [/^Doel 1: waar sta je nu/, '180'],
  [/^Doel 1: waar wil je uitkomen/, '240'],
  [/^Doel 1: wanneer moet dat bereikt zijn/, '2027-04-01'],
  [/^Doel 2: hoe meet je dat/, 'ouders die Facebook volgen'],
  [/^Doel 2: waarin druk je dat uit/, 'volgers'],
  [/^Doel 2: waar sta je nu/, '420'],
  [/^Doel 2: waar wil je uitkomen/, '600'],
  [/^Doel 2: wanneer moet dat bereikt zijn/, '2027-07-01'],
  [/^Wie wil je bereiken/, ['Aankomende leerlingen', 'Ouders en verzorgers']],
  [/^Nog andere doelgroepen/, ''],
  [/^Op welke platforms/, ['instagram', 'facebook']],
  [/^Naam van het account op Instagram/, '@hetbaken'],
  [/^Naam van het account op Facebook/, 'Het Baken'],
  [/^Wie bereik je via Instagram/, ['Aankomende leerlingen']],
  [/^Wie bereik je via Facebook/, ['Ouders en verzorgers']],
  [/^Wie beheert het account/, ['Fatima el Amrani', 'Joost de Boer']],
  [/^Hoeveel berichten per week op Instagram/, '3'],
  [/^Hoeveel berichten per week op Facebook/, '2'],
  [/^Waarover post je/, 'leven op school, open dagen, prestaties van leerlingen'],
  [
    /^Als je foto’s of video’s van (leerlingen|studenten) plaatst/,
    'Bij de inschrijving vragen we per doel toestemming aan de ouders; de administratie houdt die bij in Magister.',
  ],
  [/^Hoe vaak rapporteer je/, 'quarterly'],
  [/^Aan wie\?/, 'de schoolleiding'],
  [/^De basis staat/, []],
  [/^Wil je het strategiedocument|^Nu het strategiedocument/, false],
];

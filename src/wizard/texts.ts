// The wizard's own words (not the questions, which live in the catalogue), in both languages.
import type { Language } from '../model/strategy.js';
import type { NounId } from '../i18n/vocabulary.js';
import { words } from '../i18n/words.js';

const nlWords = words('nl');
const enWords = words('en');

const en = {
  fillOptional: 'Fill in this optional block?',
  summaryTitle: 'This is what will be written:',
  summaryQuestion: 'Write it, or go back to a block?',
  write: 'Write strategy.yaml',
  goBackTo: 'Go back to',
  revisitEntry: (noun: NounId, id: string) => `Change ${enWords.noun(noun)} ${/^\d+$/.test(id) ? id : `"${id}"`}?`,
  addFirst: (noun: NounId) => `Add ${enWords.article(noun, 'indefinite')}?`,
  addAnother: (noun: NounId) => `Add another ${enWords.noun(noun)}?`,
  idFor: (noun: NounId) => `Short id for ${enWords.article(noun, 'this')} (used to refer to it)`,
  badId: 'Use lower-case letters, digits and hyphens, starting with a letter or digit.',
  takenId: (id: string) => `"${id}" is already used; choose another id.`,
  otherName: 'Something else (type a name)',
  required: 'This answer is needed.',
  takeSuggestion: (value: string) => `Press Enter to take ${value}, or type another answer.`,
  readAs: (value: string) => `  (read as ${value})`,
  yes: 'Yes',
  no: 'No',
  yesOrNo: 'Answer yes or no (y or n).',
  resumeDraft: (file: string) => `There is a draft from an earlier session (${file}). Continue where you left off?`,
  existing: (file: string) => `${file} exists already. Which blocks do you want to revisit?`,
  confirmWrite: (file: string) => `Write the changes to ${file}?`,
  offerRender: 'Render the strategy document and the content calendar now (strategy render)?',
  written: (file: string) => `✔ Written: ${file}. Check it any time with "strategy check".`,
  nothingWritten: 'Nothing was written.',
  cancelled: (draft: string) => `Stopped. Your answers up to the last finished block are saved in ${draft}; run "strategy init --resume" to continue.`,
  cancelledEarly: 'Stopped before the first block was finished: nothing was saved.',
  missing: 'These answers are needed and were not given:',
  missingHow: 'Give them with --set key=value, an --answers file, --example <name> or --yes (example values).',
  exists: (file: string) => `${file} exists already. Use --block <block> to revisit part of it, or --force to replace it.`,
};

export type WizardText = typeof en;

const nl: WizardText = {
  fillOptional: 'Wil je dit optionele blok invullen?',
  summaryTitle: 'Dit komt in strategy.yaml te staan (de sleutels zijn Engels):',
  summaryQuestion: 'Opslaan, of terug naar een blok?',
  write: 'strategy.yaml opslaan',
  goBackTo: 'Terug naar',
  revisitEntry: (noun, id) => `${nlWords.capital(nlWords.noun(noun))} ${/^\d+$/.test(id) ? id : `"${id}"`} aanpassen?`,
  addFirst: (noun) => `${nlWords.capital(nlWords.article(noun, 'indefinite'))} toevoegen?`,
  addAnother: (noun) => `Nog ${nlWords.article(noun, 'indefinite')} toevoegen?`,
  idFor: (noun) => `Korte id voor ${nlWords.article(noun, 'this')} (om ernaar te verwijzen)`,
  badId: 'Gebruik kleine letters, cijfers en koppeltekens, beginnend met een letter of cijfer.',
  takenId: (id) => `"${id}" is al in gebruik; kies een andere id.`,
  otherName: 'Iets anders (typ een naam)',
  required: 'Dit antwoord is nodig.',
  takeSuggestion: (value) => `Druk op Enter om ${value} over te nemen, of typ een ander antwoord.`,
  readAs: (value) => `  (gelezen als ${value})`,
  yes: 'Ja',
  no: 'Nee',
  yesOrNo: 'Antwoord met ja of nee (j of n).',
  resumeDraft: (file) => `Er is een concept van een eerdere sessie (${file}). Verdergaan waar je was gebleven?`,
  existing: (file) => `${file} bestaat al. Welke blokken wil je opnieuw doorlopen?`,
  confirmWrite: (file) => `De wijzigingen opslaan in ${file}?`,
  offerRender: 'Nu het strategiedocument en de contentkalender maken (strategy render)?',
  written: (file) => `✔ Opgeslagen: ${file}. Je kunt het op elk moment controleren met "strategy check".`,
  nothingWritten: 'Er is niets opgeslagen.',
  cancelled: (draft) => `Gestopt. Je antwoorden tot en met het laatst afgeronde blok staan in ${draft}; voer "strategy init --resume" uit om verder te gaan.`,
  cancelledEarly: 'Gestopt voordat het eerste blok af was: er is niets opgeslagen.',
  missing: 'Deze verplichte antwoorden ontbreken nog:',
  missingHow: 'Geef ze met --set sleutel=waarde, een --answers-bestand, --example <naam> of --yes (voorbeeldwaarden).',
  exists: (file) => `${file} bestaat al. Gebruik --block <blok> om een deel opnieuw te doorlopen, of --force om het te vervangen.`,
};

export function wizardText(language: Language): WizardText {
  return language === 'nl' ? nl : en;
}

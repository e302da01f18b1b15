// The wizard's own words (not the questions, which live in the catalogue), in both languages.
import type { Language } from '../model/strategy.js';
import type { NounId } from '../i18n/vocabulary.js';
import { words } from '../i18n/words.js';

const nlWords = words('nl');
const enWords = words('en');

const en = {
  fillOptional: 'Fill in this optional block?',
  summaryQuestion: 'Write it, or go back to a block?',
  write: 'Write strategy.yaml',
  goBackTo: 'Go back to',
  revisitEntry: (noun: NounId, id: string) => `Change ${enWords.noun(noun)} ${/^\d+$/.test(id) ? id : `"${id}"`}?`,
  addFirst: (noun: NounId) => `Add ${enWords.article(noun, 'indefinite')}?`,
  addAnother: (noun: NounId) => `Add another ${enWords.noun(noun)}?`,
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
  written: (file: string) => `✔ Written: ${file}. Check it any time with "npx strategy check".`,
  nothingWritten: 'Nothing was written.',
  nextSteps: (file: string, draft: string, ignored: boolean) =>
    [
      'Next steps:',
      `  1. Put it under version control: git add ${file} && git commit -m "Social-media strategy"`,
      '  2. Have it checked on every change: add "npx strategy check" to your CI (the README\'s section "In CI" has a ready-made job).',
      ...(ignored ? [] : [`  3. Keep ${draft} (your unfinished answers, if you stop halfway) out of git: add it to .gitignore.`]),
    ].join('\n'),
  cancelled: (draft: string) => `Stopped. Your answers so far are saved in ${draft}; run "npx strategy init --resume" to continue.`,
  cancelledEarly: 'Stopped before the first answer: nothing was saved.',
  missing: 'These answers are needed and were not given:',
  missingHow: 'Give them with --set key=value, an --answers file, --example <name> or --yes (example values).',
  exists: (file: string) => `${file} exists already. Use --block <block> to revisit part of it, or --force to replace it.`,
  moreBlocks:
    'The essentials are done. Fill in other parts now as well? (Later works too: npx strategy init --block <part>.) Choose with the space bar, or press Enter for none.',
  summaryIntro: 'Your strategy:',
  checking: 'strategy check on it:',
  noFindings: '✔ strategy check finds nothing to improve.',
  errorsFound: (count: number) => `strategy check would fail: ${enWords.count(count, 'error')}.`,
  warningsOnly: (count: number) => `No errors; ${enWords.count(count, 'warning')} to look at later.`,
  whatNow: 'What now?',
  fixNow: (what: string) => `Fix it now: ${what}`,
  keepDraft: 'Keep it as a draft and go on later (npx strategy init --resume)',
  writeAnyway: (count: number) => `Write it anyway, with ${enWords.count(count, 'error')}`,
  draftKept: (draft: string) => `Kept as a draft in ${draft}; nothing was written. Run "npx strategy init --resume" to go on.`,
  writtenWithErrors: (file: string, count: number) =>
    `Written: ${file}, with ${enWords.count(count, 'error')} that strategy check will report (above). Fix ${count === 1 ? 'it' : 'them'} with "npx strategy init --block <part>" or in the file.`,
  revisited: 'What changed:',
  blockFindings: 'strategy check on this part:',
  unchanged: 'Nothing changed.',
  editorNext: 'Your editor opens for the answer; save and close it to go on.',
  answered: (value: string) => `  → ${value}`,
};

export type WizardText = typeof en;

const nl: WizardText = {
  fillOptional: 'Wil je dit optionele blok invullen?',
  summaryQuestion: 'Opslaan, of terug naar een blok?',
  write: 'strategy.yaml opslaan',
  goBackTo: 'Terug naar',
  revisitEntry: (noun, id) => `${nlWords.capital(nlWords.noun(noun))} ${/^\d+$/.test(id) ? id : `"${id}"`} aanpassen?`,
  addFirst: (noun) => `${nlWords.capital(nlWords.article(noun, 'indefinite'))} toevoegen?`,
  addAnother: (noun) => `Nog ${nlWords.article(noun, 'indefinite')} toevoegen?`,
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
  written: (file) => `✔ Opgeslagen: ${file}. Je kunt het op elk moment controleren met "npx strategy check".`,
  nothingWritten: 'Er is niets opgeslagen.',
  nextSteps: (file, draft, ignored) =>
    [
      'Volgende stappen:',
      `  1. Zet het in versiebeheer: git add ${file} && git commit -m "Socialemediastrategie"`,
      '  2. Laat het bij elke wijziging controleren: zet "npx strategy check" in je CI (de README heeft in "In CI" een kant-en-klare job).',
      ...(ignored ? [] : [`  3. Houd ${draft} (je onafgemaakte antwoorden, als je halverwege stopt) buiten git: zet het in .gitignore.`]),
    ].join('\n'),
  cancelled: (draft) => `Gestopt. Je antwoorden tot nu toe staan in ${draft}; voer "npx strategy init --resume" uit om verder te gaan.`,
  cancelledEarly: 'Gestopt voor het eerste antwoord: er is niets bewaard.',
  missing: 'Deze verplichte antwoorden ontbreken nog:',
  missingHow: 'Geef ze met --set sleutel=waarde, een --answers-bestand, --example <naam> of --yes (voorbeeldwaarden).',
  exists: (file) => `${file} bestaat al. Gebruik --block <blok> om een deel opnieuw te doorlopen, of --force om het te vervangen.`,
  moreBlocks:
    'De basis staat. Wil je nu ook andere onderdelen invullen? (Later kan ook: npx strategy init --block <onderdeel>.) Kies met de spatiebalk, of druk op Enter voor geen.',
  summaryIntro: 'Je strategie:',
  checking: 'strategy check zegt erover:',
  noFindings: '✔ strategy check vindt niets om te verbeteren.',
  errorsFound: (count) => `strategy check zou deze strategie afkeuren: ${nlWords.count(count, 'error')}.`,
  warningsOnly: (count) => `Geen fouten; ${nlWords.count(count, 'warning')} om later naar te kijken.`,
  whatNow: 'Wat wil je doen?',
  fixNow: (what) => `Nu herstellen: ${what}`,
  keepDraft: 'Als concept bewaren en later verdergaan (npx strategy init --resume)',
  writeAnyway: (count) => `Toch opslaan, met ${nlWords.count(count, 'error')}`,
  draftKept: (draft) =>
    `Bewaard als concept in ${draft}; er is niets opgeslagen in de strategie. Ga verder met "npx strategy init --resume".`,
  writtenWithErrors: (file, count) =>
    `Opgeslagen: ${file}, met ${nlWords.count(count, 'error')} die strategy check zal melden (zie hierboven). Herstel ${count === 1 ? 'die' : 'ze'} met "npx strategy init --block <onderdeel>" of in het bestand.`,
  revisited: 'Wat er veranderde:',
  blockFindings: 'strategy check over dit onderdeel:',
  unchanged: 'Er is niets veranderd.',
  editorNext: 'Je editor opent voor het antwoord; sla op en sluit hem om verder te gaan.',
  answered: (value) => `  → ${value}`,
};

export function wizardText(language: Language): WizardText {
  return language === 'nl' ? nl : en;
}

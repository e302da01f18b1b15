// A normalised strategy (`render --format yaml`) given to check: say what it is, so nobody
// edits the copy instead of the strategy it was made from.
import { defineRule, message } from './types.js';
import { pointer } from './util.js';

export default defineRule({
  id: 'normalised-file',
  severity: 'info',
  options: {},
  description: {
    en: 'A file with derived figures is a normalised strategy written by render, not the strategy itself.',
    nl: 'Een bestand met afgeleide cijfers is een genormaliseerde strategie die render schreef, niet de strategie zelf.',
  },
  docs: {
    rationale: {
      en: '`strategy render --format yaml` writes `strategy.normalised.yaml`: the strategy with its defaults filled in and derived figures added, for other tools (`strategy schema --normalised` describes it). It passes the same checks, but changes belong in the strategy file it was made from, or the next render overwrites them.',
      nl: '`strategy render --format yaml` schrijft `strategy.normalised.yaml`: de strategie met ingevulde standaardwaarden en afgeleide cijfers, voor andere programma’s (`strategy schema --normalised` beschrijft dat bestand). Het doorstaat dezelfde controles, maar wijzigingen horen in het strategiebestand waaruit het is gemaakt, anders overschrijft de volgende render ze.',
    },
    example: 'version: 1\nderived:\n  cadence_hours_per_week: 4\n',
  },
  messages: {
    normalised: message<Record<string, never>>(
      () =>
        'This is a normalised strategy written by strategy render --format yaml. Change the strategy file it was made from, and render again.',
      () =>
        'Dit is een genormaliseerde strategie, geschreven door strategy render --format yaml. Pas het strategiebestand aan waaruit het is gemaakt, en render opnieuw.',
    ),
  },
  check({ strategy, report }) {
    if (strategy.derived !== undefined) report({ pointer: pointer('derived'), at: 'key', messageId: 'normalised', data: {} });
  },
});

// The blocks of the method by name, in both languages: `init --block doelen` and
// `init --block goals` both revisit the goals.
import type { Language } from '../model/strategy.js';
import { BLOCK_IDS } from '../i18n/vocabulary.js';
import type { BlockId } from '../i18n/vocabulary.js';

/** Short Dutch names, easy to type; the English names are the ids. */
export const DUTCH_BLOCK_NAMES: Record<BlockId, string> = {
  baseline: 'nulmeting',
  vision: 'visie',
  goals: 'doelen',
  audiences: 'doelgroepen',
  channels: 'kanalen',
  content: 'content',
  implementation: 'uitvoering',
  benchmark: 'benchmark',
  control: 'meten',
  calendar: 'kalender',
  extras: 'extra',
};

/** The block a name given on the command line stands for: its id, or its Dutch name. */
export function blockByName(name: string): BlockId | undefined {
  const wanted = name.trim().toLowerCase();
  return BLOCK_IDS.find((id) => id === wanted || DUTCH_BLOCK_NAMES[id] === wanted);
}

/** Every block's names, for help: "doelen (goals), …" in Dutch, "goals (doelen), …" in English. */
export function blockNames(language: Language): string {
  return BLOCK_IDS.map((id) => (language === 'nl' ? `${DUTCH_BLOCK_NAMES[id]} (${id})` : `${id} (${DUTCH_BLOCK_NAMES[id]})`)).join(', ');
}

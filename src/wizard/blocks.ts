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
  review: 'terugblik',
};

/** The block a name given on the command line stands for: its id, or its Dutch name. */
export function blockByName(name: string): BlockId | undefined {
  const wanted = name.trim().toLowerCase();
  return BLOCK_IDS.find((id) => id === wanted || DUTCH_BLOCK_NAMES[id] === wanted);
}

/** Every block's names, for help: the names in the language, then those in the other. */
export function blockNames(language: Language): string {
  const dutch = BLOCK_IDS.map((id) => DUTCH_BLOCK_NAMES[id]).join(', ');
  const english = BLOCK_IDS.join(', ');
  return language === 'nl' ? `${dutch} (of de Engelse namen: ${english})` : `${english} (or the Dutch names: ${dutch})`;
}

/** Every name a block answers to, for suggestions. */
export const BLOCK_NAMES: readonly string[] = [...BLOCK_IDS, ...BLOCK_IDS.map((id) => DUTCH_BLOCK_NAMES[id])];

// The blocks of the method by name, in every language: `init --block doelen` and
// `init --block goals` both revisit the goals. Each language's names are in its catalogue.
import { LANGUAGES } from '../model/strategy.js';
import type { Language } from '../model/strategy.js';
import { BLOCK_IDS } from '../i18n/vocabulary.js';
import type { BlockId } from '../i18n/vocabulary.js';
import { wizardText } from './texts.js';

/** The names a block answers to in `language`. */
const namesIn = (language: Language): Record<BlockId, string> => wizardText(language).blockKeys;

/** The block a name given on the command line stands for, in any language. */
export function blockByName(name: string): BlockId | undefined {
  const wanted = name.trim().toLowerCase();
  return BLOCK_IDS.find((id) => id === wanted || LANGUAGES.some((language) => namesIn(language)[id] === wanted));
}

/** Every block's names, for help: the names in the language, then those in the others. */
export function blockNames(language: Language): string {
  const own = BLOCK_IDS.map((id) => namesIn(language)[id]).join(', ');
  const other = LANGUAGES.filter((other) => other !== language)
    .map((other) => BLOCK_IDS.map((id) => namesIn(other)[id]).join(', '))
    .join('; ');
  return wizardText(language).blockNames(own, other);
}

/** Every name a block answers to, for suggestions. */
export function allBlockNames(): string[] {
  return [...new Set([...BLOCK_IDS, ...LANGUAGES.flatMap((language) => BLOCK_IDS.map((id) => namesIn(language)[id]))])];
}

/** The name a block is given in `language`, for `init --block`. */
export function blockKey(id: BlockId, language: Language): string {
  return namesIn(language)[id];
}

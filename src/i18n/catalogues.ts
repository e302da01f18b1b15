// The catalogue of each language the tool speaks; the schema's `language` lists the same.
import type { Language } from '../model/strategy.js';
import type { Catalogue } from './catalogue.js';
import { catalogue as en } from './en/index.js';
import { catalogue as nl } from './nl/index.js';

// Read when asked for, not when this module loads: a catalogue's words (../words.ts) read the
// lexicons from here, so a module that imports a catalogue first finds this one still loading.
export const CATALOGUES: Record<Language, Catalogue> = {
  get nl() {
    return nl;
  },
  get en() {
    return en;
  },
};

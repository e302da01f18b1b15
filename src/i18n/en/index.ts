// The English catalogue: every part of ../catalogue.ts.
import type { Catalogue } from '../catalogue.js';
import { changeWords } from './changes.js';
import { commandLine } from './command-line.js';
import { labels } from './labels.js';
import { lexicon } from './lexicon.js';
import { measureWords } from './measure.js';
import { messages } from './messages.js';
import { wizard } from './wizard.js';

// Each part is read when asked for: the words of a part (../words.ts) read the lexicon through
// ../catalogues.ts, so this module may still be loading when a part's module loads.
export const catalogue: Catalogue = {
  get lexicon() {
    return lexicon;
  },
  get messages() {
    return messages;
  },
  get labels() {
    return labels;
  },
  get measure() {
    return measureWords;
  },
  get wizard() {
    return wizard;
  },
  get changes() {
    return changeWords;
  },
  get commandLine() {
    return commandLine;
  },
};

// The Dutch catalogue: every part of ../catalogue.ts.
import { lazyCatalogue } from '../catalogue.js';
import { changeWords } from './changes.js';
import { commandLine } from './command-line.js';
import { labels } from './labels.js';
import { lexicon } from './lexicon.js';
import { measureWords } from './measure.js';
import { messages } from './messages.js';
import { blockQuestions } from './questions-blocks.js';
import { essentialQuestions } from './questions-essentials.js';
import { ruleDocs, rules } from './rules.js';
import { wizard } from './wizard.js';

export const catalogue = lazyCatalogue(() => ({
  lexicon,
  messages,
  labels,
  measure: measureWords,
  wizard,
  changes: changeWords,
  commandLine,
  rules,
  ruleDocs,
  questions: { ...blockQuestions, ...essentialQuestions },
}));

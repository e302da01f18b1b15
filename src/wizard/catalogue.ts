// The questions of `strategy init`, as data: one catalogue that drives the prompts, the
// answers taken from files and flags, and `strategy init --questions`. Blocks follow the
// method's order (./questions/); later blocks offer what earlier blocks recorded.
import type { Language } from '../model/strategy.js';
import type { Bi, Block, Collection, Question } from './question-types.js';
import { BLOCKS as START } from './questions/start.js';
import { BLOCKS as CHANNELS } from './questions/channels.js';
import { BLOCKS as PLAN } from './questions/plan.js';
import { BLOCKS as CALENDAR } from './questions/calendar.js';

export type { Bi, Block, ChoiceItem, Collection, Context, Kind, Question } from './question-types.js';
export { typicalAudiences } from './questions/shared.js';

export const CATALOGUE: readonly Block[] = [...START, ...CHANNELS, ...PLAN, ...CALENDAR];

/** Every question with its full dotted path, for flags, answers files and help. */
export function allQuestions(): { path: string; question: Question; block: Block; collection?: Collection }[] {
  const out: { path: string; question: Question; block: Block; collection?: Collection }[] = [];
  for (const block of CATALOGUE) {
    for (const question of block.questions) out.push({ path: question.key, question, block });
    for (const collection of block.collections) {
      const prefix = collection.shape === 'map' ? `${collection.path}.<id>` : `${collection.path}[]`;
      for (const question of [...(collection.name ? [collection.name] : []), ...collection.questions]) {
        out.push({ path: `${prefix}.${question.key}`, question, block, collection });
      }
    }
  }
  return out;
}

export function say(text: Bi | string, language: Language): string {
  return typeof text === 'string' ? text : text[language];
}

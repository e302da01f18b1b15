// The texts the wizard asks for that the strategy document does not show, each with why:
// test/wizard/document-fields.test.ts holds every other text to appearing in it.
import { q } from './question-types.js';
import type { Bi } from './question-types.js';

const REVIEWS = q(
  'The team’s reviews of a quarter are not part of the strategy the board adopts: strategy review shows the last one with the figures of its quarter, and the board overview (strategy report) when it was held.',
);

export const NOT_IN_DOCUMENT: Readonly<Record<string, Bi>> = {
  'reviews[].period': REVIEWS,
  'reviews[].rose': REVIEWS,
  'reviews[].thorn': REVIEWS,
  'reviews[].bud': REVIEWS,
};

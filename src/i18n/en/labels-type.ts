// The keys every language's labels have: those of the English table.
import type { labels } from './labels.js';

export type LabelKey = keyof typeof labels;
export type Labels = Record<LabelKey, string>;

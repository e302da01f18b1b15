// A changelog as text, Markdown (for a pull request) or JSON: the changes between two
// versions, the ones that weaken the strategy and the rewritten measurements first.
import type { Language } from '../model/strategy.js';
import { translator } from '../i18n/messages.js';
import { words } from '../i18n/words.js';
import type { Change } from '../core/versions/changes.js';
import { describeChange, PLAIN } from './describe.js';
import { inline } from '../render/markdown.js';
import { visible } from '../util/visible.js';

export type ChangeFormat = 'text' | 'markdown' | 'json';

export function formatChanges(
  changes: readonly Change[],
  labels: { before: string; after: string },
  language: Language,
  kind: ChangeFormat,
): string {
  const t = translator(language);
  const w = words(language);
  const rewrites = changes.filter((change) => change.rewrite);
  const weakening = changes.filter((change) => !change.rewrite && change.weakening);
  const other = changes.filter((change) => !change.rewrite && !change.weakening);
  if (kind === 'json') {
    return `${JSON.stringify({ version: 1, from: labels.before, to: labels.after, changes: changes.map((change) => ({ ...change, text: describeChange(change, language) })) }, null, 2)}\n`;
  }
  if (kind === 'markdown') {
    // Names are user text: escaped, then set in italics.
    const markdownLine = (change: Change): string =>
      `- ${describeChange(change, language, { name: (name) => `*${inline(name)}*`, text: (text) => inline(text) })}`;
    const heading =
      changes.length > 0
        ? t('diff.summary', {
            before: inline(labels.before),
            after: inline(labels.after),
            count: changes.length,
            weakening: weakening.length,
            rewrites: rewrites.length,
          })
        : w.capital(t('diff.between', { before: labels.before, after: labels.after }));
    const parts = [`### ${t('diff.title')}`, '', heading, ''];
    if (changes.length === 0) parts.push(t('diff.none'));
    if (rewrites.length > 0) parts.push(`**${t('diff.rewrites')}**`, '', ...rewrites.map(markdownLine), '');
    if (weakening.length > 0) parts.push(`**${t('diff.weakening')}**`, '', ...weakening.map(markdownLine), '');
    if (other.length > 0) parts.push(`**${t('diff.other')}**`, '', ...other.map(markdownLine), '');
    return `${parts.join('\n').trimEnd()}\n`;
  }
  if (changes.length === 0) return `${visible(t('diff.none-between', { before: labels.before, after: labels.after }))}\n`;
  const lines = [
    visible(
      t('diff.summary', {
        before: labels.before,
        after: labels.after,
        count: changes.length,
        weakening: weakening.length,
        rewrites: rewrites.length,
      }),
    ),
  ];
  for (const change of rewrites) lines.push(`  !! ${visible(describeChange(change, language, PLAIN))}`);
  for (const change of weakening) lines.push(`  ! ${visible(describeChange(change, language, PLAIN))}`);
  for (const change of other) lines.push(`  - ${visible(describeChange(change, language, PLAIN))}`);
  return `${lines.join('\n')}\n`;
}

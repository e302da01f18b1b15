// Which of the essentials' questions to ask again to fix a finding, by where the finding points.
import type { Language } from '../model/strategy.js';
import { platformName } from '../render/labels.js';
import { say } from './catalogue.js';
import type { Bi } from './catalogue.js';
import { q } from './question-types.js';
import { idsFor, MAX_GOALS } from './essentials-shared.js';
import type { Answers } from './essentials-shared.js';

const FIX_LABELS = {
  period: q('the period'),
  goal: (n: number) => q('goal {n}', { n }),
  channel: (platform: string) => q('the channel {platform}', { platform }),
  hours: q('the hours, who makes the posts and how often'),
  consent: q('consent for images'),
  audiences: q('the audiences'),
  channels: q('the channels'),
  team: q('the team'),
  topics: q('the topics'),
  reporting: q('the reporting'),
};

/**
 * The questions to ask again to fix a finding, by where it points; none when the essentials
 * do not ask about it (the file or `init --block` is the place then).
 */
export function questionsToFix(
  finding: { pointer: string; ruleId: string; data: Record<string, unknown> },
  answers: Answers,
  language: Language,
): { keys: string[]; label: string } | undefined {
  const pointer = finding.pointer;
  const keys = Object.keys(answers);
  const matching = (prefix: string): string[] => keys.filter((key) => key.startsWith(prefix));
  const label = (text: Bi): string => say(text, language);
  const parts = pointer.split('/').slice(1);
  const goalNumbers: number[] = [];
  for (
    let n = 1;
    n <= MAX_GOALS && typeof answers[`goal.${n}.statement`] === 'string' && (answers[`goal.${n}.statement`] as string).trim();
    n++
  )
    goalNumbers.push(n);
  const goalIds = idsFor(
    goalNumbers.map((n) => String(answers[`goal.${n}.metric`] ?? answers[`goal.${n}.statement`])),
    'doel',
  );
  switch (parts[0]) {
    case 'period':
      return { keys: ['period.start', 'period.end'], label: label(FIX_LABELS.period) };
    case 'goals': {
      const n = goalNumbers[goalIds.indexOf(parts[1] ?? '')];
      return n
        ? { keys: matching(`goal.${n}.`).filter((key) => !key.endsWith('.statement')), label: label(FIX_LABELS.goal(n)) }
        : undefined;
    }
    case 'channels':
      return parts[1]
        ? { keys: matching(`channel.${parts[1]}.`), label: label(FIX_LABELS.channel(platformName(parts[1], language))) }
        : { keys: ['channels'], label: label(FIX_LABELS.channels) };
    case 'team':
      return parts[1] === 'owner'
        ? { keys: ['team.owner'], label: label(FIX_LABELS.team) }
        : {
            keys: [...matching('team.hours.'), ...keys.filter((key) => key.endsWith('.per_week') || key.endsWith('.maker'))],
            label: label(FIX_LABELS.hours),
          };
    case 'content':
      return parts[1] === 'cadence'
        ? {
            keys: [...matching('team.hours.'), ...keys.filter((key) => key.endsWith('.per_week') || key.endsWith('.maker'))],
            label: label(FIX_LABELS.hours),
          }
        : { keys: ['content.pillars'], label: label(FIX_LABELS.topics) };
    case 'privacy':
      return { keys: ['privacy.consent'], label: label(FIX_LABELS.consent) };
    case 'audiences':
      return { keys: ['audiences.typical', 'audiences.other'], label: label(FIX_LABELS.audiences) };
    case 'control':
      return { keys: matching('control.'), label: label(FIX_LABELS.reporting) };
    case undefined:
      if (finding.ruleId === 'image-consent') return { keys: ['privacy.consent'], label: label(FIX_LABELS.consent) };
      if (finding.ruleId === 'essentials' && finding.data.block === 'audiences')
        return { keys: ['audiences.typical', 'audiences.other'], label: label(FIX_LABELS.audiences) };
      if (finding.ruleId === 'essentials' && finding.data.block === 'channels')
        return { keys: ['channels'], label: label(FIX_LABELS.channels) };
      if (finding.ruleId === 'essentials' && finding.data.block === 'period')
        return { keys: ['period.start', 'period.end'], label: label(FIX_LABELS.period) };
      return undefined;
    default:
      return undefined;
  }
}

// What every part of the document's view uses: labels and words in the document's language,
// ids resolved to names, numbers and dates as the reader writes them, and the derived figures.
import type { Language, Strategy } from '../model/strategy.js';
import { goalDisplayName } from '../core/measures/goal.js';
import { formatNumber, words } from '../i18n/words.js';
import { own } from '../util/own.js';
import { shortDate } from './calendar-text.js';
import { channelPlatformName, labels } from './labels.js';
import { derive } from './derived.js';

export function viewTools(strategy: Strategy, language: Language) {
  const l = labels(language);
  const members = strategy.team?.members ?? {};
  const memberName = (id: string): string => own(members, id)?.name ?? id;
  const audienceName = (id: string): string => own(strategy.audiences, id)?.name ?? id;
  const goalName = (id: string): string => {
    const goal = own(strategy.goals, id);
    return goal ? goalDisplayName(goal) : id;
  };
  const say = words(language);
  /** A date in a table cell: "1 apr 2027", never wrapped. */
  const cellDate = (iso: string | undefined | null): string | null => (iso ? shortDate(iso, language, true) : null);
  const channelName = (id: string): string => {
    const channel = own(strategy.channels, id);
    return channel ? `${channelPlatformName(channel, language)}${channel.handle ? ` ${channel.handle}` : ''}` : id;
  };
  const num = (value: number | undefined | null): string | null =>
    value === undefined || value === null ? null : formatNumber(value, language);
  const derived = derive(strategy);
  const list = <T>(value: readonly (T | undefined)[] | undefined): T[] => (value ?? []).filter((v): v is T => v !== undefined);
  const map = <T>(value: { [k: string]: T | undefined } | undefined): [string, T][] =>
    Object.entries(value ?? {}).filter((e): e is [string, T] => e[1] !== undefined);
  return { strategy, language, l, say, memberName, audienceName, goalName, cellDate, channelName, num, list, map, derived };
}

export type ViewTools = ReturnType<typeof viewTools>;

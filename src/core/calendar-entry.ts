// What the content calendar holds: its entries (posts, key dates, days off) and the filter that
// picks some of them.
import type { Weekday } from '../model/strategy.js';
import type { RunUpStage } from './plan.js';
import type { DayOff } from './holidays.js';

export type EntryKind = 'post' | 'key-date' | 'day-off';

export interface CalendarEntry {
  /**
   * Stable across renders, so calendar apps update an event instead of duplicating it: from
   * an item's or key date's `id`, or else its date, channel and place among the entries of
   * that day; never from a title or the organisation's name.
   */
  uid: string;
  kind: EntryKind;
  source: 'cadence' | 'run-up' | 'item' | 'key-date' | 'day-off';
  date: string;
  /** The last day of a holiday or blackout period; null for a single day. */
  until: string | null;
  weekday: Weekday;
  /** ISO week number of `date`. */
  week: number;
  time: string | null;
  minutes: number;
  channel: string | null;
  platform: string | null;
  /** The channels that announce a key date. */
  channels: string[];
  pillar: string | null;
  pillarName: string | null;
  /** A post's topic, a key date's title or the name of a day off; empty for a post the cadence planned without a topic. */
  title: string;
  format: string | null;
  status: string;
  /** Who prepares the post (a team member's name, or the id when no name is known). */
  preparedBy: string | null;
  /** Who approves posts: the item's approver, or else the approvers of the webcare workflow. */
  approvedBy: string[];
  approvedOn: string | null;
  text: string | null;
  /** The item's link with its UTM parameters. */
  link: string | null;
  asset: string | null;
  hashtags: string[];
  campaign: string | null;
  publishedUrl: string | null;
  dayOff: DayOff | null;
  /** For a post in the run-up to a key date: which post of the run-up, and the key date's day. */
  runUp: { stage: RunUpStage; date: string } | null;
}

export interface CalendarFilter {
  from?: string;
  to?: string;
  channel?: string;
}

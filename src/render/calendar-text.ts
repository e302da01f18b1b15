// How a calendar entry reads in every output (Markdown, CSV, iCalendar, the terminal): the
// channel by its platform's name, the kind of entry, the topic or "(topic to be chosen)",
// and for a holiday or blackout whether posts go ahead.
import { VOCABULARY } from '../i18n/vocabulary.js';
import type { Language, Strategy } from '../model/strategy.js';
import type { CalendarEntry } from './calendar.js';
import { channelPlatformName, labels } from './labels.js';
import type { LabelTable } from './labels.js';
import { own } from '../util/own.js';
import { HOLIDAY_TIMETABLE_SECTORS } from '../core/sectors.js';

/**
 * A channel as its readers know it: the platform's name (Instagram), with the handle or id
 * when the strategy has two channels on one platform.
 */
export function channelNamer(strategy: Strategy, language: Language): (id: string) => string {
  const channels = strategy.channels ?? {};
  const perPlatform = new Map<string, number>();
  for (const channel of Object.values(channels))
    if (channel) perPlatform.set(channel.platform, (perPlatform.get(channel.platform) ?? 0) + 1);
  return (id) => {
    const channel = own(channels, id);
    if (!channel) return id;
    const name = channelPlatformName(channel, language);
    if ((perPlatform.get(channel.platform) ?? 0) <= 1) return name;
    const handle = channel.handle ?? id;
    // A handle with brackets of its own gets a dash: no brackets inside brackets.
    return /[()]/.test(handle) ? `${name} – ${handle}` : `${name} (${handle})`;
  };
}

/** "16 nov" (with a no-break space, so a table cell never wraps it); with `year`, "16 nov 2026". */
export function shortDate(iso: string, language: Language, year = false): string {
  const month = VOCABULARY[language].monthShort[Number(iso.slice(5, 7)) - 1] ?? iso.slice(5, 7);
  return `${Number(iso.slice(8, 10))}\u00A0${month}${year ? `\u00A0${iso.slice(0, 4)}` : ''}`;
}

export interface EntryText {
  /** Post, key date, public holiday, school holiday, … */
  kind: string;
  /** The channel of a post, or the channels that announce a key date. */
  channel: string;
  /** The topic, the key date's title, or the day off's name with what it means for posts. */
  title: string;
  status: string;
  /** For a day off: "no posts" or "posts go ahead", and whether the dates are advisory. */
  effect: string;
}

export function entryTexter(strategy: Strategy, language: Language): (entry: CalendarEntry) => EntryText {
  const l: LabelTable = labels(language);
  const channelName = channelNamer(strategy, language);
  const keyDate = l.label('calendar.key-date');
  const post = l.label('calendar.kind.post');
  const openTopic = l.label('calendar.open-topic');
  return (entry) => {
    if (entry.kind === 'day-off' && entry.dayOff) {
      const off = entry.dayOff;
      const kind = l.label(`calendar.kind.${off.kind}`);
      const effect = [
        l.label(
          off.kind === 'remembrance' && !off.skip
            ? 'calendar.remembrance'
            : !off.skip
              ? 'calendar.posts-go-on'
              : off.kind === 'blackout'
                ? 'calendar.no-posts'
                : 'calendar.no-regular-posts',
        ),
        ...(off.advisory
          ? [l.label(HOLIDAY_TIMETABLE_SECTORS.has(strategy.organisation?.sector ?? '') ? 'calendar.advisory' : 'calendar.advisory-own')]
          : []),
      ].join('; ');
      return { kind, channel: '', title: entry.title || kind, status: '', effect };
    }
    if (entry.kind === 'key-date')
      return { kind: keyDate, channel: entry.channels.map(channelName).join(', '), title: entry.title, status: '', effect: '' };
    return {
      kind: post,
      channel: entry.channel ? channelName(entry.channel) : '',
      // A planned post's own topic is still to be chosen (its pillar has a column of its own).
      title: entry.runUp
        ? l.label(`calendar.run-up.${entry.runUp.stage}`, {
            title: entry.title,
            date: shortDate(entry.runUp.date, language).replace(/\u00A0/g, ' '),
          })
        : entry.title || openTopic,
      // A slot the planner made is still to be filled in; it is not planned content yet.
      status: entry.source === 'cadence' || entry.source === 'run-up' ? l.label('calendar.open-slot') : l.value('status', entry.status),
      effect: '',
    };
  };
}

// The calendar's time zone is one calendars know (an IANA name such as Europe/Amsterdam);
// an unknown one would put every post at the wrong hour, or in no zone at all.
import { defineRule, message } from './types.js';
import { pointer } from './util.js';
import { isTimeZone } from '../util/timezone.js';

export default defineRule({
  id: 'calendar-timezone',
  severity: 'error',
  options: {},
  description: {
    en: 'The calendar’s time zone is a known time zone, such as Europe/Amsterdam.',
    nl: 'De tijdzone van de kalender is een bestaande tijdzone, zoals Europe/Amsterdam.',
  },
  docs: {
    rationale: {
      en: 'Calendar exports give every post its time in the calendar’s `timezone` (default Europe/Amsterdam), so Outlook and Google show it at the right hour wherever the reader is. The name is an IANA time-zone name: Area/City, in English.',
      nl: 'De kalenderexports geven elk bericht zijn tijd in de tijdzone van de kalender (`timezone`, standaard Europe/Amsterdam), zodat Outlook en Google het op het juiste uur tonen, waar de lezer ook is. De naam is een IANA-tijdzonenaam: Gebied/Stad, in het Engels.',
    },
    example: 'version: 1\ncalendar:\n  timezone: Europe/Amsterdm\n',
  },
  messages: {
    unknown: message<{ zone: string }>(
      (p, w) => `${w.quote(p.zone)} is not a known time zone. Write an IANA name such as Europe/Amsterdam or Europe/Brussels.`,
      (p, w) => `${w.quote(p.zone)} is geen bekende tijdzone. Schrijf een IANA-naam, zoals Europe/Amsterdam of Europe/Brussels.`,
    ),
  },
  check({ strategy, report }) {
    const zone = strategy.calendar?.timezone;
    if (zone !== undefined && !isTimeZone(zone)) report({ pointer: pointer('calendar', 'timezone'), messageId: 'unknown', data: { zone } });
  },
});

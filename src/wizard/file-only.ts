// The fields a rule reads that the wizard does not ask, each with the reason it is left to the
// file: written by another command, a technical setting whose default suits nearly everyone,
// or a refinement of a field the wizard does ask. Every other field a rule reads has a
// question (test/wizard/fields.test.ts), so a finding can be fixed without an editor.
import { q } from './question-types.js';
import type { Bi } from './question-types.js';
export const FILE_ONLY: Readonly<Record<string, Bi>> = {
  'calendar.items': q(
    'The posts themselves: the calendar plans them from the cadence and the key dates; editors add their own in the file.',
  ),
  'calendar.key_dates[].id': q('Keeps a key date’s events when its title changes; made from the title.'),
  'calendar.key_dates[].run_up': q('A key date’s own run-up; the calendar’s run-up, which the wizard asks, applies to every key date.'),
  'calendar.holidays.local[].replaces': q('A school that moves a holiday of its region; rare, and named by the holiday’s id.'),
  'calendar.timezone': q('Europe/Amsterdam unless a school posts from elsewhere.'),
  'calendar.uid_domain': q('Keeps calendar events apart in a calendar app; made from the website.'),
  'calendar.utm': q('Link tracking for web statistics; its defaults suit most schools.'),
  'crisis.first_steps': q('Another way to write the crisis plan, as a list of steps; the wizard asks the plan.'),
  'control.kpis.<id>.import': q('How `strategy measure import` reads a platform’s export; written by whoever sets up the import.'),
  'control.measurements': q('The figures themselves: written by `strategy measure import`, or by hand from the platforms’ statistics.'),
  derived: q('Only in the normalised file that `strategy render --format yaml` writes.'),
  'webcare.messages_per_week': q('Another way to give webcare’s time (messages × minutes); the wizard asks the hours.'),
  'webcare.minutes_per_message': q('Another way to give webcare’s time (messages × minutes); the wizard asks the hours.'),
  'webcare.workflow.detect.within_hours': q('A step’s own time, within the response time the wizard asks.'),
  'webcare.workflow.respond.within_hours': q('A step’s own time, within the response time the wizard asks.'),
  'webcare.workflow.approve.within_hours': q('A step’s own time, within the response time the wizard asks.'),
  'webcare.workflow.publish.within_hours': q('A step’s own time, within the response time the wizard asks.'),
};

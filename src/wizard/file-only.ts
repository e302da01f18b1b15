// The fields a rule reads that the wizard does not ask, each with the reason it is left to the
// file: written by another command, a technical setting whose default suits nearly everyone,
// or a refinement of a field the wizard does ask. Every other field a rule reads has a
// question (test/wizard/fields.test.ts), so a finding can be fixed without an editor.
export const FILE_ONLY: Readonly<Record<string, string>> = {
  'calendar.items': 'The posts themselves: the calendar plans them from the cadence and the key dates; editors add their own in the file.',
  'calendar.key_dates[].id': 'Keeps a key date’s events when its title changes; made from the title.',
  'calendar.key_dates[].run_up': 'A key date’s own run-up; the calendar’s run-up, which the wizard asks, applies to every key date.',
  'calendar.holidays.local[].replaces': 'A school that moves a holiday of its region; rare, and named by the holiday’s id.',
  'calendar.timezone': 'Europe/Amsterdam unless a school posts from elsewhere.',
  'calendar.uid_domain': 'Keeps calendar events apart in a calendar app; made from the website.',
  'calendar.utm': 'Link tracking for web statistics; its defaults suit most schools.',
  'crisis.first_steps': 'Another way to write the crisis plan, as a list of steps; the wizard asks the plan.',
  'control.kpis.<id>.import': 'How `strategy measure import` reads a platform’s export; written by whoever sets up the import.',
  'control.measurements': 'The figures themselves: written by `strategy measure import`, or by hand from the platforms’ statistics.',
  derived: 'Only in the normalised file that `strategy render --format yaml` writes.',
  'webcare.messages_per_week': 'Another way to give webcare’s time (messages × minutes); the wizard asks the hours.',
  'webcare.minutes_per_message': 'Another way to give webcare’s time (messages × minutes); the wizard asks the hours.',
  'webcare.workflow.detect.within_hours': 'A step’s own time, within the response time the wizard asks.',
  'webcare.workflow.respond.within_hours': 'A step’s own time, within the response time the wizard asks.',
  'webcare.workflow.approve.within_hours': 'A step’s own time, within the response time the wizard asks.',
  'webcare.workflow.publish.within_hours': 'A step’s own time, within the response time the wizard asks.',
};

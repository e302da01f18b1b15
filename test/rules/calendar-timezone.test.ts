import { ruleTable, yaml } from './rule-tester.js';

ruleTable('calendar-timezone', {
  valid: [
    { name: 'no time zone: Europe/Amsterdam', yaml: yaml('version: 1', 'calendar: {}') },
    { name: 'a known zone', yaml: yaml('version: 1', 'calendar:', '  timezone: Europe/Brussels') },
  ],
  invalid: [
    {
      name: 'a zone that does not exist',
      yaml: yaml('version: 1', 'calendar:', '  timezone: Mars/Olympus_Mons'),
      errors: [{ line: 3, column: 13, message: /^"Mars\/Olympus_Mons" is not a known time zone\./ }],
    },
  ],
});

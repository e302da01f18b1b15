// What a sector of education means for the method, in one place for the rules, the wizard and
// the documents.

/** Schools whose pupils or students are mostly minors, and whose parents are part of the school: po, vo and mbo. */
export const SCHOOL_SECTORS: ReadonlySet<string> = new Set(['po', 'vo', 'mbo']);

/** Schools that keep a holiday timetable of their own on the region's dates: po and vo. */
export const HOLIDAY_TIMETABLE_SECTORS: ReadonlySet<string> = new Set(['po', 'vo']);

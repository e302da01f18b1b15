// Types of scripts/refresh-holidays.mjs, for the tests that hold the data to its sources.
export declare const PUBLIC_YEARS: [number, number];
export declare const PUBLIC_RULES: Record<string, string>;
export declare function publicHolidays(years?: [number, number]): [string, string][];
export declare function parseSchoolYear(answer: unknown): { schoolyear: string; holidays: Record<string, unknown>[] };

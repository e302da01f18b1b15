// The platforms whose exports `strategy measure import` reads: the schema's list for a KPI's
// `import.platform`, once, for the command line, the reader and the messages. The compiler
// checks that it names every platform the schema allows and no other.
import type { Kpi } from './strategy.js';

export type ImportPlatform = NonNullable<Kpi['import']>['platform'];

export const IMPORT_PLATFORMS = ['facebook', 'instagram', 'linkedin', 'tiktok'] as const satisfies readonly ImportPlatform[];

// A platform the schema adds but the list lacks makes this a type error.
type Missing = Exclude<ImportPlatform, (typeof IMPORT_PLATFORMS)[number]>;
export const EVERY_PLATFORM_LISTED: [Missing] extends [never] ? true : never = true;

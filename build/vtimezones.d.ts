// The VTIMEZONE blocks that scripts/build.mjs looks up into build/vtimezones.js.
export declare const VTIMEZONES: Record<string, string>;

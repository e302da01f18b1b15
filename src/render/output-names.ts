// The files `render` writes; kept apart so the command line can list them without loading
// the renderer.
export const OUTPUT_NAMES = ['strategy.md', 'calendar.md', 'calendar.csv', 'calendar.ics'] as const;
export const NORMALISED_NAME = 'strategy.normalised.yaml';
export type OutputName = (typeof OUTPUT_NAMES)[number] | typeof NORMALISED_NAME;

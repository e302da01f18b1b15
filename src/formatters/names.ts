// The names of the output formats, apart from the formatters, so that the command line can
// list them without loading them.
export const FORMAT_NAMES = ['stylish', 'json', 'github', 'sarif', 'junit'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

// The files `render` writes; kept apart so the command line can list them without loading
// the renderer.
export const OUTPUT_NAMES = ['strategy.md', 'calendar.md', 'calendar.csv', 'calendar.ics'] as const;
export const NORMALISED_NAME = 'strategy.normalised.yaml';
export const HTML_NAME = 'strategy.html';
export type OutputName = (typeof OUTPUT_NAMES)[number] | typeof NORMALISED_NAME | typeof HTML_NAME;

/** Markdown as each wiki understands it: Mermaid in fences, in Azure DevOps' `::: mermaid`, or charts as tables. */
export const FLAVOURS = ['github', 'gitlab', 'azure-devops', 'plain'] as const;
export type Flavour = (typeof FLAVOURS)[number] | 'html';

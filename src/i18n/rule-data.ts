// The shapes of the data some rules' findings carry, shared by the rules that report them and
// the catalogues that word them.

/** What makes a goal SMART in the file: what is measured, how much, in what, by when. */
export const SMART_FIELDS = ['metric', 'target', 'unit', 'deadline'] as const;

/** The steps of webcare's workflow, in order. */
export const STEPS = ['detect', 'respond', 'approve', 'publish'] as const;

export interface Work {
  posting: number;
  webcare: number;
  monitoring: number;
}

export type Share = { community: string; share: number };

export type Section = 'content' | 'tasks' | 'control';

export type Block = 'period' | 'goals' | 'audiences' | 'channels' | 'team';

export type SmartField = (typeof SMART_FIELDS)[number];

export type Part = 'webcare.owner' | 'webcare.response_time_hours' | `webcare.workflow.${(typeof STEPS)[number]}`;

export type Step = (typeof STEPS)[number];

/** "Instagram", or "Instagram (instagram-mbo)" when the channel's id says more than its platform. */
export function channelName(p: { channel: string; platform: string }, w: { value: (kind: 'platform', value: string) => string }): string {
  const name = w.value('platform', String(p.platform));
  const id = String(p.channel);
  return id === String(p.platform) || id.toLowerCase() === name.toLowerCase() ? name : `${name} (${id})`;
}

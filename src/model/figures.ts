// The figures the method keeps asking for: the hours a cadence takes, in total, per channel
// and per member, and the hours the team has. One place, for the capacity rules and the
// rendered documents alike.
import type { Strategy } from './strategy.js';

/** Used when a cadence entry gives no minutes per post. */
export const DEFAULT_MINUTES_PER_POST = 30;

export interface Figures {
  cadenceHours: number;
  hoursPerChannel: Map<string, number>;
  hoursPerMember: Map<string, number>;
  teamHours: number;
}

export function figures(strategy: Strategy, defaultMinutes = DEFAULT_MINUTES_PER_POST): Figures {
  let cadenceHours = 0;
  const hoursPerChannel = new Map<string, number>();
  const hoursPerMember = new Map<string, number>();
  for (const entry of strategy.content?.cadence ?? []) {
    if (!entry) continue;
    const hours = (entry.per_week * (entry.minutes_per_post ?? defaultMinutes)) / 60;
    cadenceHours += hours;
    hoursPerChannel.set(entry.channel, (hoursPerChannel.get(entry.channel) ?? 0) + hours);
    if (entry.owner) hoursPerMember.set(entry.owner, (hoursPerMember.get(entry.owner) ?? 0) + hours);
  }
  const teamHours = Object.values(strategy.team?.members ?? {}).reduce((sum, member) => sum + (member?.hours_per_week ?? 0), 0);
  return { cadenceHours, hoursPerChannel, hoursPerMember, teamHours };
}

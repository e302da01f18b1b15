// The figures the method keeps asking for: the hours a cadence takes, in total, per channel
// and per member, and the hours the team has. One place, for the capacity rules and the
// rendered documents alike.
import type { Strategy } from './strategy.js';

/** Used when a cadence entry gives no minutes per post. */
export const DEFAULT_MINUTES_PER_POST = 30;

/** Used when webcare gives an expected number of messages but no minutes per message. */
export const DEFAULT_MINUTES_PER_MESSAGE = 5;

export interface Figures {
  cadenceHours: number;
  hoursPerChannel: Map<string, number>;
  /** Posting and webcare per member: the cadence entries they make, their share of webcare. */
  hoursPerMember: Map<string, number>;
  teamHours: number;
  /** Webcare a week: its stated hours, or messages × minutes per message; 0 when unknown. */
  webcareHours: number;
  /** Monitoring, measuring and reporting a week (control.hours_per_week). */
  monitoringHours: number;
  /** All the work: the cadence, webcare and monitoring. */
  workHours: number;
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
  const webcare = strategy.webcare;
  const webcareHours =
    webcare?.hours_per_week ??
    (webcare?.messages_per_week !== undefined
      ? (webcare.messages_per_week * (webcare.minutes_per_message ?? DEFAULT_MINUTES_PER_MESSAGE)) / 60
      : 0);
  // Webcare is shared by those who do it: the core task's members, else who responds, else its owner.
  const members = strategy.team?.members ?? {};
  const doers = [strategy.team?.tasks?.webcare, webcare?.workflow?.respond?.by, webcare?.owner ? [webcare.owner] : undefined]
    .find((list) => list && list.length > 0)
    ?.filter((id) => Object.hasOwn(members, id));
  if (webcareHours > 0 && doers && doers.length > 0) {
    for (const id of doers) hoursPerMember.set(id, (hoursPerMember.get(id) ?? 0) + webcareHours / doers.length);
  }
  const monitoringHours = strategy.control?.hours_per_week ?? 0;
  return {
    cadenceHours,
    hoursPerChannel,
    hoursPerMember,
    teamHours,
    webcareHours,
    monitoringHours,
    workHours: cadenceHours + webcareHours + monitoringHours,
  };
}

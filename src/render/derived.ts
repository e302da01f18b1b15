// Figures the document derives from the strategy: the hours the cadence takes, per channel and
// per member, against the hours the team has.
import type { Strategy } from '../model/strategy.js';
import { figures } from '../model/figures.js';

export interface Derived {
  /** Hours per week the cadence takes, per channel id. */
  hoursPerChannel: Record<string, number>;
  /** Hours per week the cadence asks of each team member (by id). */
  hoursPerMember: Record<string, number>;
  cadenceHours: number;
  teamHours: number;
  /** cadenceHours / teamHours, or null without team hours. */
  capacityUsed: number | null;
}

/** The strategy's figures, rounded for people to read. */
export function derive(strategy: Strategy): Derived {
  const f = figures(strategy);
  const rounded = (map: Map<string, number>): Record<string, number> =>
    Object.fromEntries([...map].map(([id, hours]) => [id, round(hours)]));
  return {
    hoursPerChannel: rounded(f.hoursPerChannel),
    hoursPerMember: rounded(f.hoursPerMember),
    cadenceHours: round(f.cadenceHours),
    teamHours: round(f.teamHours),
    capacityUsed: f.teamHours > 0 ? round(f.cadenceHours / f.teamHours) : null,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

// `render --format yaml`: the strategy with defaults filled in and derived figures added, as
// YAML for other tools. Its own module, so that rendering the documents does not load the
// YAML writer.
import { stringify } from 'yaml';
import type { Strategy } from '../model/strategy.js';
import { DEFAULT_TIMEZONE } from '../model/strategy.js';
import { labels } from './labels.js';
import { derive } from './derived.js';

/** The strategy with defaults filled in and derived figures added, for other tools. */
export function renderNormalised(strategy: Strategy): string {
  const language = strategy.language ?? 'nl';
  const normalised = {
    ...strategy,
    language,
    ...(strategy.channels
      ? {
          channels: Object.fromEntries(
            Object.entries(strategy.channels).map(([id, channel]) => [id, { ...channel, visibility: channel?.visibility ?? 'public' }]),
          ),
        }
      : {}),
    calendar: {
      ...strategy.calendar,
      timezone: strategy.calendar?.timezone ?? DEFAULT_TIMEZONE,
      ...(strategy.calendar?.items
        ? { items: strategy.calendar.items.map((item) => ({ ...item, status: item.status ?? 'planned' })) }
        : {}),
    },
    derived: derivedFigures(strategy),
  };
  const header = `# ${labels(language).label('document.generated')}\n`;
  return header + stringify(normalised, { lineWidth: 0, aliasDuplicateObjects: false });
}

function derivedFigures(strategy: Strategy) {
  const d = derive(strategy);
  return {
    cadence_hours_per_week: d.cadenceHours,
    team_hours_per_week: d.teamHours,
    capacity_used: d.capacityUsed,
    minutes_per_week_per_channel: Object.fromEntries(Object.entries(d.hoursPerChannel).map(([id, hours]) => [id, Math.round(hours * 60)])),
    minutes_per_week_per_member: Object.fromEntries(Object.entries(d.hoursPerMember).map(([id, hours]) => [id, Math.round(hours * 60)])),
  };
}

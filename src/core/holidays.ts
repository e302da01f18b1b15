// The days without posts, or with a mark in the calendar: public holidays and 4 May, the
// school holidays of the strategy's region, a school's own days off and the blackout periods.
// The holidays come from data/holidays-nl.json (sources and licences there and in the README),
// refreshed by scripts/refresh-holidays.mjs. Data only: the presentation names each day in
// the reader's language (render/day-off-names.ts).
import HOLIDAYS from '../../data/holidays-nl.json' with { type: 'json' };
import type { Strategy } from '../model/strategy.js';

type Holidays = NonNullable<NonNullable<Strategy['calendar']>['holidays']>;
export type Region = NonNullable<Holidays['region']>;
export type SchoolHoliday = NonNullable<NonNullable<Holidays['local']>[number]['replaces']>;
export type DayOffKind = 'public' | 'remembrance' | 'school' | 'local' | 'blackout';
/** The public holidays and 4 May, as the data names them. */
export type PublicHoliday =
  | 'new-year'
  | 'good-friday'
  | 'easter'
  | 'easter-monday'
  | 'kings-day'
  | 'remembrance'
  | 'liberation'
  | 'ascension'
  | 'whitsun'
  | 'whit-monday'
  | 'christmas'
  | 'boxing-day';

export interface DayOff {
  kind: DayOffKind;
  /** The public or school holiday (`kings-day`, `autumn`); empty for local days and blackouts. */
  id: string;
  /** The strategy's own words for the day: a local day off's name, a blackout's reason; empty otherwise. */
  name: string;
  from: string;
  to: string;
  /** No posts are planned on these days; otherwise the days are only marked. */
  skip: boolean;
  /** A school holiday whose dates the government advises and a school may change. */
  advisory: boolean;
  /** Index in `calendar.blackout` or `calendar.holidays.local`, for a stable id. */
  index?: number;
}

interface SchoolYear {
  schoolyear: string;
  holidays: ({ id: SchoolHoliday; advisory: boolean } & Record<Region, [string, string]>)[];
}

const PUBLIC = HOLIDAYS.public.days as [string, PublicHoliday][];
const SCHOOL_YEARS = HOLIDAYS.school.years as SchoolYear[];
const REGIONS: readonly Region[] = ['noord', 'midden', 'zuid'];

/** The first and last day for which the shipped data knows the public holidays. */
export function publicCoverage(): { from: string; to: string } {
  const [first, last] = HOLIDAYS.public.years as [number, number];
  return { from: `${first}-01-01`, to: `${last}-12-31` };
}

/**
 * The first and last day for which the shipped data knows a region's school holidays: from
 * October of the first school year (the summer before it belongs to the year before) to the
 * end of the last school year's summer holiday.
 */
export function schoolCoverage(region: Region): { from: string; to: string } | null {
  const first = SCHOOL_YEARS[0];
  const last = SCHOOL_YEARS[SCHOOL_YEARS.length - 1];
  const summer = last?.holidays.find((holiday) => holiday.id === 'summer');
  if (!first || !summer) return null;
  return { from: `${first.schoolyear.slice(0, 4)}-10-01`, to: summer[region][1] };
}

/** The school years in the data, as 2026-2027. */
export function schoolYears(): string[] {
  return SCHOOL_YEARS.map((year) => year.schoolyear);
}

/** A school year runs from 1 August to 31 July: 2027-03-01 is in 2026-2027. */
function schoolYearOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 8 ? year : year - 1;
  return `${start}-${start + 1}`;
}

export function holidaySettings(strategy: Strategy): {
  region: Region | null;
  public: 'skip' | 'mark' | 'ignore';
  school: 'skip' | 'mark' | 'ignore';
} {
  const holidays = strategy.calendar?.holidays;
  const region = holidays?.region && REGIONS.includes(holidays.region) ? holidays.region : null;
  return { region, public: holidays?.public ?? 'skip', school: holidays?.school ?? 'skip' };
}

/**
 * Every day off and marked day that overlaps [from, to], sorted by first day. Blackouts are
 * always skipped; a school's own days follow `school` (and are skipped when it is `ignore`:
 * the strategy names them).
 */
export function daysOff(strategy: Strategy, from: string, to: string): DayOff[] {
  const settings = holidaySettings(strategy);
  const overlaps = (period: { from: string; to: string }): boolean => period.from <= to && period.to >= from;
  const result: DayOff[] = [];

  if (settings.public !== 'ignore') {
    for (const [date, id] of PUBLIC) {
      if (date < from) continue;
      if (date > to) break;
      const remembrance = id === 'remembrance';
      result.push({
        kind: remembrance ? 'remembrance' : 'public',
        id,
        name: '',
        from: date,
        to: date,
        skip: !remembrance && settings.public === 'skip',
        advisory: false,
      });
    }
  }

  const local = (strategy.calendar?.holidays?.local ?? []).filter(Boolean);
  if (settings.region && settings.school !== 'ignore') {
    const region = settings.region;
    const replaced = new Set(local.filter((day) => day.replaces).map((day) => `${schoolYearOf(day.from)}\u0000${day.replaces}`));
    for (const year of SCHOOL_YEARS) {
      for (const holiday of year.holidays) {
        const [start, end] = holiday[region];
        if (replaced.has(`${schoolYearOf(start)}\u0000${holiday.id}`) || !overlaps({ from: start, to: end })) continue;
        result.push({
          kind: 'school',
          id: holiday.id,
          name: '',
          from: start,
          to: end,
          skip: settings.school === 'skip',
          advisory: holiday.advisory,
        });
      }
    }
  }
  for (const [index, day] of local.entries()) {
    if (!overlaps(day) || day.from > day.to) continue;
    const name = day.name ?? '';
    // A school holiday at the school's own dates is still a school holiday.
    result.push({
      kind: day.replaces ? 'school' : 'local',
      id: day.replaces ?? '',
      name,
      from: day.from,
      to: day.to,
      skip: settings.school !== 'mark',
      advisory: false,
      index,
    });
  }
  for (const [index, period] of (strategy.calendar?.blackout ?? []).entries()) {
    if (!period || !overlaps(period) || period.from > period.to) continue;
    result.push({
      kind: 'blackout',
      id: '',
      name: period.reason ?? '',
      from: period.from,
      to: period.to,
      skip: true,
      advisory: false,
      index,
    });
  }
  return result.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

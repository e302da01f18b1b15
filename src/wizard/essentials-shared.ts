// What the essentials' questions and the strategy made from their answers share: the lists
// offered, how answers are read back, and ids made from names.
import { slugify } from '../model/ids.js';

export type Answers = Record<string, unknown>;

export const MAX_GOALS = 3;
/** Sectors with pupils under 18, whose photos need consent. */
export const VISUAL = new Set(['instagram', 'tiktok', 'youtube', 'facebook', 'snapchat', 'parents-app']);
export const SECTORS = ['po', 'vo', 'mbo', 'hbo', 'wo', 'adult-education', 'other'];
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A time as typed (8.30, 08:30, 19.30) as HH:MM; anything else as it is, for the check to refuse. */
export const clock = (typed: string): string => {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(typed.trim());
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : typed.trim();
};

/** The first day a new strategy can start: 1 August in August (a school year), else the first of next month. */
export function firstDay(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (month === 8) return `${year}-08-01`;
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

export function dayBefore(iso: string, years: number): string {
  const date = new Date(Date.parse(iso));
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return new Date(date.getTime() - 86_400_000).toISOString().slice(0, 10);
}

/** Ids made from names, unique within their list. */
export function idsFor(names: readonly string[], fallback: string): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = slugify(name) || fallback;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

export const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()) : [];

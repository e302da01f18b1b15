// From an export's rows (a day or a post each) to one figure per period, dated on the
// period's last day: the sum of the posts' reach in November, the followers on the last day
// of the quarter. A period the export does not cover whole is left out, so no half month is
// recorded as if it were a whole one (and a later, whole export can still add it).
export type Aggregate = 'sum' | 'last' | 'mean';
export type Per = 'day' | 'week' | 'month' | 'quarter';

export interface Figure {
  date: string;
  value: number;
}

const DAY = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** The first and last day of the period a day falls in; weeks run Monday to Sunday. */
export function periodOf(date: string, per: Per): { from: string; to: string; label: string } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (per === 'day') return { from: date, to: date, label: date };
  if (per === 'week') {
    const time = Date.parse(date);
    const monday = time - ((new Date(time).getUTCDay() + 6) % 7) * DAY;
    return { from: iso(monday), to: iso(monday + 6 * DAY), label: `${iso(monday)}/${iso(monday + 6 * DAY)}` };
  }
  const first = per === 'month' ? month : Math.floor((month - 1) / 3) * 3 + 1;
  const last = per === 'month' ? month : first + 2;
  const end = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return {
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(end)}`,
    label: per === 'month' ? `${year}-${pad(month)}` : `${year}-Q${(first + 2) / 3}`,
  };
}

/** Spans of days as one sorted list in which adjacent and overlapping spans are joined. */
function joined(spans: readonly { from: string; to: string }[]): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (const span of [...spans].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))) {
    const last = out[out.length - 1];
    if (last && Date.parse(span.from) <= Date.parse(last.to) + DAY) {
      if (span.to > last.to) last.to = span.to;
    } else out.push({ ...span });
  }
  return out;
}

/**
 * One figure per period from rows of dated values. `coverage` says which days the exports
 * span: a period the daily exports reach counts when they span it whole, together (two
 * exports of half a month each make a whole month), and then takes the daily rows only; any
 * other period of posts counts once it has ended (before `today`), as a post export has no row
 * for days without posts.
 */
export function aggregate(
  rows: readonly (Figure & { kind?: 'days' | 'posts' })[],
  coverage: readonly { from: string; to: string; kind: 'days' | 'posts' }[],
  options: { aggregate: Aggregate; per: Per; today: string },
): { figures: Figure[]; skipped: { period: string; reason: 'incomplete' | 'not-ended' }[] } {
  const groups = new Map<string, { period: ReturnType<typeof periodOf>; rows: (Figure & { kind?: 'days' | 'posts' })[] }>();
  for (const row of rows) {
    const period = periodOf(row.date, options.per);
    const group = groups.get(period.label) ?? { period, rows: [] };
    group.rows.push(row);
    groups.set(period.label, group);
  }
  const days = joined(coverage.filter((span) => span.kind === 'days'));
  const figures: Figure[] = [];
  const skipped: { period: string; reason: 'incomplete' | 'not-ended' }[] = [];
  for (const { period, rows: inPeriod } of [...groups.values()].sort((a, b) => (a.period.from < b.period.from ? -1 : 1))) {
    const daily = days.some((span) => span.from <= period.to && span.to >= period.from);
    const whole = daily ? days.some((span) => span.from <= period.from && span.to >= period.to) : period.to < options.today;
    if (!whole) {
      skipped.push({ period: period.label, reason: daily ? 'incomplete' : 'not-ended' });
      continue;
    }
    const taken = daily ? inPeriod.filter((row) => row.kind !== 'posts') : inPeriod;
    if (taken.length === 0) continue;
    const sorted = [...taken].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const total = sorted.reduce((sum, row) => sum + row.value, 0);
    const value =
      options.aggregate === 'sum' ? total : options.aggregate === 'mean' ? total / sorted.length : sorted[sorted.length - 1]!.value;
    // Four decimals: a rate of 0.0625 stays what it is.
    figures.push({ date: period.to, value: Math.round(value * 10_000) / 10_000 });
  }
  return { figures, skipped };
}

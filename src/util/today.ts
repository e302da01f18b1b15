// Today as YYYY-MM-DD in a time zone: a run in CI at 23:30 UTC is already tomorrow in
// Amsterdam. SOURCE_DATE_EPOCH (seconds), when set, stands for now.
/** Now in milliseconds: the time SOURCE_DATE_EPOCH gives (seconds), for output that can be reproduced, else the clock. */
export function nowIn(env: Readonly<Record<string, string | undefined>>): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d{1,12}$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
}

export function todayIn(zone: string | undefined, env: Readonly<Record<string, string | undefined>> = {}): string {
  const now = new Date(nowIn(env));
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: zone ?? 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** A real calendar date written as YYYY-MM-DD (not 2027-02-30). */
export function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(Date.parse(value)).toISOString().slice(0, 10) === value;
}

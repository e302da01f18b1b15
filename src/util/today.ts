// Today as YYYY-MM-DD in a time zone: a run in CI at 23:30 UTC is already tomorrow in
// Amsterdam. SOURCE_DATE_EPOCH (seconds), when set, stands for now.
export function todayIn(zone: string | undefined, env: Readonly<Record<string, string | undefined>> = {}): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const now = epoch && /^\d{1,12}$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: zone ?? 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

// A school year of measuring, as a communications team lives it with the installed command:
// every month the platform's post export and the school's own sheet go in with `measure
// import`, each quarter a review comes out, at the end the board's overview and the document.
// The true figures are computed here from the generated exports alone (sums, running totals,
// a least-squares line), never with the tool's functions, and every figure the outputs print
// is held against them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readText, tableRows } from '../helpers/markdown.js';
import { lineAt, lineReaches } from '../helpers/least-squares.js';
import { parse as parseYaml } from 'yaml';

const project = inject('installedProject');
const bin = join(project, 'node_modules', '.bin', 'strategy');

const STRATEGY = `version: 1
language: nl
organisation: {name: Het Baken, sector: vo}
period: {start: 2026-08-01, end: 2027-07-31}
goals:
  aanmeldingen:
    name: Aanmeldingen brugklas
    statement: In schooljaar 2026-2027 melden zich 300 leerlingen aan voor de brugklas.
    metric: Aanmeldingen brugklas
    kind: total
    measured_by: aanmeldingen-maand
    target: 300
    unit: aanmeldingen
    deadline: 2027-06-30
  volgers:
    name: Volgers op Instagram
    statement: Eind juni 2027 volgen 1600 mensen ons Instagram-account (nu 1000).
    metric: Volgers op Instagram
    baseline: 1000
    target: 1600
    unit: volgers
    deadline: 2027-06-30
control:
  kpis:
    aanmeldingen-maand: {goal: aanmeldingen, metric: Aanmeldingen per maand, frequency: monthly, kind: count}
    ig-bereik: {goal: aanmeldingen, metric: Bereik van onze Instagram-berichten, frequency: monthly, unit: accounts, import: {platform: instagram, column: reach, aggregate: sum, per: month}}
    ig-volgers: {goal: volgers, metric: Volgers op Instagram, frequency: monthly}
  measurements: []
`;

/** A small deterministic generator, so the year is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const MONTHS = ['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05'];
const lastDay = (month: string): string =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
const DAY = 86_400_000;
const days = (iso: string): number => Date.parse(iso) / DAY;

interface Month {
  month: string;
  applications: number;
  followers: number;
  posts: { id: string; day: number; reach: number }[];
}

function schoolYear(): Month[] {
  const next = random(20262027);
  let followers = 1000;
  return MONTHS.map((month, index) => {
    followers += 30 + Math.floor(next() * 50);
    const posts = Array.from({ length: 6 + Math.floor(next() * 5) }, (_, i) => ({
      id: `18${index}${String(i).padStart(3, '0')}`,
      day: 1 + Math.floor(next() * 27),
      reach: 800 + Math.floor(next() * 4000),
    }));
    // Applications peak in winter, as they do.
    const applications = [8, 14, 22, 30, 55, 60, 35, 20, 10][index]! + Math.floor(next() * 6);
    return { month, applications, followers, posts };
  });
}

/** Meta Business Suite's Instagram post export with Dutch headings; dates month first, as Meta writes them. */
function metaExport(month: Month): string {
  const header =
    'Bericht-ID,Account-ID,Gebruikersnaam account,Accountnaam,Omschrijving,Duur (sec.),Publicatietijdstip,Permalink,Berichttype,Opmerking over gegevens,Datum,Weergaven,Bereik,Vind-ik-leuks,Aantal keer gedeeld,Volgt,Opmerkingen,Aantal keer opgeslagen';
  const rows = month.posts.map((p) => {
    const date = `${month.month.slice(5, 7)}/${String(p.day).padStart(2, '0')}/${month.month.slice(0, 4)} 18:00`;
    return [
      p.id,
      '17800000000000000',
      'hetbaken',
      'Het Baken',
      `Bericht ${p.id}`,
      '0',
      date,
      `https://www.instagram.com/p/${p.id}/`,
      'IG-afbeelding',
      '',
      'Levensduur',
      String(p.reach * 2),
      String(p.reach),
      '10',
      '1',
      '0',
      '2',
      '3',
    ]
      .map((v) => `"${v}"`)
      .join(',');
  });
  return `\uFEFF${header}\n${rows.join('\n')}\n`;
}

const dutch = (n: number): string => n.toLocaleString('nl-NL');
const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const longNl = (iso: string): string => `${Number(iso.slice(8, 10))} ${MONTHS_NL[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const shortNl = (iso: string): string =>
  `${Number(iso.slice(8, 10))}\u00A0${['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'][Number(iso.slice(5, 7)) - 1]}\u00A0${iso.slice(0, 4)}`;

function run(dir: string, args: string[], day: string) {
  const epoch = String(Date.parse(`${day}T12:00:00Z`) / 1000);
  const result = spawnSync(bin, args, {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', LANG: 'nl_NL.UTF-8', SOURCE_DATE_EPOCH: epoch },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

describe('a school year of measuring with the installed command', () => {
  it('prints in every review, the overview and the document the figures the exports hold', () => {
    const dir = mkdtempSync(join(project, 'measuring-'));
    writeFileSync(join(dir, 'strategy.yaml'), STRATEGY);
    const year = schoolYear();

    // Every month, a few days after it ended: the post export and the school's own sheet.
    for (const month of year) {
      const day = new Date(Date.parse(lastDay(month.month)) + 5 * DAY).toISOString().slice(0, 10);
      writeFileSync(join(dir, `instagram-${month.month}.csv`), metaExport(month));
      writeFileSync(
        join(dir, `eigen-${month.month}.csv`),
        `date;kpi;value\n${lastDay(month.month)};aanmeldingen-maand;${month.applications}\n${lastDay(month.month)};ig-volgers;${month.followers}\n`,
      );
      const imported = run(dir, ['measure', 'import', `instagram-${month.month}.csv`, `eigen-${month.month}.csv`], day);
      expect({ code: imported.code, stderr: imported.stderr }).toEqual({ code: 0, stderr: '' });
    }

    // The file holds what the exports say: the month's reach is the sum of its posts' reach.
    const stored = (
      parseYaml(readFileSync(join(dir, 'strategy.yaml'), 'utf8')) as {
        control: { measurements: { kpi: string; date: string; value: number }[] };
      }
    ).control.measurements;
    for (const month of year) {
      const of = (kpi: string): number | undefined => stored.find((m) => m.kpi === kpi && m.date === lastDay(month.month))?.value;
      expect(of('ig-bereik')).toBe(month.posts.reduce((sum, p) => sum + p.reach, 0));
      expect(of('aanmeldingen-maand')).toBe(month.applications);
      expect(of('ig-volgers')).toBe(month.followers);
    }

    // The truth on a day: the running total of applications, the followers, and the lines to 30 June 2027.
    const truth = (until: string) => {
      const known = year.filter((m) => lastDay(m.month) <= until);
      let total = 0;
      const totals = known.map((m) => [lastDay(m.month), (total += m.applications)] as const);
      const applications: [number, number][] = [[days('2026-08-01'), 0], ...totals.map(([d, v]) => [days(d), v] as [number, number])];
      const followers: [number, number][] = [
        [days('2026-08-01'), 1000],
        ...known.map((m) => [days(lastDay(m.month)), m.followers] as [number, number]),
      ];
      const last = known[known.length - 1]!;
      // The month the line reaches the target, not before the latest figure.
      const reachedIn = (points: [number, number][], target: number): string => {
        const day = new Date(Math.max(lineReaches(points, target), days(lastDay(last.month))) * DAY).toISOString();
        return `${MONTHS_NL[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
      };
      return {
        date: lastDay(last.month),
        applications: total,
        followers: last.followers,
        applicationsForecast: Math.round(lineAt(applications, days('2027-06-30'))),
        followersForecast: Math.round(lineAt(followers, days('2027-06-30'))),
        applicationsIn: reachedIn(applications, 300),
        followersIn: reachedIn(followers, 1600),
        reach: last.posts.reduce((s, p) => s + p.reach, 0),
        month: last.applications,
      };
    };

    // Each quarter's review, drawn up a few days after the quarter.
    for (const [quarter, drawnUp] of [
      ['2026Q4', '2027-01-05'],
      ['2027Q1', '2027-04-05'],
    ] as const) {
      const review = run(dir, ['review', '--quarter', quarter, '--stdout'], drawnUp);
      expect(review.code).toBe(0);
      const t = truth(drawnUp);
      const rows = tableRows(review.stdout);
      const course = (forecast: number, target: number): string => (forecast >= target ? 'op schema' : 'achter op schema');
      expect(rows[1]).toEqual([
        'Aanmeldingen brugklas',
        '300 aanmeldingen',
        '30\u00A0jun\u00A02027',
        `${dutch(t.applications)} aanmeldingen (${shortNl(t.date)})`,
        course(t.applicationsForecast, 300),
      ]);
      expect(rows[2]).toEqual([
        'Volgers op Instagram',
        '1.600 volgers',
        '30\u00A0jun\u00A02027',
        `${dutch(t.followers)} volgers (${shortNl(t.date)})`,
        course(t.followersForecast, 1600),
      ]);
      const forecast = (value: number, target: number, unit: string, month: string): string =>
        value >= target
          ? `- Verwachte stand op 30 juni 2027: ongeveer ${dutch(value)} ${unit}. Als dit tempo aanhoudt, wordt de streefwaarde van ${dutch(target)} ${unit} in ${month} gehaald.`
          : `- Verwachte stand op 30 juni 2027: ongeveer ${dutch(value)} ${unit}, ${dutch(target - value)} ${unit} minder dan de streefwaarde van ${dutch(target)} ${unit}.`;
      expect(review.stdout).toContain(forecast(t.applicationsForecast, 300, 'aanmeldingen', t.applicationsIn));
      expect(review.stdout).toContain(forecast(t.followersForecast, 1600, 'volgers', t.followersIn));
      // A month's count beside the total it makes.
      expect(review.stdout).toContain(
        `| ${shortNl(t.date)} | Aanmeldingen per maand | ${dutch(t.month)} aanmeldingen (samen ${dutch(t.applications)} aanmeldingen) |`,
      );
      // Reach supports the applications goal, in its own unit: never counted as applications.
      expect(review.stdout).toContain(
        `| ${shortNl(t.date)} | Bereik van onze Instagram-berichten (ondersteunend) | ${dutch(t.reach)} accounts |`,
      );
      expect(review.stdout).not.toMatch(/\d+\.\d{3}\.\d{3} aanmeldingen|-\d+%/);
    }

    // At the end of May: the board's overview and the document.
    const end = '2027-06-05';
    const t = truth(end);
    const onCourse = [t.applicationsForecast >= 300, t.followersForecast >= 1600].filter(Boolean).length;
    // The strategy is only its goals and KPIs: check finds errors (no audiences, channels, team), so report exits 1.
    expect(run(dir, ['report', 'strategy.yaml', '--format', 'md'], end).code).toBe(1);
    const overview = tableRows(readFileSync(join(dir, 'overview.md'), 'utf8'));
    expect(overview[1]![0]).toBe('Het Baken');
    expect(overview[1]![1]).toMatch(new RegExp(`^${onCourse} van 2(;|$)`));
    expect(overview[1]![2]).toBe(shortNl(t.date));

    expect(run(dir, ['render', '--stdout', '--only', 'strategy.md'], end).code).toBe(2);
    // The pull-request report carries check's findings: a goal far behind is named with the line's figures.
    const ci = run(dir, ['ci', 'strategy.yaml', '--platform', 'gitlab'], end);
    const farBehind = (forecast: number, target: number, way: number): boolean => target - forecast > 0.1 * way;
    for (const [goal, forecast, target, way] of [
      ['aanmeldingen', t.applicationsForecast, 300, 300],
      ['volgers', t.followersForecast, 1600, 600],
    ] as const) {
      const named = `komt doel "${goal}" op 30 juni 2027 uit op ongeveer ${dutch(forecast)}, terwijl de streefwaarde ${dutch(target)} is: een achterstand van ongeveer ${dutch(target - forecast)}.`;
      if (farBehind(forecast, target, way)) expect(ci.stdout).toContain(named);
      else expect(ci.stdout).not.toContain(`komt doel "${goal}"`);
    }
    expect(ci.stdout).not.toMatch(/-\d+%|\b0 te weinig/);

    const document = run(dir, ['render', '--stdout', '--only', 'strategy.md', '--force'], end);
    expect(document.code).toBe(0);
    // Forced, it says on its first page that it is not ready to adopt.
    expect(document.stdout).toMatch(/^> \*\*Niet klaar om vast te stellen: strategy check vindt \d+ fouten in deze strategie\./m);
    const read = readText(document.stdout);
    expect(read).toContain(
      `Stand per ${longNl(t.date)}: ${dutch(t.applications)} aanmeldingen, ${Math.round((t.applications / 300) * 100)}% van de streefwaarde van 300 aanmeldingen.`,
    );
    expect(read).toContain(
      `Stand per ${longNl(t.date)}: ${dutch(t.followers)} volgers, ${Math.round(((t.followers - 1000) / 600) * 100)}% van de beoogde groei (van 1.000 naar 1.600 volgers).`,
    );
    expect(read).toContain(`Bereik van onze Instagram-berichten: ${dutch(t.reach)} accounts (${shortNl(t.date)})`);
  });
});

// strategy diff: each kind of change in both languages, weakening changes first, through a
// real git repository made here (two commits) with the installed command, and Markdown that
// markdown-it reads as a heading and lists.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { parse } from 'yaml';
import { changesBetween } from '../../src/core/versions/changes.js';
import { describeChange } from '../../src/diff/describe.js';
import { formatChanges } from '../../src/diff/format.js';
import type { Strategy } from '../../src/model/strategy.js';
import { packageRoot } from '../helpers/io.js';

const mbo = readFileSync(join(packageRoot, 'examples/mbo/strategy.yaml'), 'utf8');
const base = (): Strategy => parse(mbo) as Strategy;

interface Pair {
  name: string;
  change: (s: Strategy) => void;
  nl: string;
  en: string;
  weakening: boolean;
}

const pairs: Pair[] = [
  {
    name: 'a lower target',
    change: (s) => void (s.goals!['meer-aanmeldingen-instagram']!.target = 500),
    nl: 'doel "Aanmeldingen via Instagram": streefwaarde 600 → 500 (minder ambitieus)',
    en: 'goal "Aanmeldingen via Instagram": target 600 → 500 (less ambitious)',
    weakening: true,
  },
  {
    name: 'a higher target',
    change: (s) => void (s.goals!['meer-aanmeldingen-instagram']!.target = 650),
    nl: 'doel "Aanmeldingen via Instagram": streefwaarde 600 → 650 (verhoogd)',
    en: 'goal "Aanmeldingen via Instagram": target 600 → 650 (raised)',
    weakening: false,
  },
  {
    name: 'a later deadline',
    change: (s) => void (s.goals!['leerbedrijven-linkedin']!.deadline = '2027-07-15'),
    nl: 'doel "Volgers op LinkedIn": deadline 30 juni 2027 → 15 juli 2027 (later)',
    en: 'goal "Volgers op LinkedIn": deadline 30 June 2027 → 15 July 2027 (later)',
    weakening: true,
  },
  {
    name: 'a goal removed',
    change: (s) => void delete s.goals!['open-dag-bezoek'],
    nl: 'doel "Open dagen via sociale media" verwijderd',
    en: 'goal "Open dagen via sociale media" removed',
    weakening: true,
  },
  {
    name: 'fewer administrators',
    change: (s) => void (s.channels!['instagram']!.admins = ['sanne']),
    nl: 'kanaal "Instagram": beheerders Sanne de Vries, Lotte Bakker → Sanne de Vries (minder)',
    en: 'channel "Instagram": administrators Sanne de Vries, Lotte Bakker → Sanne de Vries (fewer)',
    weakening: true,
  },
  {
    name: 'a channel removed that the calendar still names',
    change: (s) => void delete s.channels!['tiktok'],
    nl: 'kanaal "TikTok" verwijderd; nog 3 keer genoemd in het publicatieritme of de kalender',
    en: 'channel "TikTok" removed; still named 3 times in the cadence or the calendar',
    weakening: false,
  },
  {
    name: 'consent re-asked at 16 dropped',
    change: (s) => void delete s.privacy!.reconsent_at_16,
    nl: 'privacy: toestemming opnieuw vragen op 16 jaar verwijderd',
    en: 'privacy: consent asked again at 16 removed',
    weakening: true,
  },
  {
    name: 'the spokesperson dropped',
    change: (s) => void delete s.crisis!.spokesperson,
    nl: 'crisis: woordvoerder verwijderd',
    en: 'crisis: spokesperson removed',
    weakening: true,
  },
  {
    name: 'a slower webcare promise',
    change: (s) => void (s.webcare!.response_time_hours = 48),
    nl: 'webcare: reactietijd 24 → 48 uur (langzamer)',
    en: 'webcare: response time 24 → 48 hours (slower)',
    weakening: true,
  },
  {
    name: 'a rule set lower',
    change: (s) => void (s.checks!['two-admins'] = 'warning'),
    nl: 'regel "two-admins": fout → waarschuwing (minder streng)',
    en: 'rule "two-admins": error → warning (less strict)',
    weakening: true,
  },
  {
    name: 'a member with fewer hours',
    change: (s) => void (s.team!.members!['lotte']!.hours_per_week = 10),
    nl: 'teamlid "Lotte Bakker": 16 → 10 uur per week',
    en: 'team member "Lotte Bakker": 16 → 10 hours a week',
    weakening: true,
  },
  {
    name: 'an audience added',
    change: (s) => void (s.audiences!['alumni'] = { name: 'Oud-studenten' }),
    nl: 'doelgroep "Oud-studenten" toegevoegd',
    en: 'audience "Oud-studenten" added',
    weakening: false,
  },
  {
    name: 'an administrator swapped for another',
    change: (s) => void (s.channels!['instagram']!.admins = ['sanne', 'mehmet']),
    nl: 'kanaal "Instagram": beheerders Sanne de Vries, Lotte Bakker → Sanne de Vries, Mehmet Yilmaz',
    en: 'channel "Instagram": administrators Sanne de Vries, Lotte Bakker → Sanne de Vries, Mehmet Yilmaz',
    weakening: false,
  },
  {
    name: 'webcare answered by one person instead of two',
    change: (s) => void (s.webcare!.workflow!.respond!.by = ['kim']),
    nl: 'webcare › werkwijze › reageren › door: “Lotte Bakker” verwijderd',
    en: 'webcare › workflow › respond › by: “Lotte Bakker” removed',
    weakening: true,
  },
  {
    name: 'webcare that may answer later',
    change: (s) => void (s.webcare!.workflow!.respond!.within_hours = 20),
    nl: 'webcare › werkwijze › reageren › binnen (uren): 14 → 20',
    en: 'webcare › workflow › respond › within (hours): 14 → 20',
    weakening: true,
  },
  {
    name: "a rule's minimum lowered",
    change: (s) => void ((s.checks!['two-admins'] as { min: number }).min = 1),
    nl: 'controles › two-admins › min: 2 → 1',
    en: 'checks › two-admins › min: 2 → 1',
    weakening: true,
  },
  {
    name: 'a crisis step dropped',
    change: (s) => void s.crisis!.first_steps!.pop(),
    nl: 'crisis › eerste stappen: “Binnen een uur één eerste bericht op de website, waar de kanalen naar verwijzen.” verwijderd',
    en: 'crisis › first steps: “Binnen een uur één eerste bericht op de website, waar de kanalen naar verwijzen.” removed',
    weakening: true,
  },
  {
    name: 'a goal measured over another span',
    change: (s) => void (s.goals!['meer-aanmeldingen-instagram']!.metric = 'Aanmeldingen via de Instagram-link binnen 48 uur'),
    nl: 'doel "Aanmeldingen via Instagram" › maatstaf: “Aanmeldingen via de Instagram-link (UTM-code)” → “Aanmeldingen via de Instagram-link binnen 48 uur”',
    en: 'goal "Aanmeldingen via Instagram" › metric: “Aanmeldingen via de Instagram-link (UTM-code)” → “Aanmeldingen via de Instagram-link binnen 48 uur”',
    weakening: false,
  },
  {
    name: 'webcare hours cut',
    change: (s) => void (s.webcare!.hours = 'ma-do 09:00-16:00'),
    nl: 'webcare › bezette uren: “ma-vr 08:30-17:00” → “ma-do 09:00-16:00”',
    en: 'webcare › staffed hours: “ma-vr 08:30-17:00” → “ma-do 09:00-16:00”',
    weakening: false,
  },
  {
    name: 'more posts a week',
    change: (s) => void (s.content!.cadence![0]!.per_week = 3),
    nl: 'kanaal "Instagram": 4 → 5 berichten per week',
    en: 'channel "Instagram": 4 → 5 posts a week',
    weakening: false,
  },
];

describe('changes between two strategies', () => {
  it.each(pairs)('$name', ({ change, nl, en, weakening }) => {
    const after = base();
    change(after);
    const changes = changesBetween(base(), after);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.weakening).toBe(weakening);
    expect(describeChange(changes[0]!, 'nl')).toBe(nl);
    expect(describeChange(changes[0]!, 'en')).toBe(en);
  });

  it('puts a measurement already recorded that was rewritten first, in its own section', () => {
    const after = base();
    const measurement = after.control!.measurements!.find((m) => m!.kpi === 'aanmeldingen-link' && m!.date === '2026-10-01')!;
    const was = measurement.value;
    measurement.value = 86;
    after.goals!['meer-aanmeldingen-instagram']!.target = 500;
    const changes = changesBetween(base(), after);
    expect(changes.map((change) => change.kind)).toEqual(['measurement-changed', 'target']);
    expect(changes[0]!.rewrite).toBe(true);
    expect(describeChange(changes[0]!, 'nl')).toBe(
      `meting van "Aanmeldingen met UTM-code instagram-bio" op 1 oktober 2026: ${was} → 86 (eerder vastgelegd cijfer gewijzigd)`,
    );
    const text = formatChanges(changes, { before: 'a', after: 'b' }, 'nl', 'text');
    expect(text.split('\n')[0]).toBe('2 wijzigingen van a naar b, waarvan 1 aan eerder vastgelegde metingen (!!), 1 afzwakking (!).');
    expect(text.split('\n')[1]).toMatch(/^ {2}!! meting van/);
  });

  it('a measurement entered twice is one measurement added, and nothing else moves', () => {
    const after = base();
    const twice = after.control!.measurements!.find((m) => m!.kpi === 'linkedin-volgers' && m!.date === '2026-11-01')!;
    after.control!.measurements!.splice(after.control!.measurements!.indexOf(twice) + 1, 0, { ...twice, value: 1380 });
    const changes = changesBetween(base(), after);
    expect(changes.map((change) => change.kind)).toEqual(['measurement-added']);
    expect(describeChange(changes[0]!, 'en')).toBe('measurement of "Volgers LinkedIn-pagina" on 1 November 2026: 1,380 added');
    expect(changesBetween(after, base()).map((change) => change.kind)).toEqual(['measurement-removed']);
  });

  it('lists weakening changes first and finds nothing between a strategy and itself', () => {
    expect(changesBetween(base(), base())).toEqual([]);
    const after = base();
    after.audiences!['alumni'] = { name: 'Oud-studenten' };
    after.goals!['meer-aanmeldingen-instagram']!.target = 500;
    expect(changesBetween(base(), after).map((c) => c.weakening)).toEqual([true, false]);
  });
});

const project = inject('installedProject');
const bin = join(project, 'node_modules', '.bin', 'strategy');

describe('strategy diff in a git repository, as installed', () => {
  const dir = mkdtempSync(join(project, 'diff-'));
  const identity = { GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.nl', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.nl' };
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...identity } });
  git('init', '-q');
  writeFileSync(join(dir, 'strategy.yaml'), mbo);
  git('add', 'strategy.yaml');
  git('commit', '-q', '-m', 'Vastgestelde strategie');
  writeFileSync(
    join(dir, 'strategy.yaml'),
    mbo.replace('    target: 600\n', '    target: 500\n').replace('    admins: [sanne, lotte]', '    admins: [sanne]'),
  );
  git('commit', '-q', '-am', 'Lager doel');
  const strategy = (...args: string[]) =>
    spawnSync(bin, args, { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'nl_NL.UTF-8' } });

  it('compares two commits, and a commit with the file as it is now', () => {
    const commits = strategy('diff', 'HEAD~1', 'HEAD');
    expect(commits.stderr).toBe('');
    expect(commits.stdout).toBe(
      [
        '2 wijzigingen van strategy.yaml@HEAD~1 naar strategy.yaml@HEAD, waarvan 2 afzwakkingen (!).',
        '  ! doel "Aanmeldingen via Instagram": streefwaarde 600 → 500 (minder ambitieus)',
        '  ! kanaal "Instagram": beheerders Sanne de Vries, Lotte Bakker → Sanne de Vries (minder)',
        '',
      ].join('\n'),
    );
    expect(strategy('diff', 'HEAD').stdout).toBe('Geen inhoudelijke wijzigingen van strategy.yaml@HEAD naar strategy.yaml.\n');
    expect(strategy('diff', 'HEAD~1', '--', 'strategy.yaml').stdout).toMatch(
      /^2 wijzigingen van strategy\.yaml@HEAD~1 naar strategy\.yaml,/,
    );
  });

  it('fails on a weakening change when asked, and says so for an unknown revision', () => {
    expect(strategy('diff', 'HEAD~1', '--fail-on', 'weakening').status).toBe(1);
    expect(strategy('diff', 'HEAD', '--fail-on', 'weakening').status).toBe(0);
    const unknown = strategy('diff', 'v9');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^strategy: Kan "strategy\.yaml" bij "v9" niet uit git lezen: /);
  });

  it('writes Markdown for a pull-request comment that markdown-it reads as a heading and a list', () => {
    const out = strategy('diff', 'HEAD~1', '--format', 'markdown').stdout;
    const tokens = new MarkdownIt().parse(out, {});
    expect(tokens.filter((t) => t.type === 'heading_open')).toHaveLength(1);
    expect(tokens.filter((t) => t.type === 'bullet_list_open')).toHaveLength(1);
    const items = tokens.filter((t) => t.type === 'inline').map((t) => t.content);
    expect(items).toContain('doel *Aanmeldingen via Instagram*: streefwaarde 600 → 500 (minder ambitieus)');
    expect(JSON.parse(strategy('diff', 'HEAD~1', '--format', 'json').stdout)).toMatchObject({
      version: 1,
      changes: [
        { subject: 'goal', kind: 'target', before: 600, after: 500, weakening: true },
        { subject: 'channel', kind: 'admins' },
      ],
    });
  });
});

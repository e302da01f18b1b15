// The installed command in a real pseudo-terminal: keystrokes, Ctrl-C, and a resume.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { packageRoot } from '../helpers/io.js';

const ENTER = '\r';
const DOWN = '\u001b[B';
const CTRL_C = '\u0003';

function drive(dir: string, steps: [string, string][], args: string[] = [], lang = 'en') {
  const script = join(dir, `script-${Date.now()}.json`);
  writeFileSync(script, JSON.stringify(steps));
  const result = spawnSync(
    'python3',
    [join(packageRoot, 'test/wizard/pty-driver.py'), script, '--', join(inject('installedProject'), 'node_modules', '.bin', 'strategy'), '--lang', lang, 'init', ...args],
    { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { PATH: process.env.PATH ?? '', TERM: 'xterm', LANG: lang === 'nl' ? 'nl_NL.UTF-8' : 'en_GB.UTF-8', HOME: dir } },
  );
  return JSON.parse(result.stdout) as { exit: number | null; output: string; waiting_for?: string };
}

describe('strategy init in a terminal', () => {
  it('answers with keystrokes, stops on Ctrl-C with exit 130, and resumes where it stopped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-pty-'));
    const first = drive(dir, [
      ['\\[1/11\\] Baseline', ''],
      ['How do you use social media now', `Mostly Instagram.${ENTER}`],
      ['Which formats \\(photo, video, story …\\) do you use already', `${ENTER}`],
      ['How many hours a week', `4${ENTER}`],
      ['How is content made', ENTER],
      ['How satisfied', `${DOWN}${DOWN}${ENTER}`],
      ['Add an existing account', `n${ENTER}`],
      ['\\[2/11\\] Vision and team', ''],
      ['Name of the organisation', `Pty College${ENTER}`],
      ['Sector', `${DOWN}${DOWN}${ENTER}`],
      ['What does social media contribute', `Show student life.${ENTER}`],
      ['In which domains', ENTER],
      ['First day of the strategy period', `2026-09-01${ENTER}`],
      ['Last day of the strategy period', `31-07-2027${ENTER}`],
      ['not a valid date. Write dates as YYYY-MM-DD, here 2027-07-31', '\u0015'.repeat(1) + `${'\u007f'.repeat(12)}2027-07-31${ENTER}`],
      ['Add a team member', `n${ENTER}`],
      ['\\[3/11\\] Goals', ''],
      ['Add a goal', CTRL_C],
    ]);
    expect(first.waiting_for).toBeUndefined();
    expect(first.exit).toBe(130);
    expect(first.output).toMatch(/Stopped\. Your answers up to the last finished block are saved in \.strategy-draft\.yaml; run "strategy init --resume" to continue\./);
    expect(first.output).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'strategy.yaml'))).toBe(false);

    const second = drive(dir, [
      ['\\[3/11\\] Goals', ''],
      ['Add a goal', `n${ENTER}`],
      ['Add an audience', `n${ENTER}`],
      ['Add a channel', `n${ENTER}`],
      ['Principles for content', ENTER],
      ['Add a content pillar', `n${ENTER}`],
      ['Add a regular post', `n${ENTER}`],
      ['\\[7/11\\] Implementation', ''],
      ['Within how many hours', ENTER],
      ['When and to whom do you escalate', ENTER],
      ['What happens in a crisis', ENTER],
      ['Who is the spokesperson', ENTER],
      ['Where is the social-media protocol', CTRL_C],
    ], ['--resume']);
    expect(second.waiting_for).toBeUndefined();
    expect(second.exit).toBe(130);
    expect(second.output).not.toMatch(/Name of the organisation/);
    const draft = parse(readFileSync(join(dir, '.strategy-draft.yaml'), 'utf8')) as { strategy: { organisation: { name: string; sector: string }; period: { end: string } } };
    expect(draft.strategy.organisation).toEqual({ name: 'Pty College', sector: 'mbo', vision: 'Show student life.' });
    expect(draft.strategy.period.end).toBe('2027-07-31');
  }, 120_000);

  it('takes Dutch answers as a Dutch user types them: j and nee, 1.240, 15.30, and a date it corrects itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-pty-nl-'));
    const result = drive(
      dir,
      [
        ['\\[1/11\\] Nulmeting', ''],
        ['Hoe gebruiken jullie sociale media nu', `Vooral Instagram.${ENTER}`],
        ['Welke vormen', ENTER],
        ['Hoeveel uur per week', `4,5${ENTER}`],
        ['Hoe wordt de content nu gemaakt', ENTER],
        ['Hoe tevreden', ENTER],
        ['Een bestaand account toevoegen\\? \\(J/n\\)', `j${ENTER}`],
        ['Platform', ENTER],
        ['Accountnaam', ENTER],
        ['Aantal volgers', `1.240${ENTER}`],
        ['gelezen als 1240', ''],
        ['Berichten per week', ENTER],
        ['Is het account echt actief', `j${ENTER}`],
        ['Houden jullie dit account aan', `nee${ENTER}`],
        ['Nog een bestaand account toevoegen', `n${ENTER}`],
        ['\\[2/11\\] Visie en team', ''],
        ['Naam van de organisatie', `Pty College${ENTER}`],
        ['Sector', ENTER],
        ['Wat is de bijdrage van sociale media', ENTER],
        ['Voor welke domeinen', ENTER],
        ['Eerste dag van de strategieperiode', `2026-09-01${ENTER}`],
        ['Laatste dag van de strategieperiode', `31-07-2027${ENTER}`],
        ['hier 2027-07-31\\. Druk op Enter om 2027-07-31 over te nemen', ENTER],
        ['Een teamlid toevoegen', `n${ENTER}`],
        ['Een doel toevoegen', `n${ENTER}`],
        ['Een doelgroep toevoegen', `n${ENTER}`],
        ['Een kanaal toevoegen', `j${ENTER}`],
        ['Platform', ENTER],
        ['Korte id voor dit kanaal', ENTER],
        ['Accountnaam', ENTER],
        ['Waarvoor gebruiken jullie dit kanaal', ENTER],
        ['Openbaar of besloten', ENTER],
        ['Welke vormen plaatsen jullie op dit kanaal', ENTER],
        ['Nog een kanaal toevoegen', `n${ENTER}`],
        ['Uitgangspunten voor de content', ENTER],
        ['Een contentpijler toevoegen', `n${ENTER}`],
        ['Een vast publicatiemoment toevoegen', `j${ENTER}`],
        ['Kanaal', ENTER],
        ['Berichten per week', `2${ENTER}`],
        ['Op welke dagen', ENTER],
        ['Hoe laat', `15.30${ENTER}`],
        ['gelezen als 15:30', ''],
        ['Minuten per bericht', ENTER],
        ['Nog een vast publicatiemoment toevoegen', `n${ENTER}`],
        ['\\[7/11\\] Uitvoering', ''],
        ['Binnen hoeveel uur', ENTER],
        ['Wanneer en naar wie escaleren', ENTER],
        ['Wat gebeurt er bij een crisis', ENTER],
        ['Wie is woordvoerder', ENTER],
        ['Waar staat het socialemediaprotocol', ENTER],
        ['Stijlgids en toon', ENTER],
        ['Hoe vragen en registreren jullie toestemming', ENTER],
        ['Een organisatie om van te leren toevoegen', `n${ENTER}`],
        ['Hoe vaak rapporteren jullie', ENTER],
        ['Aan wie', ENTER],
        ['Met welke hulpmiddelen', ENTER],
        ['Een KPI toevoegen', `n${ENTER}`],
        ['Een belangrijke datum toevoegen', `n${ENTER}`],
        ['Een stilteperiode toevoegen', `n${ENTER}`],
        ['Wil je dit optionele blok invullen', `nee${ENTER}`],
        ['Opslaan, of terug naar een blok', ENTER],
        ['Nu het strategiedocument en de contentkalender maken', `n${ENTER}`],
      ],
      [],
      'nl',
    );
    expect(result.waiting_for).toBeUndefined();
    expect(result.exit).toBe(0);
    // The answers show as the user gave them: Ja and Nee, not Yes and No.
    expect(result.output).toMatch(/Is het account echt actief\? Ja/);
    expect(result.output).toMatch(/Houden jullie dit account aan in de nieuwe strategie\? Nee/);
    expect(result.output).not.toMatch(/\bYes\b|\bNo\b|You must answer/);
    expect(result.output).toMatch(/Opgeslagen: strategy\.yaml/);
    const strategy = parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8')) as {
      baseline: { hours_per_week: number; accounts: { followers: number; active: boolean; keep: boolean }[] };
      period: { end: string };
      content: { cadence: { time: string }[] };
    };
    expect(strategy.baseline.hours_per_week).toBe(4.5);
    expect(strategy.baseline.accounts[0]).toMatchObject({ followers: 1240, active: true, keep: false });
    expect(strategy.period.end).toBe('2027-07-31');
    expect(strategy.content.cadence[0]!.time).toBe('15:30');
  }, 120_000);
});

// The installed command in a real pseudo-terminal: keystrokes, Ctrl-C, and a resume.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { packageRoot } from '../helpers/io.js';

const ENTER = '\r';
const DOWN = '\u001b[B';
const UP = '\u001b[A';
const CTRL_C = '\u0003';
const CTRL_E = '\u0005';
const BACKSPACE = '\u007f';

function drive(dir: string, steps: [string, string][], args: string[] = [], lang = 'en', env: Record<string, string> = {}) {
  const script = join(dir, `script-${Date.now()}.json`);
  writeFileSync(script, JSON.stringify(steps));
  const result = spawnSync(
    'python3',
    [
      join(packageRoot, 'test/wizard/pty-driver.py'),
      script,
      '--',
      join(inject('installedProject'), 'node_modules', '.bin', 'strategy'),
      '--lang',
      lang,
      'init',
      ...args,
    ],
    {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
      env: { PATH: process.env.PATH ?? '', TERM: 'xterm', LANG: lang === 'nl' ? 'nl_NL.UTF-8' : 'en_GB.UTF-8', HOME: dir, ...env },
    },
  );
  return JSON.parse(result.stdout) as { exit: number | null; output: string; waiting_for?: string };
}

const SPACE = ' ';
/** Every block of the method, as `init --block` walks them one by one. */
const ALL_BLOCKS = [
  'nulmeting',
  'visie',
  'doelen',
  'doelgroepen',
  'kanalen',
  'content',
  'uitvoering',
  'benchmark',
  'meten',
  'kalender',
  'extra',
].flatMap((block) => ['--block', block]);

/** The number of questions a script answers: the steps that type something. */
const questions = (steps: [string, string][]): number => steps.filter(([, keys]) => keys !== '').length;

function check(dir: string, env: Record<string, string> = {}): { status: number | null; stdout: string } {
  const result = spawnSync(join(inject('installedProject'), 'node_modules', '.bin', 'strategy'), ['check', 'strategy.yaml'], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: dir, ...env },
  });
  return { status: result.status, stdout: result.stdout };
}

/** A secondary school's essentials in Dutch: two goals, two audiences, two channels. */
const DUTCH_ESSENTIALS: [string, string][] = [
  ['Naam van de school of organisatie', `Het Baken${ENTER}`],
  ['Soort onderwijs', `${DOWN}${ENTER}`],
  ['Eerste dag van de strategie', `2026-08-01${ENTER}`],
  ['Laatste dag van de strategie', `2027-07-31${ENTER}`],
  ['In welke regio liggen de schoolvakanties', ENTER],
  ['Wie is eindverantwoordelijk', `Fatima el Amrani${ENTER}`],
  ['Wie werkt er nog meer aan mee', `Joost de Boer${ENTER}`],
  ['Hoeveel uur per week heeft Fatima el Amrani', `6${ENTER}`],
  ['Hoeveel uur per week heeft Joost de Boer', `3${ENTER}`],
  ['Doel 1: wat wil je bereiken', `Meer aanmeldingen van groep 8 via Instagram.${ENTER}`],
  ['Doel 1: hoe meet je dat', `aanmeldingen via Instagram${ENTER}`],
  ['Doel 1: waarin druk je dat uit', ENTER],
  ['Doel 1: waar sta je nu', `180${ENTER}`],
  ['Doel 1: waar wil je uitkomen', `240${ENTER}`],
  ['Doel 1: wanneer moet dat bereikt zijn', `2027-04-01${ENTER}`],
  ['Doel 2: wat wil je nog meer bereiken', `Ouders volgen het nieuws van school op Facebook.${ENTER}`],
  ['Doel 2: hoe meet je dat', `volgers op Facebook${ENTER}`],
  ['Doel 2: waarin druk je dat uit', ENTER],
  ['Doel 2: waar sta je nu', `1.240${ENTER}`],
  ['gelezen als 1240', ''],
  ['Doel 2: waar wil je uitkomen', `1.500${ENTER}`],
  ['Doel 2: wanneer moet dat bereikt zijn', ENTER],
  ['Doel 3: wat wil je nog meer bereiken', ENTER],
  ['Wie wil je bereiken', `${SPACE}${DOWN}${DOWN}${SPACE}${ENTER}`],
  ['Nog andere doelgroepen', ENTER],
  ['Aankomende leerlingen: op welke platforms zijn ze al actief', `${SPACE}${ENTER}`],
  ['Ouders en verzorgers: op welke platforms zijn ze al actief', `${DOWN}${SPACE}${ENTER}`],
  ['Op welke platforms zijn jullie actief', `${SPACE}${DOWN}${SPACE}${ENTER}`],
  ['Naam van het account op Instagram', `@hetbaken${ENTER}`],
  ['Wie bereik je via Instagram', `${DOWN}${SPACE}${ENTER}`],
  ['Wie beheert het account op Instagram', ENTER],
  ['Wie maakt vooral de berichten op Instagram', ENTER],
  ['Hoeveel berichten per week op Instagram', `3${ENTER}`],
  ['Op welke dagen post je op Instagram', ENTER],
  ['Op welke tijden post je op Instagram', ENTER],
  ['Naam van het account op Facebook', `Het Baken${ENTER}`],
  ['Wie bereik je via Facebook', `${SPACE}${ENTER}`],
  ['Wie beheert het account op Facebook', ENTER],
  ['Wie maakt vooral de berichten op Facebook', ENTER],
  ['Hoeveel berichten per week op Facebook', ENTER],
  ['Op welke dagen post je op Facebook', ENTER],
  ['Op welke tijden post je op Facebook', ENTER],
  ['Waarover post je', `leven op school, open dagen${ENTER}`],
  ['hoe vraag je toestemming', `Bij de inschrijving per doel, bijgehouden in de leerlingadministratie.${ENTER}`],
  ['Hoe vaak rapporteer je de resultaten', ENTER],
  ['Aan wie', `de schoolleiding${ENTER}`],
  ['De basis staat', ENTER],
  ['Opgeslagen: strategy\\.yaml', ''],
  ['Nu het strategiedocument en de contentkalender maken', `n${ENTER}`],
];

describe('strategy init in a terminal: the essentials first', () => {
  it('takes a Dutch communications officer to a strategy that strategy check passes, in at most 60 questions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-pty-nl-'));
    const result = drive(dir, DUTCH_ESSENTIALS, [], 'nl');
    expect(result.waiting_for).toBeUndefined();
    expect(result.exit).toBe(0);
    expect(questions(DUTCH_ESSENTIALS)).toBeLessThanOrEqual(60);
    // Before writing: the strategy in sentences, and what check says about it.
    expect(result.output).toMatch(
      /Je strategie:\s+Organisatie: Het Baken \(voortgezet onderwijs\), periode 1 augustus 2026 tot en met 31 juli 2027\./,
    );
    expect(result.output).toMatch(/Geen fouten; \d+ waarschuwingen om later naar te kijken\./);
    expect(result.output).not.toMatch(/Korte id|toevoegen\?/);
    // After writing: what to do next, the draft file among it (no .gitignore here names it).
    expect(result.output).toMatch(/Volgende stappen:\s+1\. Zet het in versiebeheer: git add strategy\.yaml/);
    expect(result.output).toMatch(/3\. Houd \.strategy-draft\.yaml .* buiten git: zet het in \.gitignore\./);
    const strategy = parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8')) as {
      goals: Record<string, { baseline: number; target: number; deadline: string }>;
      channels: Record<string, { admins: string[] }>;
    };
    expect(strategy.goals['volgers-op-facebook']).toMatchObject({ baseline: 1240, target: 1500, deadline: '2027-07-31' });
    expect(strategy.channels.instagram!.admins).toEqual(['fatima-el-amrani', 'joost-de-boer']);
    expect(check(dir).status).toBe(0);
    expect(existsSync(join(dir, '.strategy-draft.yaml'))).toBe(false);
  }, 120_000);

  it('takes an English communications officer to a strategy that strategy check passes, in at most 60 questions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-pty-en-'));
    const steps: [string, string][] = [
      ['Name of the school or organisation', `Northbank University of Applied Sciences${ENTER}`],
      ['Kind of education', `${DOWN}${DOWN}${DOWN}${ENTER}`],
      ['First day of the strategy', `2026-09-01${ENTER}`],
      ['Last day of the strategy', `2027-08-31${ENTER}`],
      ['Who is responsible for social media', `Priya Shah${ENTER}`],
      ['Who else works on it', `Tom Evans, Lena Vos${ENTER}`],
      ['How many hours a week does Priya Shah', `8${ENTER}`],
      ['How many hours a week does Tom Evans', `4${ENTER}`],
      ['How many hours a week does Lena Vos', `2,5${ENTER}`],
      ['Goal 1: what do you want to achieve', `More international applications through LinkedIn and Instagram.${ENTER}`],
      ['Goal 1: how do you measure it', `applications from outside the Netherlands${ENTER}`],
      ['Goal 1: in what do you count it', `applications${ENTER}`],
      ['Goal 1: where are you now', `1,240${ENTER}`],
      ['read as 1240', ''],
      ['Goal 1: where do you want to get', `1,500${ENTER}`],
      ['Goal 1: by when', `2027-05-01${ENTER}`],
      ['Goal 2: what else', ENTER],
      ['Whom do you want to reach', `${SPACE}${DOWN}${DOWN}${DOWN}${DOWN}${SPACE}${ENTER}`],
      ['Any other audiences', `international students${ENTER}`],
      ['Prospective students: on which platforms are they active already', `${SPACE}${ENTER}`],
      ['Alumni: on which platforms are they active already', ENTER],
      ['international students: on which platforms are they active already', ENTER],
      ['Which platforms are you on', `${SPACE}${DOWN}${DOWN}${SPACE}${ENTER}`],
      ['Name of the account on Instagram', `@northbank${ENTER}`],
      ['Whom do you reach via Instagram', ENTER],
      ['Who administer the account on Instagram', ENTER],
      ['Who mainly makes the posts on Instagram', ENTER],
      ['How many posts a week on Instagram', `3${ENTER}`],
      ['On which days do you post on Instagram', ENTER],
      ['At what times do you post on Instagram', ENTER],
      ['Name of the account on LinkedIn', `Northbank UAS${ENTER}`],
      ['Whom do you reach via LinkedIn', ENTER],
      ['Who administer the account on LinkedIn', `${SPACE}${DOWN}${DOWN}${SPACE}${ENTER}`],
      ['Who mainly makes the posts on LinkedIn', `${DOWN}${ENTER}`],
      ['How many posts a week on LinkedIn', `2${ENTER}`],
      ['On which days do you post on LinkedIn', ENTER],
      ['At what times do you post on LinkedIn', ENTER],
      ['What do you post about', `student life, research, careers${ENTER}`],
      ['How often do you report the results', `${UP}${ENTER}`],
      ['To whom', `the executive board${ENTER}`],
      ['Fill in other parts now as well', ENTER],
      ['Your strategy:', ''],
      ['Written: strategy\\.yaml', ''],
      ['Render the strategy document', `n${ENTER}`],
    ];
    // A repository whose .gitignore already keeps drafts out.
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n.strategy-draft*\n');
    const result = drive(dir, steps, [], 'en');
    expect(result.waiting_for).toBeUndefined();
    expect(result.exit).toBe(0);
    expect(questions(steps)).toBeLessThanOrEqual(60);
    expect(result.output).toMatch(/Next steps:\s+1\. Put it under version control: git add strategy\.yaml/);
    expect(result.output).not.toMatch(/\.gitignore\./);
    expect(result.output).toMatch(
      /Team: Priya Shah \(responsible, 8 hours a week\), Tom Evans \(4 hours a week\) and Lena Vos \(2\.5 hours a week\)\./,
    );
    const strategy = parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8')) as {
      channels: Record<string, { admins: string[] }>;
      control: { reporting: { cadence: string } };
    };
    expect(strategy.channels.linkedin!.admins).toEqual(['tom-evans', 'lena-vos']);
    expect(strategy.control.reporting.cadence).toBe('monthly');
    expect(check(dir).status).toBe(0);
  }, 120_000);

  it('takes an English one to a strategy that passes, and reports answers that break three rules before it writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-pty-en-'));
    const steps: [string, string][] = [
      ['Name of the school or organisation', `Riverside College${ENTER}`],
      ['Kind of education', `${DOWN}${DOWN}${DOWN}${ENTER}`],
      ['First day of the strategy', `2026-09-01${ENTER}`],
      ['Last day of the strategy', `2027-08-31${ENTER}`],
      ['Who is responsible for social media', `Sam Carter${ENTER}`],
      ['Who else works on it', ENTER],
      ['How many hours a week does Sam Carter', `1${ENTER}`],
      ['Goal 1: what do you want to achieve', `More applications through Instagram.${ENTER}`],
      ['Goal 1: how do you measure it', `applications through Instagram${ENTER}`],
      ['Goal 1: in what do you count it', ENTER],
      ['Goal 1: where are you now', `300${ENTER}`],
      ['Goal 1: where do you want to get', `360${ENTER}`],
      ['Goal 1: by when', `2027-06-01${ENTER}`],
      ['Goal 2: what else', ENTER],
      // No audience at all, and five posts a week on two channels in one hour.
      ['Whom do you want to reach', ENTER],
      ['Any other audiences', ENTER],
      ['Which platforms are you on', `${SPACE}${DOWN}${DOWN}${SPACE}${ENTER}`],
      ['Name of the account on Instagram', `@riverside${ENTER}`],
      ['How many posts a week on Instagram', `5${ENTER}`],
      ['On which days do you post on Instagram', ENTER],
      ['At what times do you post on Instagram', ENTER],
      ['Name of the account on LinkedIn', ENTER],
      ['How many posts a week on LinkedIn', `5${ENTER}`],
      ['On which days do you post on LinkedIn', ENTER],
      ['At what times do you post on LinkedIn', ENTER],
      ['What do you post about', `student life, open days${ENTER}`],
      ['How often do you report the results', ENTER],
      ['To whom', `the board${ENTER}`],
      ['Fill in other parts now as well', ENTER],
      // Each of the three, before anything is written.
      ['strategy check would fail: \\d+ errors\\.', ''],
      ['What now\\?', ENTER],
      ['How many hours a week does Sam Carter', `${'\u007f'.repeat(3)}8${ENTER}`],
      ['Whom do you want to reach', `${SPACE}${ENTER}`],
      ['Any other audiences', ENTER],
      ['Prospective students: on which platforms are they active already', ENTER],
      ['Whom do you reach via Instagram', ENTER],
      ['How many posts a week on Instagram', `${'\u007f'.repeat(3)}3${ENTER}`],
      ['Whom do you reach via LinkedIn', ENTER],
      ['How many posts a week on LinkedIn', `${'\u007f'.repeat(3)}2${ENTER}`],
      ['Written: strategy\\.yaml', ''],
      ['Render the strategy document', `n${ENTER}`],
    ];
    const result = drive(dir, steps, [], 'en');
    expect(result.waiting_for).toBeUndefined();
    expect(result.exit).toBe(0);
    const before = result.output.slice(0, result.output.indexOf('What now?'));
    expect(before).toMatch(/✖ Error: The strategy has no audiences yet/);
    expect(before).toMatch(/✖ Error: .*hours/);
    expect(before).toMatch(/⚠ Warning: Channel "instagram" has 1 administrator/);
    expect(result.output.indexOf('Written: strategy.yaml')).toBeGreaterThan(result.output.indexOf('What now?'));
    expect(check(dir).status).toBe(0);
  }, 120_000);

  it('saves every answer as it is given: Ctrl-C keeps them, and a resume asks the next question', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-pty-'));
    const upTo = DUTCH_ESSENTIALS.findIndex(([pattern]) => pattern === 'Doel 1: waar wil je uitkomen');
    const first = drive(dir, [...DUTCH_ESSENTIALS.slice(0, upTo), ['Doel 1: waar wil je uitkomen', CTRL_C]], [], 'nl');
    expect(first.exit).toBe(130);
    expect(first.output).toMatch(
      /Gestopt\. Je antwoorden tot nu toe staan in \.strategy-draft\.yaml; voer "npx strategy init --resume" uit om verder te gaan\./,
    );
    expect(first.output).not.toMatch(/\n\s+at /);
    const draft = parse(readFileSync(join(dir, '.strategy-draft.yaml'), 'utf8')) as { answers: Record<string, unknown> };
    expect(draft.answers).toMatchObject({
      'organisation.name': 'Het Baken',
      'goal.1.metric': 'aanmeldingen via Instagram',
      'goal.1.baseline': 180,
    });
    expect(existsSync(join(dir, 'strategy.yaml'))).toBe(false);

    const second = drive(dir, DUTCH_ESSENTIALS.slice(upTo), ['--resume'], 'nl');
    expect(second.waiting_for).toBeUndefined();
    expect(second.exit).toBe(0);
    expect(second.output).not.toMatch(/Naam van de school|Waar sta je nu\? \(de nulmeting, een getal\) [^1]/);
    expect(check(dir).status).toBe(0);
  }, 120_000);

  it('takes Dutch answers as a Dutch user types them: j and nee, 1.240, 15.30, and a date it corrects itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-pty-nl-'));
    const result = drive(
      dir,
      [
        ['\\[1/11\\] Nulmeting', ''],
        ['Hoe gebruiken jullie sociale media nu', `Vooral Instagram.${ENTER}Soms Facebook.${ENTER}${ENTER}`],
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
        ['Adres van de website', ENTER],
        ['Voor welke domeinen', ENTER],
        ['Eerste dag van de strategieperiode', `2026-09-01${ENTER}`],
        ['Laatste dag van de strategieperiode', `31-07-2027${ENTER}`],
        ['hier 2027-07-31\\. Druk op Enter om 2027-07-31 over te nemen', ENTER],
        ['Een teamlid toevoegen', `n${ENTER}`],
        ['Een doel toevoegen', `n${ENTER}`],
        ['Een doelgroep toevoegen', `n${ENTER}`],
        ['Een kanaal toevoegen', `j${ENTER}`],
        ['Platform', ENTER],
        ['Welke ouderapp gebruiken jullie', `Parro${ENTER}`],
        ['Waarvoor gebruiken jullie dit kanaal', ENTER],
        ['Openbaar of besloten', ENTER],
        ['Op welke dagen posten jullie op dit kanaal', ENTER],
        ['Hoe laat posten jullie', ENTER],
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
        ['In welke vorm, meestal', ENTER],
        ['Nog een vast publicatiemoment toevoegen', `n${ENTER}`],
        ['\\[7/11\\] Uitvoering', ''],
        ['Welke bestuurder of leidinggevende', ENTER],
        ['Hoe worden de mensen die posten getraind', ENTER],
        ['Wie schakelen jullie van buiten in', ENTER],
        ['Doet één persoon de webcare helemaal alleen', ENTER],
        ['Binnen hoeveel uur', ENTER],
        ['Wanneer en naar wie escaleren', ENTER],
        ['Wanneer is de webcare bemand', ENTER],
        ['Wie leest er', ENTER],
        ['Wat zegt het automatische antwoord', ENTER],
        ['Hoe vaak en hoe kijken jullie naar berichten', ENTER],
        ['Hoeveel uur per week kost de webcare', ENTER],
        ['Wat gebeurt er bij een crisis', ENTER],
        ['Wie is woordvoerder', ENTER],
        ['Wat doen jullie als een account wordt overgenomen', ENTER],
        ['Waar staat het socialemediaprotocol', ENTER],
        ['Stijlgids en toon', ENTER],
        ['Hoe proberen jullie in de eerste weken', ENTER],
        ['Hoe leren leerlingen of studenten goed met sociale media omgaan', ENTER],
        ['Hoe horen ouders en leerlingen of studenten', ENTER],
        ['Hoe vragen en registreren jullie toestemming', ENTER],
        ['Waarvoor vragen jullie apart toestemming', ENTER],
        ['Wie houdt de toestemmingen bij', ENTER],
        ['Wat gebeurt er als iemand toestemming intrekt', ENTER],
        ['Een organisatie om van te leren toevoegen', `n${ENTER}`],
        ['Hoe vaak rapporteren jullie', ENTER],
        ['Aan wie', ENTER],
        ['Hoeveel uur per week kosten meten en rapporteren', ENTER],
        ['Met welke hulpmiddelen', ENTER],
        ['Een KPI toevoegen', `n${ENTER}`],
        ['Hoeveel dagen voor een belangrijke datum kondigen jullie die aan', ENTER],
        ['En hoeveel dagen ervoor volgt een herinnering', ENTER],
        ['Posten jullie ook op de dag zelf', ENTER],
        ['In welke regio liggen de schoolvakanties', ENTER],
        ['De schoolvakanties van de regio', ENTER],
        ['Feestdagen', ENTER],
        ['Hoeveel berichten per dag kan het team hoogstens maken', ENTER],
        ['Een belangrijke datum toevoegen', `n${ENTER}`],
        ['Een eigen vrije dag toevoegen', `n${ENTER}`],
        ['Een stilteperiode toevoegen', `n${ENTER}`],
        ['Wil je dit optionele blok invullen', `nee${ENTER}`],
        ['Opslaan, of terug naar een blok', ENTER],
      ],
      ALL_BLOCKS,
      'nl',
    );
    expect(result.waiting_for).toBeUndefined();
    expect(result.exit).toBe(0);
    // Without $EDITOR a long answer is typed in place, over two lines, and no editor is offered.
    expect(result.output).toMatch(/Enter op een lege regel klaar/);
    expect(result.output).not.toMatch(/Je editor opent|Ctrl\+E/);
    // The answers show as the user gave them: Ja and Nee, not Yes and No.
    expect(result.output).toMatch(/Is het account echt actief\? Ja/);
    expect(result.output).toMatch(/Houden jullie dit account aan in de nieuwe strategie\? Nee/);
    expect(result.output).not.toMatch(/\bYes\b|\bNo\b|You must answer/);
    // Saved, with the errors check will report said, and no offer to publish it.
    expect(result.output).toMatch(/Opgeslagen: strategy\.yaml, met \d+ fouten die strategy check zal melden/);
    expect(result.output).not.toMatch(/Nu het strategiedocument/);
    const strategy = parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8')) as {
      baseline: { summary: string; hours_per_week: number; accounts: { followers: number; active: boolean; keep: boolean }[] };
      period: { end: string };
      content: { cadence: { time: string }[] };
    };
    expect(strategy.baseline.summary).toBe('Vooral Instagram.\nSoms Facebook.');
    expect(strategy.baseline.hours_per_week).toBe(4.5);
    expect(strategy.baseline.accounts[0]).toMatchObject({ followers: 1240, active: true, keep: false });
    expect(strategy.period.end).toBe('2027-07-31');
    expect(strategy.content.cadence[0]!.time).toBe('15:30');
  }, 120_000);
});

describe('a long answer in a terminal', () => {
  it('opens the editor only when asked for, with the lines typed so far, and keeps what was saved there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-pty-editor-'));
    copyFileSync(join(packageRoot, 'examples/mbo/strategy.yaml'), join(dir, 'strategy.yaml'));
    // An editor that adds a line to the file it is given, as a user would before saving.
    const editor = join(dir, 'add-line.sh');
    writeFileSync(editor, '#!/bin/sh\necho "Uit de editor." >> "$1"\n', { mode: 0o755 });
    const result = drive(
      dir,
      [
        ['Hoe gebruiken jullie sociale media nu', `${BACKSPACE}Getypt in de terminal.${ENTER}`],
        ['Ctrl\\+E editor', CTRL_E],
        ['Je editor opent', ''],
        ['Uit de editor', ''],
        ['Welke vormen', CTRL_C],
      ],
      ['--block', 'nulmeting'],
      'nl',
      { EDITOR: editor },
    );
    expect(result.waiting_for).toBeUndefined();
    expect(result.exit).toBe(130);
    // The answer is kept in the draft, as every answer is when the wizard is stopped.
    const draft = parse(readFileSync(join(dir, '.strategy-draft.yaml'), 'utf8')) as { strategy: { baseline: { summary: string } } };
    expect(draft.strategy.baseline.summary).toBe('Getypt in de terminal.\nUit de editor.');
  }, 120_000);
});

/** A channel's questions in Dutch: its account's name and posts a week, the suggestions for the rest. */
const dutchChannel = (platform: string, handle: string, perWeek: string): [string, string][] => [
  [`Naam van het account op ${platform}`, `${handle}${ENTER}`],
  [`Wie bereik je via ${platform}`, ENTER],
  [`Wie beheert het account op ${platform}`, ENTER],
  [`Wie maakt vooral de berichten op ${platform}`, ENTER],
  [`Hoeveel berichten per week op ${platform}`, `${perWeek}${ENTER}`],
  [`Op welke dagen post je op ${platform}`, ENTER],
  [`Op welke tijden post je op ${platform}`, ENTER],
];

/**
 * The essentials of a primary school in Dutch: a parents' app and Facebook, both audiences
 * active on both, consent for photos of pupils; then the questions --fix asks.
 */
const PRIMARY_ESSENTIALS: [string, string][] = [
  ['Naam van de school of organisatie', `De Klimop${ENTER}`],
  ['Soort onderwijs', ENTER],
  ['Eerste dag van de strategie', `2026-11-01${ENTER}`],
  ['Laatste dag van de strategie', `2027-10-31${ENTER}`],
  ['In welke regio liggen de schoolvakanties', ENTER],
  ['Wie is eindverantwoordelijk', `Fatima el Amrani${ENTER}`],
  ['Wie werkt er nog meer aan mee', `Joost de Boer${ENTER}`],
  ['Hoeveel uur per week heeft Fatima el Amrani', `4${ENTER}`],
  ['Hoeveel uur per week heeft Joost de Boer', `2${ENTER}`],
  ['Doel 1: wat wil je bereiken', `Meer ouders van nieuwe leerlingen kennen de school via de ouderapp.${ENTER}`],
  ['Doel 1: hoe meet je dat', `aanmeldingen voor de rondleiding${ENTER}`],
  ['Doel 1: waarin druk je dat uit', ENTER],
  ['Doel 1: waar sta je nu', `40${ENTER}`],
  ['Doel 1: waar wil je uitkomen', `60${ENTER}`],
  ['Doel 1: wanneer moet dat bereikt zijn', `2027-09-01${ENTER}`],
  ['Doel 2: wat wil je nog meer bereiken', ENTER],
  ['Wie wil je bereiken', `${SPACE}${DOWN}${SPACE}${ENTER}`],
  ['Nog andere doelgroepen', ENTER],
  ['op welke platforms zijn ze al actief', `${SPACE}${DOWN}${DOWN}${SPACE}${ENTER}`],
  ['op welke platforms zijn ze al actief', `${SPACE}${DOWN}${DOWN}${SPACE}${ENTER}`],
  ['Op welke platforms zijn jullie actief', `${SPACE}${DOWN}${DOWN}${SPACE}${ENTER}`],
  ['Welke ouderapp gebruiken jullie', `Parro${ENTER}`],
  ['Wie bereik je via ouderapp', ENTER],
  ['Wie beheert het account op ouderapp', ENTER],
  ['Wie maakt vooral de berichten op ouderapp', ENTER],
  ['Hoeveel berichten per week op ouderapp', `3${ENTER}`],
  ['Op welke dagen post je op ouderapp', ENTER],
  ['Op welke tijden post je op ouderapp', ENTER],
  ...dutchChannel('Facebook', 'Basisschool De Klimop', '1'),
  ['Waarover post je', `een dag in de klas, schoolreisjes${ENTER}`],
  ['hoe vraag je toestemming', `Bij de inschrijving, per doel; de administratie houdt het bij in ParnasSys.${ENTER}`],
  ['Hoe vaak rapporteer je de resultaten', ENTER],
  ['Aan wie', `de directeur${ENTER}`],
  ['De basis staat', ENTER],
  ['Opgeslagen: strategy\\.yaml', ''],
  ['Nu het strategiedocument en de contentkalender maken', `n${ENTER}`],
];
const PRIMARY_FIXES: [string, string][] = [
  ['meldingen; je kunt ze allemaal hier oplossen', ''],
  ['Wat gebeurt er bij een crisis', `Geplande berichten stoppen en de directeur informeren.${ENTER}${ENTER}`],
  ['Wie is woordvoerder', `de directeur${ENTER}`],
  ['Wat doen jullie als een account wordt overgenomen', `Fatima haalt het terug; Joost waarschuwt de ouders via Parro.${ENTER}`],
  ['Waar staat het socialemediaprotocol', `in de schoolgids${ENTER}`],
  ['Wie is verantwoordelijk voor webcare', ENTER],
  ['Binnen hoeveel uur', ENTER],
  ['Wie signaleert', `${SPACE}${ENTER}`],
  ['Wie schrijft het antwoord', `${SPACE}${ENTER}`],
  ['Wie keurt gevoelige', `${SPACE}${ENTER}`],
  ['Wie plaatst de antwoorden', `${SPACE}${ENTER}`],
  ['Waarvoor vragen jullie apart toestemming', `${SPACE}${ENTER}`],
  ['Wie houdt de toestemmingen bij', `de administratie, in ParnasSys${ENTER}`],
  ['Wat gebeurt er als iemand toestemming intrekt', `De beelden gaan binnen twee dagen offline.${ENTER}`],
  ['adviezen \\(info\\)', `n${ENTER}`],
  ['Er zijn geen fouten of waarschuwingen meer', ''],
];

/** The essentials of a hogeschool in Dutch: Instagram and LinkedIn, no holidays region, no consent for minors. */
const HIGHER_ESSENTIALS: [string, string][] = [
  ['Naam van de school of organisatie', `Hogeschool Noordkaap${ENTER}`],
  ['Soort onderwijs', `${DOWN}${DOWN}${DOWN}${ENTER}`],
  ['Eerste dag van de strategie', `2026-11-01${ENTER}`],
  ['Laatste dag van de strategie', `2027-10-31${ENTER}`],
  ['Wie is eindverantwoordelijk', `Fatima el Amrani${ENTER}`],
  ['Wie werkt er nog meer aan mee', `Joost de Boer${ENTER}`],
  ['Hoeveel uur per week heeft Fatima el Amrani', `8${ENTER}`],
  ['Hoeveel uur per week heeft Joost de Boer', `4${ENTER}`],
  ['Doel 1: wat wil je bereiken', `Meer aanmeldingen voor de open dag via Instagram.${ENTER}`],
  ['Doel 1: hoe meet je dat', `aanmeldingen voor de open dag${ENTER}`],
  ['Doel 1: waarin druk je dat uit', ENTER],
  ['Doel 1: waar sta je nu', `900${ENTER}`],
  ['Doel 1: waar wil je uitkomen', `1.100${ENTER}`],
  ['gelezen als 1100', ''],
  ['Doel 1: wanneer moet dat bereikt zijn', `2027-09-01${ENTER}`],
  ['Doel 2: wat wil je nog meer bereiken', `Alumni volgen ons op LinkedIn.${ENTER}`],
  ['Doel 2: hoe meet je dat', `volgers op LinkedIn${ENTER}`],
  ['Doel 2: waarin druk je dat uit', ENTER],
  ['Doel 2: waar sta je nu', `3.400${ENTER}`],
  ['gelezen als 3400', ''],
  ['Doel 2: waar wil je uitkomen', `4.000${ENTER}`],
  ['Doel 2: wanneer moet dat bereikt zijn', `2027-10-01${ENTER}`],
  ['Doel 3: wat wil je nog meer bereiken', ENTER],
  ['Wie wil je bereiken', `${SPACE}${DOWN}${DOWN}${DOWN}${SPACE}${ENTER}`],
  ['Nog andere doelgroepen', ENTER],
  ['Aankomende studenten: op welke platforms zijn ze al actief', `${SPACE}${DOWN}${DOWN}${DOWN}${DOWN}${SPACE}${ENTER}`],
  ['Medewerkers: op welke platforms zijn ze al actief', `${DOWN}${DOWN}${SPACE}${ENTER}`],
  ['Op welke platforms zijn jullie actief', `${SPACE}${DOWN}${DOWN}${SPACE}${ENTER}`],
  ...dutchChannel('Instagram', '@hsnoordkaap', '3'),
  ...dutchChannel('LinkedIn', 'Hogeschool Noordkaap', '2'),
  ['Waarover post je', `studeren bij ons, onderzoek, alumni aan het werk${ENTER}`],
  ['Hoe vaak rapporteer je de resultaten', ENTER],
  ['Aan wie', `het college van bestuur${ENTER}`],
  ['De basis staat', ENTER],
  ['Opgeslagen: strategy\\.yaml', ''],
  ['Nu het strategiedocument en de contentkalender maken', `n${ENTER}`],
];
const HIGHER_FIXES: [string, string][] = [
  ['meldingen; je kunt ze allemaal hier oplossen', ''],
  ['Wat gebeurt er bij een crisis', `Geplande berichten stoppen en het college van bestuur informeren.${ENTER}${ENTER}`],
  ['Wie is woordvoerder', `de woordvoerder van de hogeschool${ENTER}`],
  ['Wat doen jullie als een account wordt overgenomen', `Fatima haalt het terug; Joost waarschuwt de volgers.${ENTER}`],
  ['Waar staat het socialemediaprotocol', `op het intranet${ENTER}`],
  ['Wie is verantwoordelijk voor webcare', ENTER],
  ['Binnen hoeveel uur', ENTER],
  ['Wie signaleert', `${SPACE}${ENTER}`],
  ['Wie schrijft het antwoord', `${SPACE}${ENTER}`],
  ['Wie keurt gevoelige', `${SPACE}${ENTER}`],
  ['Wie plaatst de antwoorden', `${SPACE}${ENTER}`],
  ['adviezen \\(info\\)', `n${ENTER}`],
  ['Er zijn geen fouten of waarschuwingen meer', ''],
];

describe('strategy init --fix in a terminal', () => {
  it.each([
    ['a primary school', PRIMARY_ESSENTIALS, PRIMARY_FIXES],
    ['a hogeschool', HIGHER_ESSENTIALS, HIGHER_FIXES],
  ])(
    'takes %s from the essentials to no errors and no warnings, answering only what the findings need',
    (_, essentials, fixes) => {
      const dir = mkdtempSync(join(tmpdir(), 'strategy-pty-fix-'));
      // On 29 November 2026, in a strategy that began this month: no figure is due yet.
      const clock = { SOURCE_DATE_EPOCH: '1795953600' };
      const first = drive(dir, essentials, [], 'nl', clock);
      expect(first.waiting_for).toBeUndefined();
      expect(first.exit).toBe(0);
      expect(questions(essentials)).toBeLessThanOrEqual(60);
      const result = drive(dir, fixes, ['--fix'], 'nl', clock);
      expect(result.waiting_for).toBeUndefined();
      expect(result.exit).toBe(0);
      expect(questions(fixes)).toBeLessThanOrEqual(30);
      const after = check(dir, clock);
      expect(after.status).toBe(0);
      expect(after.stdout).toMatch(/\(0 fouten, 0 waarschuwingen/);
      const strategy = parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8')) as {
        organisation: { sector: string };
        audiences: Record<string, { name: string }>;
        channels: Record<string, { visibility?: string; platform_name?: string }>;
        privacy?: { register?: string };
        webcare: { owner: string };
      };
      const names = Object.values(strategy.audiences).map((audience) => audience.name);
      if (strategy.organisation.sector === 'po') {
        // Parents first; the parents' app is closed, its photos need consent all the same.
        expect(names).toEqual(['Ouders en verzorgers', 'Ouders van nieuwe leerlingen']);
        expect(strategy.channels['parents-app']).toMatchObject({ visibility: 'closed', platform_name: 'Parro' });
        expect(strategy.privacy?.register).toBe('de administratie, in ParnasSys');
      } else {
        // A hogeschool's students are students, not pupils, and no consent for minors is asked.
        expect(strategy.organisation.sector).toBe('hbo');
        expect(names).toEqual(['Aankomende studenten', 'Medewerkers']);
        expect(first.output).not.toMatch(/Aankomende leerlingen|Huidige leerlingen|hoe vraag je toestemming/);
        expect(strategy.privacy?.register).toBeUndefined();
      }
      expect(strategy.webcare.owner).toBe('fatima-el-amrani');
    },
    180_000,
  );
});

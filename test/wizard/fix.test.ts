// strategy init --fix: a strategy the essentials wrote, for a primary school and for a
// hogeschool, fixed by answering the questions each finding needs, in place, until strategy
// check has no errors and no warnings left. What the wizard leaves to the file is named.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { init } from '../../src/commands/init.js';
import { lintSource } from '../../src/rules/run.js';
import { captureIo } from '../helpers/io.js';
import { DUTCH, audiencesOf } from './scripts.js';
import { initOptions, ScriptedPrompter } from './scripted.js';
import type { Rule } from './scripted.js';

/** The test's clock (captureIo): 29 November 2026. */
const TODAY = '2026-11-29';

/** The essentials of a school of `sector`, whose strategy starts this month: no figure is due yet. */
const schoolOf = (sector: string): Rule[] => [
  [/^Soort onderwijs/, sector],
  // A primary school reaches parents; its pupils are too young for social media.
  ...(sector === 'po'
    ? ([
        [/^Wie wil je bereiken/, ['Ouders van nieuwe leerlingen', 'Ouders en verzorgers']],
        [/^Wie bereik je via Instagram/, ['Ouders van nieuwe leerlingen']],
      ] as Rule[])
    : audiencesOf(sector)),
  [/^Eerste dag van de strategie/, '2026-11-01'],
  [/^Laatste dag van de strategie/, '2027-10-31'],
  [/^Doel 1: wanneer moet dat bereikt zijn/, '2027-09-01'],
  [/^Doel 2: wanneer moet dat bereikt zijn/, '2027-10-01'],
  ...DUTCH,
];

/** The answers to what --fix asks. */
const FIXES: Rule[] = [
  [/^Wat gebeurt er bij een crisis/, 'Geplande berichten stoppen, de directie informeren, één eerste bericht plaatsen.'],
  [/^Wie is woordvoerder/, 'de directeur'],
  [
    /^Wat doen jullie als een account wordt overgenomen/,
    'Fatima haalt het terug via de helpdesk van het platform; Joost waarschuwt de volgers.',
  ],
  [/^Waar staat het socialemediaprotocol/, 'https://intranet.example.nl/protocol'],
  [/^Wie is verantwoordelijk voor webcare/, 'fatima-el-amrani'],
  [/^Binnen hoeveel uur/, '24'],
  [/^Wie signaleert/, ['fatima-el-amrani', 'joost-de-boer']],
  [/^Wie schrijft het antwoord/, ['joost-de-boer']],
  [/^Wie keurt gevoelige/, ['fatima-el-amrani']],
  [/^Wie plaatst de antwoorden/, ['joost-de-boer']],
  [/^Waarvoor vragen jullie apart toestemming/, ['purpose']],
  [/^Wie houdt de toestemmingen bij/, 'de administratie, in ParnasSys'],
  [/^Wat gebeurt er als iemand toestemming intrekt/, 'De redactie haalt de beelden binnen twee werkdagen weg.'],
  [/^Geven leerlingen of studenten vanaf hun zestiende/, true],
];

async function essentials(script: Rule[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'strategy-fix-'));
  expect(await init(initOptions('nl'), captureIo({ cwd: dir }), async () => new ScriptedPrompter(script))).toBe(0);
  return dir;
}

const findingsIn = (dir: string): string[] =>
  lintSource(readFileSync(join(dir, 'strategy.yaml'), 'utf8'), { today: TODAY })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId}/${f.messageId}`);

describe('strategy init --fix', () => {
  it.each([
    ['a primary school', 'po'],
    ['a hogeschool', 'hbo'],
  ])('takes %s from the essentials to no errors and no warnings, without an editor', async (_, sector) => {
    const dir = await essentials(schoolOf(sector));
    const before = findingsIn(dir);
    expect(before.length).toBeGreaterThan(2);
    const prompter = new ScriptedPrompter(FIXES);
    const io = captureIo({ cwd: dir });
    expect(await init(initOptions('nl', { fix: true }), io, async () => prompter)).toBe(0);
    expect(findingsIn(dir)).toEqual([]);
    // Only the questions the findings need; the report names each finding before its questions.
    expect(prompter.asked).toBeLessThanOrEqual(30);
    const transcript = prompter.transcript.join('\n');
    expect(transcript).toContain(`${before.length} meldingen; je kunt ze allemaal hier oplossen door een paar vragen te beantwoorden.`);
    expect(transcript).toContain('Er zijn geen fouten of waarschuwingen meer.');
    expect(transcript).not.toMatch(/Hoe gebruiken jullie sociale media nu|Stijlgids/);
    // Answers land where the rules read them, and the file keeps what it had.
    const strategy = parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8')) as Record<string, any>;
    // Consent for images of pupils is asked of schools with pupils under 18 only.
    expect(strategy.privacy?.register).toBe(sector === 'po' ? 'de administratie, in ParnasSys' : undefined);
    expect(strategy.webcare.workflow.approve.by).toEqual(['fatima-el-amrani']);
    expect(strategy.organisation.sector).toBe(sector);
  });

  it('names what the wizard leaves to the file, and keeps the file’s comments', async () => {
    const dir = await essentials(DUTCH);
    const file = join(dir, 'strategy.yaml');
    writeFileSync(file, `# Onze strategie\n${readFileSync(file, 'utf8')}`);
    const prompter = new ScriptedPrompter(FIXES);
    expect(await init(initOptions('nl', { fix: true }), captureIo({ cwd: dir }), async () => prompter)).toBe(0);
    // A quarter into the period, the KPIs want their first figures: measure import writes them.
    expect(findingsIn(dir)).toEqual(['measurements-current/none', 'measurements-current/none']);
    expect(prompter.transcript.join('\n')).toMatch(
      /Nog 2 meldingen:[\s\S]*Alleen in het bestand aan te passen\. De cijfers zelf: in te vullen met `strategy measure import`/,
    );
    expect(readFileSync(file, 'utf8')).toMatch(/^# Onze strategie\n/);
  });

  it('answers the advice (info) too when asked: each piece with its own question', async () => {
    const dir = await essentials(schoolOf('po'));
    const prompter = new ScriptedPrompter([
      ...FIXES,
      [/Nu doen\?$/, true],
      [/toevoegen\?$/, false],
      [/^Hoe vaak en hoe kijken jullie naar berichten/, 'Drie keer per werkdag, met de meldingen van de platforms.'],
      [
        /^Hoe proberen jullie in de eerste weken/,
        'De eerste zes weken proberen we vormen en tijden uit, en bespreken we elke vrijdag wat werkte.',
      ],
      [/^Wie schakelen jullie van buiten in/, 'De mediacoach van het schoolbestuur.'],
    ]);
    expect(await init(initOptions('nl', { fix: true }), captureIo({ cwd: dir }), async () => prompter)).toBe(0);
    const strategy = parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8')) as Record<string, any>;
    expect(strategy.webcare.listening).toBe('Drie keer per werkdag, met de meldingen van de platforms.');
    expect(strategy.team.outside_help).toBe('De mediacoach van het schoolbestuur.');
    const info = lintSource(readFileSync(join(dir, 'strategy.yaml'), 'utf8'), { today: TODAY }).findings.map(
      (f) => `${f.ruleId}/${f.messageId}`,
    );
    expect(info).not.toContain('listening/missing');
    expect(info).not.toContain('room-to-learn/missing');
    expect(info).not.toContain('backing/outside-help');
  });

  it('says there is nothing to fix, and refuses without a strategy or a terminal', async () => {
    const dir = await essentials(schoolOf('po'));
    const fixed = new ScriptedPrompter(FIXES);
    await init(initOptions('nl', { fix: true }), captureIo({ cwd: dir }), async () => fixed);
    const io = captureIo({ cwd: dir });
    expect(await init(initOptions('nl', { fix: true }), io, async () => new ScriptedPrompter([]))).toBe(0);
    expect(io.out()).toContain('strategy.yaml heeft geen fouten of waarschuwingen: er is niets op te lossen.');
    const empty = captureIo({ cwd: mkdtempSync(join(tmpdir(), 'strategy-fix-')) });
    await expect(init(initOptions('nl', { fix: true }), empty, async () => new ScriptedPrompter([]))).rejects.toThrow();
    await expect(init(initOptions('en', { fix: true, interactive: false }), captureIo({ cwd: dir }))).rejects.toThrow();
  });
});

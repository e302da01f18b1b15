// strategy init for a new strategy: the essentials first, in-process with a scripted prompter.
// The path a communications officer takes, in each language, ends in a strategy that passes
// strategy check; answers that break rules are reported before anything is written; Ctrl-C at
// any question loses nothing that was answered.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { init } from '../../src/commands/init.js';
import { lintSource } from '../../src/rules/run.js';
import { captureIo } from '../helpers/io.js';
import { DUTCH } from './scripts.js';
import { initOptions, ScriptedPrompter } from './scripted.js';

const options = initOptions;

function project(): string {
  return mkdtempSync(join(tmpdir(), 'essentials-'));
}

describe('strategy init: the essentials first', () => {
  it('takes a Dutch communications officer through the essentials to a strategy that passes strategy check', async () => {
    const dir = project();
    const prompter = new ScriptedPrompter(DUTCH);
    const io = captureIo({ cwd: dir });
    expect(await init(options('nl'), io, async () => prompter)).toBe(0);
    expect(prompter.asked).toBeLessThanOrEqual(60);
    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    expect(lintSource(text, { today: '2026-11-29' }).findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Ids made from names, every list its own (no YAML aliases), a KPI per goal.
    expect(text).not.toMatch(/[&*]a\d/);
    const strategy = parse(text) as Record<string, any>;
    expect(Object.keys(strategy.goals)).toEqual(['aanmeldingen-via-instagram', 'ouders-die-facebook-volgen']);
    expect(strategy.control.kpis['aanmeldingen-via-instagram']).toEqual({
      goal: 'aanmeldingen-via-instagram',
      metric: 'aanmeldingen via Instagram',
      frequency: 'quarterly',
    });
    // A goal about Instagram is served by Instagram; the posts are shared over the topics and the team.
    expect(strategy.channels.instagram.goals).toEqual(['aanmeldingen-via-instagram']);
    expect(strategy.channels.facebook.goals).toEqual(['ouders-die-facebook-volgen']);
    // Whole posts per channel; the calendar takes the topics posted there in turn.
    expect(strategy.content.cadence.filter((c: { channel: string }) => c.channel === 'facebook')).toEqual([
      { channel: 'facebook', per_week: 2, owner: 'joost-de-boer' },
    ]);
    expect(strategy.content.pillars['open-dagen'].channels).toContain('facebook');
    // Facebook posts when its users are most active, and in the evening for the parents it reaches.
    expect(strategy.channels.facebook.slots).toEqual({ days: ['mon', 'tue', 'wed', 'thu'], times: ['08:30', '12:00', '19:30'] });
    expect(strategy.calendar).toEqual({ holidays: { region: 'noord' } });
    // The summary in sentences, before writing.
    expect(prompter.transcript.join('\n')).toMatch(
      /Je strategie:\n\nOrganisatie: Het Baken \(voortgezet onderwijs\), periode 1 augustus 2026 tot en met 31 juli 2027\.\nTeam: Fatima el Amrani \(eindverantwoordelijk, 6 uur per week\) en Joost de Boer \(3 uur per week\)\./,
    );
    expect(existsSync(join(dir, '.strategy-draft.yaml'))).toBe(false);
  });

  it('refuses a number where the unit goes, and a slug keeps the letters of a Turkish name', async () => {
    const dir = project();
    const prompter = new ScriptedPrompter([
      [/^Doel 1: waarin druk je dat uit/, '1.240', 'aanmeldingen'],
      [/^Wie werkt er nog meer/, 'Mehmet Yılmaz'],
      [/^Hoeveel uur per week heeft Mehmet/, '3'],
      ...DUTCH,
    ]);
    expect(await init(options('nl'), captureIo({ cwd: dir }), async () => prompter)).toBe(0);
    expect(prompter.rejected).toEqual([
      'Doel 1: waarin druk je dat uit? (aanmeldingen, volgers, %) => Schrijf de eenheid in woorden, zoals aanmeldingen, volgers of %.',
    ]);
    expect(Object.keys((parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8')) as Record<string, any>).team.members)).toEqual([
      'fatima-el-amrani',
      'mehmet-yilmaz',
    ]);
  });

  it('loses nothing on Ctrl-C at any question: the draft holds every answer given, and a resume ends where an uninterrupted run does', async () => {
    const whole = project();
    const complete = new ScriptedPrompter(DUTCH);
    expect(await init(options('nl'), captureIo({ cwd: whole }), async () => complete)).toBe(0);
    const expected = readFileSync(join(whole, 'strategy.yaml'), 'utf8');
    // Every question of the essentials and the question about the other blocks.
    const count = complete.transcript.filter((line) => !line.startsWith('\n') && !/^(Je strategie|Geen fouten|✔)/.test(line)).length - 1;
    expect(count).toBeGreaterThan(30);
    for (let question = 1; question <= count; question++) {
      const dir = project();
      const stopped = new ScriptedPrompter(DUTCH, undefined, question);
      const io = captureIo({ cwd: dir });
      expect(await init(options('nl'), io, async () => stopped)).toBe(130);
      if (question === 1) {
        expect(io.err()).toContain('Gestopt voor het eerste antwoord: er is niets bewaard.');
        continue;
      }
      const draft = parse(readFileSync(join(dir, '.strategy-draft.yaml'), 'utf8')) as { answers: Record<string, unknown> };
      expect(Object.keys(draft.answers), `stopped at question ${question}`).toHaveLength(question - 1);
      const resumed = new ScriptedPrompter(DUTCH);
      expect(await init(options('nl', { resume: true }), captureIo({ cwd: dir }), async () => resumed)).toBe(0);
      // Nothing answered before is asked again.
      expect(resumed.asked, `resumed after question ${question}`).toBe(complete.asked - (question - 1));
      expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(expected);
    }
  });

  it('reports what check would say before writing, and keeps a draft when asked, writing nothing', async () => {
    const dir = project();
    const prompter = new ScriptedPrompter([
      [/^Hoeveel uur per week heeft Fatima/, '1'],
      [/^Hoeveel berichten per week op Instagram/, '7'],
      [/^Wat wil je doen\?/, { choose: 'Als concept bewaren' }],
      ...DUTCH,
    ]);
    const io = captureIo({ cwd: dir });
    expect(await init(options('nl'), io, async () => prompter)).toBe(0);
    const said = prompter.transcript.join('\n');
    expect(said).toMatch(/strategy check zou deze strategie afkeuren: \d+ fouten?\./);
    expect(said).toMatch(/✖ Fout: .*Fatima el Amrani/);
    expect(io.out()).toContain('Bewaard als concept in .strategy-draft.yaml; er is niets opgeslagen in de strategie.');
    expect(existsSync(join(dir, 'strategy.yaml'))).toBe(false);

    // Resumed: fixed now, by answering the questions it asks again (with the earlier answers offered).
    const fixing = new ScriptedPrompter([
      [/^Wat wil je doen\?/, { choose: 'Nu herstellen' }],
      [/^Hoeveel uur per week heeft Fatima/, '1', '8'],
      [/^Hoeveel berichten per week op Instagram/, '3'],
      ...DUTCH,
    ]);
    expect(await init(options('nl', { resume: true }), captureIo({ cwd: dir }), async () => fixing)).toBe(0);
    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    expect(lintSource(text, { today: '2026-11-29' }).findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect((parse(text) as Record<string, any>).team.members['fatima-el-amrani'].hours_per_week).toBe(8);
  });
});

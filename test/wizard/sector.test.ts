// The essentials speak to the sector: a primary school is offered its parents' app first, the
// audiences a primary school has, and topics of a primary school; a platform not in the list is
// named; each platform says what it is for.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { init } from '../../src/commands/init.js';
import MarkdownIt from 'markdown-it';
import { renderAll } from '../../src/export/outputs.js';
import type { Strategy } from '../../src/model/strategy.js';
import { lintSource } from '../../src/rules/run.js';
import type { Choice, Prompter } from '../../src/wizard/prompter.js';
import { captureIo } from '../helpers/io.js';
import { DUTCH } from './scripts.js';
import { initOptions, ScriptedPrompter } from './scripted.js';
import type { Rule } from './scripted.js';

const builtIn = new Map<string, string>();

/** A ScriptedPrompter that keeps the choices each question offered. */
class Watching extends ScriptedPrompter {
  readonly offered = new Map<string, string[]>();
  override async select<T>(q: { message: string; choices: Choice<T>[]; default?: T }): Promise<T> {
    this.offered.set(
      q.message,
      q.choices.map((c) => c.name),
    );
    return super.select(q);
  }
  override async checkbox<T>(q: { message: string; choices: (Choice<T> & { checked?: boolean })[] }): Promise<T[]> {
    this.offered.set(
      q.message,
      q.choices.map((c) => c.name),
    );
    return super.checkbox(q);
  }
}

const PRIMARY: Rule[] = [
  [/^Naam van de school/, 'De Klimop'],
  [/^Soort onderwijs/, 'po'],
  [/^Wie wil je bereiken/, ['Ouders en verzorgers', 'Ouders van nieuwe leerlingen']],
  [/^Ouders en verzorgers: op welke platforms/, ['parents-app', 'other']],
  [/^Ouders van nieuwe leerlingen: op welke platforms/, ['other']],
  // Named for the parents; the parents of new pupils are not named, and the document takes
  // the channel's platform for them.
  [/op welke andere platforms zitten ze/, 'Hoplr, Nextdoor', ''],
  [/^Op welke platforms/, ['parents-app', 'other']],
  [/^Welk ander platform is het/, 'Discord'],
  [/^Wie bereik je via/, ['Ouders en verzorgers']],
  [/^Waarover post je/, 'een dag in de klas, schoolreisjes'],
  ...DUTCH,
];

describe('the essentials for a primary school', () => {
  it('offers the parents’ app first, a primary school’s audiences and topics, and names a platform not in the list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-sector-'));
    const prompter = new Watching(PRIMARY);
    expect(await init(initOptions('nl'), captureIo({ cwd: dir }), async () => prompter as Prompter)).toBe(0);
    const platforms = [...prompter.offered.entries()].find(([message]) => message.startsWith('Op welke platforms'))![1];
    expect(platforms[0]).toBe(
      'ouderapp – berichten van school aan ouders: nieuws, foto’s van de dag, activiteiten (Parro, Social Schools)',
    );
    expect(platforms).toContain('Instagram – foto’s en korte video’s; jongeren, aankomende leerlingen en studenten');
    expect(platforms.at(-1)).toBe('ander platform – een ander platform (vul de naam in)');
    const audiences = [...prompter.offered.entries()].find(([message]) => message.startsWith('Wie wil je bereiken'))![1];
    expect(audiences).toContain('Ouders van nieuwe leerlingen');
    expect(audiences.join(' ')).not.toMatch(/studenten|stage|bedrijven/i);
    expect(prompter.transcript.join('\n')).toContain('bijvoorbeeld: een dag in de klas, schoolreisjes, nieuws voor ouders');
    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    const strategy = parse(text) as Record<string, any>;
    expect(strategy.channels['parents-app'].platform).toBe('parents-app');
    expect(strategy.channels.other).toMatchObject({ platform: 'other', platform_name: 'Discord' });
    expect(lintSource(text, { today: '2026-11-29' }).findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Where each audience is active, in the document: the names the user gave, not "ander platform".
    expect(strategy.audiences['ouders-en-verzorgers']).toMatchObject({
      platforms: ['parents-app', 'other'],
      other_platforms: ['Hoplr', 'Nextdoor'],
    });
    expect(strategy.audiences['ouders-van-nieuwe-leerlingen'].other_platforms).toBeUndefined();
    const document = renderAll(strategy as Strategy, 'nl', builtIn).find((output) => output.name === 'strategy.md')!.content;
    const activeOn = new MarkdownIt()
      .parse(document, {})
      .filter((token) => token.type === 'inline' && token.content.startsWith('**Actief op:**'))
      .map((token) => token.content);
    expect(activeOn).toEqual(['**Actief op:** ouderapp, Hoplr, Nextdoor', '**Actief op:** Discord']);
  });

  it('offers the other sectors the audiences of a school that recruits, without a parents’ app first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-sector-'));
    const prompter = new Watching(DUTCH);
    expect(await init(initOptions('nl'), captureIo({ cwd: dir }), async () => prompter as Prompter)).toBe(0);
    const platforms = [...prompter.offered.entries()].find(([message]) => message.startsWith('Op welke platforms'))![1];
    expect(platforms[0]).toMatch(/^Instagram – /);
    const audiences = [...prompter.offered.entries()].find(([message]) => message.startsWith('Wie wil je bereiken'))![1];
    expect(audiences).toContain('Aankomende leerlingen');
    expect(audiences.join(' ')).not.toMatch(/studenten|leerbedrijven/i);
  });
});

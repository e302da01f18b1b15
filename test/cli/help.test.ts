import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/i18n/catalogues.js';
import { run } from '../../src/main.js';
import { captureIo, packageRoot } from '../helpers/io.js';

describe('help', () => {
  it('has Dutch for every text of the command line', () => {
    const dir = join(packageRoot, 'src/cli');
    const source = readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => readFileSync(join(dir, name), 'utf8'))
      .join('\n');
    const texts = [...source.matchAll(/\bh\('([^']*)'/g)].map((m) => m[1]!);
    expect(texts.length).toBeGreaterThan(40);
    const dutch = CATALOGUES.nl.commandLine.help as Record<string, string>;
    expect(texts.filter((text) => !dutch[text]?.trim())).toEqual([]);
  });

  it('speaks the language of --lang or the locale', async () => {
    const dutch = captureIo({ env: { LANG: 'nl_NL.UTF-8' } });
    expect(await run(['check', '--help'], dutch)).toBe(0);
    expect(dutch.out()).toMatch(/toets strategiebestanden aan het schema en de methode/);
    // Commander's own words too: titles, placeholders, choices and defaults.
    expect(dutch.out()).toMatch(/^Gebruik: strategy check \[opties\] \[bestanden\.\.\.\]$/m);
    expect(dutch.out()).toMatch(/^Opties:$/m);
    expect(dutch.out()).toMatch(/--fail-level <niveau> +eindig met foutcode 1/);
    expect(dutch.out()).toMatch(/keuzes: "error", "warning", "info",\s+standaard: "error"/);
    expect(dutch.out()).not.toMatch(/Usage|Options|choices|default:|display help/);
    const english = captureIo({ env: { LANG: 'nl_NL.UTF-8' } });
    await run(['--lang', 'en', 'init', '--help'], english);
    expect(english.out()).toMatch(/build strategy\.yaml with the wizard/);
    expect(english.out()).toMatch(/^Usage: strategy init \[options\]$/m);
  });

  it('lists the blocks in both languages, and takes either name', async () => {
    const dutch = captureIo({ env: { LANG: 'nl_NL.UTF-8' } });
    await run(['init', '--help'], dutch);
    expect(dutch.out().replace(/\s+/g, ' ')).toMatch(
      /nulmeting, visie, doelen, doelgroepen, kanalen, content, uitvoering, benchmark, meten, kalender, extra, terugblik \(of de Engelse namen: baseline, vision, goals,/,
    );
    const wrong = captureIo({ env: { LANG: 'nl_NL.UTF-8' } });
    expect(await run(['init', '--block', 'doelstellingen', '--no-interactive'], wrong)).toBe(2);
    expect(wrong.err()).toMatch(/Onbekend blok "doelstellingen"\. Bedoelde je "doelen"\? Kies uit: nulmeting, visie, doelen,/);
  });

  it('says commander’s errors in Dutch', async () => {
    const io = captureIo({ env: { LANG: 'nl_NL.UTF-8' } });
    expect(await run(['check', '--frobnicate'], io)).toBe(2);
    expect(io.err()).toMatch(/^fout: onbekende optie '--frobnicate'$/m);
    const command = captureIo({ env: { LANG: 'nl_NL.UTF-8' } });
    expect(await run(['chek'], command)).toBe(2);
    expect(command.err()).toMatch(/^fout: onbekende opdracht 'chek'\nBedoelde je "check"\?/m);
  });
});

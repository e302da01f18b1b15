import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP_NL } from '../../src/cli/help-texts.js';
import { run } from '../../src/main.js';
import { captureIo, packageRoot } from '../helpers/io.js';

describe('help', () => {
  it('has Dutch for every text of the command line', () => {
    const source = readFileSync(join(packageRoot, 'src/cli/program.ts'), 'utf8');
    const texts = [...source.matchAll(/\bh\('([^']*)'/g)].map((m) => m[1]!);
    expect(texts.length).toBeGreaterThan(40);
    expect(texts.filter((text) => !(text in HELP_NL))).toEqual([]);
  });

  it('speaks the language of --lang or the locale', async () => {
    const dutch = captureIo({ env: { LANG: 'nl_NL.UTF-8' } });
    expect(await run(['check', '--help'], dutch)).toBe(0);
    expect(dutch.out()).toMatch(/controleer strategiebestanden op het schema en de methode/);
    const english = captureIo({ env: { LANG: 'nl_NL.UTF-8' } });
    await run(['--lang', 'en', 'init', '--help'], english);
    expect(english.out()).toMatch(/build strategy\.yaml with the wizard/);
  });
});

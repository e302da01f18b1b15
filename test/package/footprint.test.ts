// What `npm install` of the packed package brings into a user's project: the package alone,
// small, and no script of its own run at install.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { packageRoot } from '../helpers/io.js';

const project = inject('installedProject');

/** Every package folder under node_modules, scoped ones included. */
function packages(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    if (name.startsWith('@')) found.push(...readdirSync(join(dir, name)).map((inner) => `${name}/${inner}`));
    else found.push(name);
  }
  return found;
}

function bytes(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + bytes(join(path, name)), 0);
}

describe('the installed package', () => {
  it('installs as one package of at most 3 MB, with nothing else to download', () => {
    const installed = packages(join(project, 'node_modules'));
    expect(installed).toEqual(['strategy-as-code']);
    const size = bytes(join(project, 'node_modules', 'strategy-as-code'));
    expect(size).toBeLessThanOrEqual(3 * 1024 * 1024);
    // The bundled libraries' licences travel with it, each in full.
    const licences = readFileSync(join(project, 'node_modules', 'strategy-as-code', 'dist', 'LICENSES.md'), 'utf8');
    for (const name of ['yaml', 'ajv', 'commander', 'handlebars', 'ical.js', '@e965/xlsx'])
      expect(licences).toMatch(new RegExp(`^## ${name.replace('.', '\\.')} \\d`, 'm'));
    expect(licences).toContain('Mozilla Public License Version 2.0');
  });

  it('carries spreadsheet support (.xls and .xlsx, only for measure import) in at most 2 MB of its own', () => {
    const chunks = join(project, 'node_modules', 'strategy-as-code', 'dist', 'chunks');
    const sheets = readdirSync(chunks).filter((name) => name.startsWith('xlsx-'));
    expect(sheets).toHaveLength(1);
    expect(sheets.reduce((sum, name) => sum + bytes(join(chunks, name)), 0)).toBeLessThanOrEqual(2 * 1024 * 1024);
    // Nothing else imports it: only the command's dynamic import names the chunk.
    const importers = readdirSync(chunks).filter((name) => readFileSync(join(chunks, name), 'utf8').includes(sheets[0]!));
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.every((name) => name.startsWith('measure-'))).toBe(true);
    expect(readFileSync(join(chunks, '..', 'cli.js'), 'utf8')).not.toContain(sheets[0]!);
  });

  it('declares no runtime dependencies and runs no script when it is installed', () => {
    const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
      dependencies?: object;
      scripts: Record<string, string>;
    };
    expect(manifest.dependencies ?? {}).toEqual({});
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts[hook]).toBeUndefined();
  });
});

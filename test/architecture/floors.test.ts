// The domain core is the ground floor: what it imports stays on it. Read from the import
// statements of the sources themselves, type imports included.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../helpers/io.js';

const src = join(packageRoot, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
}

/** The folders under src/ that a file imports from (`core`, `model`, …), with the import as written. */
function importsOf(file: string): { folder: string; specifier: string }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)].map(([, specifier]) => ({
    folder: relative(src, resolve(dirname(file), specifier!)).split(/[\\/]/)[0]!,
    specifier: specifier!,
  }));
}

describe('the floors of src/', () => {
  it('the domain core imports only the core, the format’s model, small utilities and the shipped data: no rules, wording, rendering or commands', () => {
    const allowed = new Set(['core', 'model', 'util']);
    const data = (specifier: string): boolean => /^(\.\.\/)+data\/[\w-]+\.json$/.test(specifier);
    const upward = sources(join(src, 'core')).flatMap((file) => importsOf(file).filter((i) => !allowed.has(i.folder) && !data(i.specifier)).map((i) => `${relative(src, file)} → ${i.specifier}`));
    expect(upward).toEqual([]);
  });

  it('rules read the calendar’s plan and the holidays from the core, not from a renderer, except the entries the calendar shows', () => {
    const fromRenderers = sources(join(src, 'rules')).flatMap((file) =>
      importsOf(file)
        .filter((i) => i.folder === 'render' && !/render\/calendar\.js$/.test(i.specifier))
        .map((i) => `${relative(src, file)} → ${i.specifier}`),
    );
    expect(fromRenderers).toEqual([]);
  });

  it('the folders of src/ form floors: no chain of imports leads from a folder back to itself, type imports included', () => {
    // Each folder of src/ is a node, and so is each file at its top (main.ts, errors.ts, io.ts).
    const node = (file: string): string => relative(src, file).split(/[\\/]/)[0]!;
    const arrows = new Map<string, Set<string>>();
    for (const file of sources(src)) {
      for (const { specifier } of importsOf(file)) {
        const target = relative(src, resolve(dirname(file), specifier)).split(/[\\/]/)[0]!.replace(/\.js$/, '.ts');
        if (target === '..' || node(file) === target) continue;
        if (!arrows.has(node(file))) arrows.set(node(file), new Set());
        arrows.get(node(file))!.add(target);
      }
    }
    // A walk from every folder; a folder met again on the path it started is a cycle.
    const cycles: string[] = [];
    const walk = (at: string, path: string[]): void => {
      for (const next of arrows.get(at) ?? []) {
        if (next === path[0]) cycles.push([...path, next].join(' → '));
        else if (!path.includes(next) && next > path[0]!) walk(next, [...path, next]);
      }
    };
    for (const start of arrows.keys()) walk(start, [start]);
    expect(cycles).toEqual([]);
  });

  it('no rule, renderer or command keeps its own copy of the measurement arithmetic', () => {
    // A least-squares slope, a share of the way or a stale window computed outside the core is a second truth.
    const copies = sources(src)
      .filter((file) => !relative(src, file).startsWith('core'))
      .filter((file) => /\bsxx\b|slope\s*=|\(latest\.value - start\) \/ \(target - start\)|INTERVAL\[[^\]]+\]\.days \+ INTERVAL/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(src, file));
    expect(copies).toEqual([]);
  });
});

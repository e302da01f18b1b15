// The domain core is the ground floor: what it imports stays on it. Read from the import
// statements of the sources themselves, type imports included.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../helpers/io.js';

const src = join(packageRoot, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The folders under src/ that a file imports from (`core`, `model`, …), with the import as written. */
function importsOf(file: string): { folder: string; specifier: string }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)].map(([, specifier]) => ({
    folder: relative(src, resolve(dirname(file), specifier!)).split(/[\\/]/)[0]!,
    specifier: specifier!,
  }));
}

// The linter's configuration (biome.json), applied to one file of its own in a copy of src/'s layout.
const lint = (file: string, source: string) => {
  const root = mkdtempSync(join(tmpdir(), 'floors-'));
  try {
    copyFileSync(join(packageRoot, 'biome.json'), join(root, 'biome.json'));
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), source);
    return spawnSync(process.execPath, [join(packageRoot, 'node_modules/@biomejs/biome/bin/biome'), 'lint', '--colors=off', file], {
      cwd: root,
      encoding: 'utf8',
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
};

describe('the floors of src/', () => {
  it('the domain core imports only the core, the format’s model, small utilities and the shipped data: no rules, wording, rendering or commands', () => {
    const allowed = new Set(['core', 'model', 'util']);
    const data = (specifier: string): boolean => /^(\.\.\/)+data\/[\w-]+\.json$/.test(specifier);
    const upward = sources(join(src, 'core')).flatMap((file) =>
      importsOf(file)
        .filter((i) => !allowed.has(i.folder) && !data(i.specifier))
        .map((i) => `${relative(src, file)} → ${i.specifier}`),
    );
    expect(upward).toEqual([]);
  });

  it('the linter holds the floors: an import from a floor above is an error, one from below is not', () => {
    const upward = [
      ['src/core/stub.ts', "import { labels } from '../render/labels.js';\nexport const x = labels;\n"],
      ['src/core/measures/stub.ts', "import { StrategyError } from '../../errors.js';\nexport const x = StrategyError;\n"],
      ['src/model/stub.ts', "import type { Words } from '../i18n/words.js';\nexport type X = Words;\n"],
      ['src/rules/stub.ts', "import { buildCalendar } from '../render/calendar.js';\nexport const x = buildCalendar;\n"],
      ['src/render/stub.ts', "import { runCheck } from '../commands/check.js';\nexport const x = runCheck;\n"],
      ['src/diff/stub.ts', "import { formatters } from '../formatters/index.js';\nexport const x = formatters;\n"],
    ] as const;
    for (const [file, source] of upward) {
      const result = lint(file, source);
      expect(result.status, file).not.toBe(0);
      expect(result.stderr + result.stdout, file).toMatch(/noRestrictedImports[\s\S]*stands on floor/);
    }
    const downward = lint(
      'src/render/stub.ts',
      "import { plan } from '../core/plan.js';\nimport { words } from '../i18n/words.js';\nexport const x = [plan, words];\n",
    );
    expect(downward.stderr + downward.stdout).not.toMatch(/noRestrictedImports/);
    expect(downward.status).toBe(0);
  });

  it('the linter refuses a file of src/ over 400 lines and a function over 80', () => {
    const body = (lines: number) => Array.from({ length: lines }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const longFunction = `export function f(): number {\n${body(81)}\n  return v0;\n}\n`;
    const longFile = `${Array.from({ length: 401 }, (_, i) => `export const c${i} = ${i};`).join('\n')}\n`;
    const shortFunction = `export function f(): number {\n${body(70)}\n  return v0;\n}\n`;
    const said = (source: string): string => {
      const result = lint('src/core/stub.ts', source);
      return result.stdout + result.stderr;
    };
    expect(said(longFunction)).toMatch(/noExcessiveLinesPerFunction/);
    expect(said(longFile)).toMatch(/noExcessiveLinesPerFile/);
    expect(lint('src/core/stub.ts', shortFunction).status).toBe(0);
  });

  it('every folder and file at the top of src/ has its floor in the linter’s configuration', () => {
    const config = readFileSync(join(packageRoot, 'biome.json'), 'utf8');
    const floored = new Set([...config.matchAll(/"src\/([\w.-]+?)(?:\/\*\*)?"/g)].map(([, name]) => name));
    // main.ts is the top floor: it may import from every floor, so it needs no entry.
    const top = readdirSync(src).filter((name) => (name.endsWith('.ts') || !name.includes('.')) && name !== 'main.ts');
    expect(top.filter((name) => !floored.has(name))).toEqual([]);
  });

  it('the folders of src/ form floors: no chain of imports leads from a folder back to itself, type imports included', () => {
    // Each folder of src/ is a node, and so is each file at its top (main.ts, errors.ts, io.ts).
    const node = (file: string): string => relative(src, file).split(/[\\/]/)[0]!;
    const arrows = new Map<string, Set<string>>();
    for (const file of sources(src)) {
      for (const { specifier } of importsOf(file)) {
        const target = relative(src, resolve(dirname(file), specifier))
          .split(/[\\/]/)[0]!
          .replace(/\.js$/, '.ts');
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
      .filter((file) =>
        /\bsxx\b|slope\s*=|\(latest\.value - start\) \/ \(target - start\)|INTERVAL\[[^\]]+\]\.days \+ INTERVAL/.test(
          readFileSync(file, 'utf8'),
        ),
      )
      .map((file) => relative(src, file));
    expect(copies).toEqual([]);
  });
});

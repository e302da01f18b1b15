// Mutated YAML through the whole command line, in-process: whatever the bytes, `check` and
// `render` end with exit 0, 1 or 2 and a message, never a stack trace, and every position
// they report lies inside the file.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { run } from '../../src/main.js';
import { captureIo, packageRoot } from '../helpers/io.js';
import { FUZZ_SEED, exampleTexts as examples, yamlMutation as mutation } from './arbitraries.js';

// 400 mutations in the suite (a fixed seed); `npm run fuzz` tries 8,000 with a fresh one.
const RUNS = Number(process.env.FUZZ_RUNS ?? 100) * 4;
function memoryIo(text: string) {
  const bytes = Buffer.from(text, 'utf8');
  const io = captureIo({ env: { LANG: 'en_GB.UTF-8' } });
  const file = join(packageRoot, 'fuzz-input.yaml');
  return {
    io: {
      ...io,
      fs: {
        ...io.fs,
        readFile: async (path: string) => (path === file ? bytes : io.fs.readFile(path)),
        readUpTo: async (path: string, limit: number) =>
          path === file ? { bytes: bytes.subarray(0, limit), more: bytes.length > limit } : io.fs.readUpTo(path, limit),
        stat: async (path: string) =>
          path === file
            ? { size: bytes.length, isDirectory: () => false, isFile: () => true, dev: 0, ino: 0, mode: 0o644 }
            : io.fs.stat(path),
      },
    },
    capture: io,
    lineCount: text.split(/\r\n|\n|\r/).length,
  };
}

async function checkSurvives(text: string, everyOutput = false): Promise<void> {
  const { io, capture, lineCount } = memoryIo(text);
  const code = await run(['check', '--format', 'json', 'fuzz-input.yaml'], io);
  expect([0, 1, 2]).toContain(code);
  expect(capture.err()).not.toMatch(/\n\s+at |Internal error/);
  if (code !== 2) {
    const report = JSON.parse(capture.out()) as {
      results: { findings: { line: number; column: number; endLine: number; message: string }[] }[];
    };
    for (const finding of report.results[0]!.findings) {
      expect(finding.line).toBeGreaterThanOrEqual(1);
      expect(finding.line).toBeLessThanOrEqual(lineCount + 1);
      expect(finding.endLine).toBeGreaterThanOrEqual(finding.line);
      expect(finding.column).toBeGreaterThanOrEqual(1);
      expect(finding.message.length).toBeGreaterThan(0);
    }
  } else {
    expect(capture.err()).toMatch(/^strategy: /);
  }

  const rendered = memoryIo(text);
  const only = everyOutput ? ['--only', 'strategy,calendar,csv,ics'] : [];
  const renderCode = await run(['render', 'fuzz-input.yaml', '--stdout', ...only], rendered.io);
  expect([0, 2]).toContain(renderCode);
  expect(rendered.capture.err()).not.toMatch(/\n\s+at |Internal error/);
  if (renderCode === 2) expect(rendered.capture.err()).toMatch(/strategy: /);
}

describe('mutated strategies', () => {
  it('never crash check or render, and positions stay inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...examples), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (example, mutations) => {
        await checkSurvives(mutations.reduce((text, mutate) => mutate(text), example));
      }),
      { numRuns: RUNS, ...FUZZ_SEED },
    );
  }, 300_000);

  it.each(readdirSync(join(packageRoot, 'test/fixtures/fuzz')))('regression: %s', async (name) => {
    await checkSurvives(readFileSync(join(packageRoot, 'test/fixtures/fuzz', name), 'utf8'), true);
  });
});

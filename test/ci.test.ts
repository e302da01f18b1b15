// The ready-made CI in the README: its commands run here as the workflows would run them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { packageRoot } from './helpers/io.js';
import { ruleCatalogue } from '../src/rules/catalogue.js';

const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

function commandsOf(block: string): string[] {
  const doc = parse(block) as Record<string, unknown>;
  const lines: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === 'string' && node.startsWith('npx strategy ')) lines.push(node);
    else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(doc);
  return lines;
}

function runLikeCi(command: string, env: Record<string, string>) {
  const repo = mkdtempSync(join(tmpdir(), 'strategy-ci-'));
  copyFileSync(join(packageRoot, 'examples/mbo/strategy.yaml'), join(repo, 'strategy.yaml'));
  const args = command.replace(/^npx strategy /, '').split(' ');
  const result = spawnSync(process.execPath, [join(packageRoot, 'bin/strategy.cjs'), ...args], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { repo, ...result };
}

describe('the README’s GitHub Actions workflow', () => {
  const block = yamlBlocks.find((b) => b.includes('upload-sarif'))!;
  const [command] = commandsOf(block);

  it('runs strategy check with annotations and a SARIF file for upload', () => {
    expect(command).toBe('npx strategy check --format github --format sarif --output strategy.sarif');
    const result = runLikeCi(command!, { GITHUB_ACTIONS: 'true' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^::notice file=strategy\.yaml,line=\d+/m);
    const sarif = JSON.parse(readFileSync(join(result.repo, 'strategy.sarif'), 'utf8')) as { version: string };
    expect(sarif.version).toBe('2.1.0');
    const upload = (parse(block) as { jobs: { check: { steps: { with?: { sarif_file?: string } }[] } } }).jobs.check.steps.find(
      (s) => s.with?.sarif_file,
    );
    expect(upload?.with?.sarif_file).toBe('strategy.sarif');
  });
});

describe('the README’s GitLab CI job', () => {
  const block = yamlBlocks.find((b) => b.includes('reports:'))!;
  const [command] = commandsOf(block);

  it('runs strategy check and writes the JUnit report the job uploads', () => {
    const result = runLikeCi(command!, {});
    expect(result.status, result.stderr).toBe(0);
    const report = (parse(block) as { strategy: { artifacts: { reports: { junit: string } } } }).strategy.artifacts.reports.junit;
    const xml = readFileSync(join(result.repo, report), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
  });
});

describe('the pre-commit hook', () => {
  it('runs the installed command on strategy files', () => {
    const [hook] = parse(readFileSync(join(packageRoot, '.pre-commit-hooks.yaml'), 'utf8')) as {
      entry: string;
      files: string;
      language: string;
    }[];
    expect(hook).toMatchObject({ entry: 'strategy check', language: 'node' });
    const files = new RegExp(hook!.files);
    expect(['strategy.yaml', 'sub/strategy.yml'].every((f) => files.test(f))).toBe(true);
    expect(files.test('other.yaml')).toBe(false);
    const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(manifest.bin)).toEqual(['strategy']);
  });
});

describe('rule documentation', () => {
  it.each(ruleCatalogue('en').map((rule) => rule.id))('docs/rules/%s.md exists and is linked from the rules’ index', (id) => {
    const file = join(packageRoot, 'docs/rules', `${id}.md`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe(`# ${id}`);
    expect(readFileSync(join(packageRoot, 'docs/rules/README.md'), 'utf8')).toContain(`(${id}.md)`);
    expect(readFileSync(join(packageRoot, 'docs/rules/README.nl.md'), 'utf8')).toContain(`(${id}.nl.md)`);
  });

  it('is linked from the README in both languages', () => {
    expect(readme).toContain('(docs/rules/README.md)');
    expect(readme).toContain('(docs/rules/README.nl.md)');
  });
});

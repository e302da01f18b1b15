// Every text the wizard asks for shows in the strategy document, or the catalogue says why not
// (src/wizard/not-in-document.ts): what a team writes down is what the board reads.
import { describe, expect, it } from 'vitest';
import { renderAll } from '../../src/export/outputs.js';
import type { Strategy } from '../../src/model/strategy.js';
import { allQuestions } from '../../src/wizard/catalogue.js';
import { NOT_IN_DOCUMENT } from '../../src/wizard/not-in-document.js';
import { example } from '../render/helpers.js';

/** Sets `path` (dotted; `<id>` is a map's first entry, `[]` a list's first item) to `value`. */
function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node: Record<string, unknown> = target;
  parts.forEach((part, index) => {
    const last = index === parts.length - 1;
    const list = part.endsWith('[]');
    const key = list ? part.slice(0, -2) : part;
    if (key === '<id>') return;
    if (last && !list) {
      node[key] = value;
      return;
    }
    let child = node[key];
    if (list) {
      if (!Array.isArray(child) || child.length === 0) node[key] = child = [{}];
      child = (child as unknown[])[0];
    } else if (parts[index + 1] === '<id>') {
      const map = (child ?? (node[key] = {})) as Record<string, unknown>;
      const first = Object.keys(map)[0] ?? 'entry';
      child = map[first] ??= {};
    } else child ??= node[key] = {};
    node = child as Record<string, unknown>;
  });
}

const builtIn = new Map<string, string>();
/** What a text needs around it to be shown: a platform's own name, on a platform not in the list. */
const CONTEXT: Record<string, Record<string, unknown>> = {
  'channels.<id>.platform_name': { 'channels.<id>.platform': 'other' },
};
const TEXT_KINDS = new Set(['text', 'longtext']);

describe('the document', () => {
  const texts = allQuestions().filter(({ question }) => TEXT_KINDS.has(question.kind));

  it('shows every text the wizard asks for, or the catalogue names why not', () => {
    const missing: string[] = [];
    for (const { path } of texts) {
      if (Object.hasOwn(NOT_IN_DOCUMENT, path)) continue;
      const strategy = structuredClone(example('mbo')) as unknown as Record<string, unknown>;
      const marker = `Zichtbaar${path.replace(/[^a-z]/gi, '')}`;
      for (const [field, value] of Object.entries(CONTEXT[path] ?? {})) setAt(strategy, field, value);
      setAt(strategy, path, marker);
      const outputs = renderAll(strategy as unknown as Strategy, 'nl', builtIn);
      if (!outputs.some((output) => output.content.includes(marker))) missing.push(path);
    }
    expect(missing).toEqual([]);
  });

  it('leaves out only texts the wizard asks for', () => {
    const asked = new Set(texts.map(({ path }) => path));
    expect(Object.keys(NOT_IN_DOCUMENT).filter((path) => !asked.has(path))).toEqual([]);
  });
});

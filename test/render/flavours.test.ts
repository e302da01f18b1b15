// strategy.md for each wiki, read back with markdown-it: GitHub and GitLab draw Mermaid from
// fences, Azure DevOps from `::: mermaid` blocks, plain Markdown shows the charts as tables.
import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { renderAll } from '../../src/export/outputs.js';
import { example } from './helpers.js';

const md = new MarkdownIt();
const documentIn = (flavour: 'github' | 'gitlab' | 'azure-devops' | 'plain'): string =>
  renderAll(example('mbo'), 'nl', new Map(), new Set(['strategy.md']), undefined, { flavour })[0]!.content;

describe('Markdown flavours', () => {
  it.each(['github', 'gitlab'] as const)('%s: Mermaid in fences, with colours and a legend', (flavour) => {
    const tokens = md.parse(documentIn(flavour), {});
    const fences = tokens.filter((t) => t.type === 'fence' && t.info === 'mermaid');
    expect(fences).toHaveLength(4);
    for (const fence of fences) expect(fence.content).toMatch(/^%%\{init: .*plotColorPalette.*\}%%\nxychart-beta\n {2}title "/);
    expect(tokens.filter((t) => t.type === 'inline' && t.content.startsWith('Legenda: blauw = gemeten, rood = streefwaarde'))).toHaveLength(
      4,
    );
  });

  it('azure-devops: ::: mermaid blocks and no fences', () => {
    const text = documentIn('azure-devops');
    const tokens = md.parse(text, {});
    expect(tokens.filter((t) => t.type === 'fence')).toEqual([]);
    expect(text.match(/^::: mermaid\n%%\{init[^\n]*\nxychart-beta\n(?: {2}[^\n]*\n)+:::$/gm)).toHaveLength(4);
  });

  it('plain: each chart as a table of its measurements and target', () => {
    const tokens = md.parse(documentIn('plain'), {});
    expect(tokens.filter((t) => t.type === 'fence')).toEqual([]);
    const cells = tokens.filter((t) => t.type === 'inline').map((t) => t.content);
    expect(cells).toContain('**Volgers op LinkedIn**');
    const at = cells.indexOf('**Volgers op LinkedIn**');
    expect(cells.slice(at + 1, at + 11)).toEqual([
      'Datum',
      'gemeten',
      'Nulmeting',
      '1.240',
      '1\u00A0okt\u00A02026',
      '1.310',
      '1\u00A0nov\u00A02026',
      '1.370',
      'streefwaarde',
      '1.600 volgers',
    ]);
  });
});

describe('Mermaid numbers', () => {
  it('are written as numbers, a negative one too, and a name cannot start a comment', () => {
    const strategy = example('mbo');
    strategy.goals!['nps'] = {
      statement: 'NPS omhoog',
      name: '%% Tevredenheid',
      baseline: -20,
      target: 10,
      unit: 'NPS',
      deadline: '2027-06-01',
    };
    strategy.control!.kpis!['nps'] = { goal: 'nps', frequency: 'quarterly' };
    strategy.control!.measurements!.push({ kpi: 'nps', date: '2026-11-01', value: -12 });
    const text = renderAll(strategy, 'nl', new Map(), new Set(['strategy.md']))[0]!.content;
    expect(text).toMatch(/ {2}title "% Tevredenheid"\n {2}x-axis \[[^\]]*\]\n {2}y-axis "NPS" -20 --> 10\n {2}line \[-20, -12\]\n/);
  });
});

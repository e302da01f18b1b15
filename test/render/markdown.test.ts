import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import fc from 'fast-check';
import { anchor, cell, code, inline, link, paragraphs, progressBar } from '../../src/render/markdown.js';

const md = new MarkdownIt({ html: true });
const tokens = (text: string) => md.parse(text, {});
const types = (text: string) => tokens(text).map((t) => t.type);

describe('inline text', () => {
  it.each([
    ['<script>alert(1)</script>', 'a paragraph with no HTML'],
    ['[click](javascript:alert(1))', 'no link'],
    ['# not a heading', 'no heading'],
    ['- not a list', 'no list'],
    ['1. not a list', 'no ordered list'],
    ['> not a quote', 'no quote'],
    ['**not bold** _nor this_', 'no emphasis'],
    ['`not code`', 'no code'],
    ['&copy; stays as typed', 'no entity'],
    ['![image](https://x.example/a.png)', 'no image'],
    ['line one\n# line two', 'one line, no heading'],
  ])('%s → %s', (input) => {
    const rendered = inline(input);
    expect(types(rendered)).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
    const children = tokens(rendered)[1]!.children!.map((c) => c.type);
    expect(children.every((type) => type === 'text' || type === 'softbreak')).toBe(true);
    expect(
      md
        .renderInline(rendered)
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"'),
    ).toBe(input.replace(/\n/g, ' '));
  });

  it('leaves a number alone that cannot start a list: the raw Markdown reads 1.100, not 1\\.100', () => {
    for (const figure of ['1.100', '3.400 volgers', '12)34']) {
      expect(inline(figure)).toBe(figure);
      expect(types(figure)).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
    }
    for (const marker of ['1.', '2. stap', '3)\ttab'])
      expect(types(inline(marker))).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
  });

  it('drops control characters and bidi overrides', () => {
    expect(inline('a\u0007b\u202Ec')).toBe('abc');
  });
});

describe('table cells', () => {
  it('keep a pipe and a newline inside the cell', () => {
    const table = `| a | b |\n| --- | --- |\n| ${cell('x | y\nz')} | ${cell(null)} |\n`;
    const cells = tokens(table)
      .filter((t) => t.type === 'inline')
      .map((t) => t.content);
    expect(cells).toEqual(['a', 'b', 'x | y z', '–']);
  });
});

describe('other helpers', () => {
  it('code spans survive backticks', () => {
    expect(md.renderInline(code('a`b'))).toBe('<code>a`b</code>');
  });
  it('links only to http(s) addresses', () => {
    expect(link('site', 'https://example.nl/a(b)')).toBe('[site](<https://example.nl/a(b)>)');
    expect(link('site', 'javascript:alert(1)')).toBe('site');
  });
  it('paragraphs keep blank lines and escape each line', () => {
    expect(paragraphs('# one\ntwo\n\n- three')).toBe('\\# one two\n\n\\- three');
  });
  it('anchors follow GitHub', () => {
    expect(anchor('Organisatie en visie')).toBe('organisatie-en-visie');
    expect(anchor('Community’s')).toBe('communitys');
    expect(anchor('Doelen — “SMART” (2027)')).toBe('doelen--smart-2027');
    expect(anchor('Über Öffentlichkeit ⁂ 広報')).toBe('über-öffentlichkeit--広報');
  });
  it('anchors a plain heading as it anchors any other: letters and digits of every script kept', () => {
    const reference = (heading: string) =>
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .trim()
        .replace(/\s/g, '-');
    const pieces = fc.constantFrom(
      'a',
      'Z',
      '9',
      ' ',
      '-',
      '_',
      '’',
      '‘',
      '“',
      '—',
      '–',
      '…',
      '!',
      '#',
      '.',
      'é',
      'Ö',
      'ß',
      '広',
      '٣',
      '\u2028',
      '\u00a0',
      '\t',
      '😀',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        expect(anchor(parts.join(''))).toBe(reference(parts.join('')));
      }),
      { numRuns: 2000, seed: 20_261_122 },
    );
  });
  it('draws progress bars', () => {
    expect(progressBar(0.5)).toBe('▓▓▓▓▓░░░░░ 50%');
    expect(progressBar(-1)).toBe('░░░░░░░░░░ 0%');
    expect(progressBar(2)).toBe('▓▓▓▓▓▓▓▓▓▓ 100%');
  });
});

describe('wiki directives in user text', () => {
  it('cannot open an Azure DevOps block or a GitLab include at the start of a line', async () => {
    const { paragraphs } = await import('../../src/render/markdown.js');
    const text = paragraphs('::: mermaid\n\ngraph LR\n\n:::\n\n::include{file=../README.md}');
    expect(text.split('\n').filter((line) => line.startsWith(':'))).toEqual([]);
  });
});

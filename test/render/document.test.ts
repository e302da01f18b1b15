import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Handlebars from 'handlebars';
import MarkdownIt from 'markdown-it';
import type { Strategy } from '../../src/model/strategy.js';
import { renderAll } from '../../src/export/outputs.js';
import { compileTemplates, TemplateError } from '../../src/render/templates.js';
import { documentView } from '../../src/render/view.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtInTemplates, EXAMPLES, example } from './helpers.js';
import { packageRoot } from '../helpers/io.js';
import { FUZZ_SEED } from '../robustness/arbitraries.js';

const md = new MarkdownIt();
type Token = ReturnType<typeof md.parse>[number];
const builtIn = new Map<string, string>();
// The day of the test run's clock (SOURCE_DATE_EPOCH of the scenarios): figures are as of it.
const AS_OF = { document: { asOf: '2026-11-29' } };
// As `strategy render` writes it: with the calendar files beside it.
const renderDocument = (strategy: Strategy): string =>
  renderAll(strategy, strategy.language ?? 'nl', builtIn, undefined, undefined, AS_OF).find((output) => output.name === 'strategy.md')!
    .content;

describe.each(EXAMPLES)('the %s example', (name) => {
  it('renders the document as in its snapshot', async () => {
    await expect(renderDocument(example(name))).toMatchFileSnapshot(`__snapshots__/${name}.strategy.md`);
  });

  it('renders the calendar as in its snapshot', async () => {
    const calendar = renderAll(example(name), example(name).language ?? 'nl', builtIn, new Set(['calendar.md']))[0]!.content;
    await expect(calendar).toMatchFileSnapshot(`__snapshots__/${name}.calendar.md`);
  });
});

describe('the document', () => {
  it('links the calendar files only when they are written beside it', () => {
    const links = (markdown: string): string[] =>
      md
        .parse(markdown, {})
        .flatMap((t) => t.children ?? [])
        .filter((t) => t.type === 'link_open')
        .map((t) => String(t.attrGet('href')));
    expect(links(renderDocument(example('mbo')))).toEqual(expect.arrayContaining(['calendar.md', 'calendar.csv', 'calendar.ics']));
    const alone = renderAll(example('mbo'), 'nl', builtIn, new Set(['strategy.md']), undefined, AS_OF)[0]!.content;
    expect(links(alone).filter((href) => href.startsWith('calendar.'))).toEqual([]);
    expect(alone).toMatch(/De contentkalender met alle berichten staat niet in dit document: het team houdt hem bij in aparte bestanden/);
  });

  it('speaks the strategy’s language', () => {
    const dutch = renderDocument(example('mbo'));
    const english = renderDocument({ ...example('mbo'), language: 'en' });
    expect(dutch).toMatch(/^## Doelen$/m);
    expect(english).toMatch(/^## Goals$/m);
    expect(english).not.toMatch(/^## Doelen$/m);
  });

  it.each(['university-en', 'mbo'])('has a table of contents whose links point at its own headings (%s)', (name) => {
    const tokens = md.parse(renderDocument(example(name)), {});
    const titles = tokens.map((t, i) => (t.type === 'heading_open' && t.tag === 'h2' ? tokens[i + 1]!.content : null)).filter(Boolean);
    expect(new Set(titles).size).toBe(titles.length);
    const anchors = new Set(
      tokens
        .map((t, i) => (t.type === 'heading_open' && t.tag === 'h2' ? tokens[i + 1]!.content : null))
        .filter((title): title is string => title !== null)
        .map((title) =>
          title
            .toLowerCase()
            .replace(/[^\p{L}\p{N}\s-]/gu, '')
            .replace(/\s/g, '-'),
        ),
    );
    const links = tokens
      .flatMap((t) => t.children ?? [])
      .filter((t) => t.type === 'link_open')
      .map((t) => String(t.attrGet('href') ?? ''));
    const internal = links.filter((href) => href.startsWith('#'));
    expect(internal.length).toBeGreaterThan(10);
    for (const href of internal) expect(anchors.has(href.slice(1))).toBe(true);
  });

  it('names the learners as the sector does: pupils in a school, students in mbo and higher education, learners in adult education', () => {
    // Written here, from how each sector speaks of those it teaches.
    const dutch: Record<string, string> = {
      po: 'leerlingen',
      vo: 'leerlingen',
      mbo: 'studenten',
      hbo: 'studenten',
      wo: 'studenten',
      'adult-education': 'cursisten',
      other: 'deelnemers',
    };
    for (const [sector, learners] of Object.entries(dutch)) {
      const strategy = example('mbo');
      strategy.organisation = { ...strategy.organisation!, sector: sector as never, domains: ['learning'] };
      strategy.privacy = { ...strategy.privacy, reconsent_at_16: true };
      strategy.guidelines = { ...strategy.guidelines, parents: 'Een brief aan het begin van het schooljaar.' };
      const text = md
        .parse(renderDocument(strategy), {})
        .filter((token) => token.type === 'inline')
        .map((token) => token.content)
        .join('\n');
      expect(text).toContain(`**Waarvoor we sociale media inzetten:** leerproces van ${learners}`);
      // From 16, pupils and students decide; a primary school's pupils are younger, and in
      // adult education it is the children at an event whose parents decide.
      if (sector === 'po') expect(text).not.toMatch(/Vanaf 16 jaar/);
      else if (sector === 'adult-education' || sector === 'other')
        expect(text).toContain('Jongeren geven vanaf 16 jaar zelf toestemming; voor jongere kinderen beslissen hun ouders.');
      else expect(text).toContain(`Vanaf 16 jaar geven ${learners} zelf toestemming; tot dan beslissen hun ouders.`);
      // Parents are told with the pupils in a school and an mbo; in higher and adult education the learners themselves.
      const told = ['po', 'vo', 'mbo'].includes(sector)
        ? `Ouders en ${learners} informeren`
        : `${learners[0]!.toUpperCase()}${learners.slice(1)} informeren`;
      expect(text).toContain(`**${told}:**`);
      const others = Object.values(dutch).filter((word) => word !== learners);
      for (const other of others) expect(text).not.toMatch(new RegExp(`(leerproces van|geven|Ouders en) ${other}`));
    }
  });

  it('leaves out a table column that no row fills, and keeps one that a single row fills', () => {
    /** Every table as its header and body cells, read with a real Markdown parser. */
    const tables = (markdown: string): { header: string[]; body: string[][] }[] => {
      const found: { header: string[]; body: string[][] }[] = [];
      let current: { header: string[]; body: string[][] } | undefined;
      let row: string[] | undefined;
      let inHead = false;
      for (const token of md.parse(markdown, {})) {
        if (token.type === 'table_open') found.push((current = { header: [], body: [] }));
        else if (token.type === 'thead_open') inHead = true;
        else if (token.type === 'thead_close') inHead = false;
        else if (token.type === 'tr_open') row = [];
        else if (token.type === 'tr_close' && row && current) {
          if (inHead) current.header = row;
          else current.body.push(row);
          row = undefined;
        } else if (token.type === 'inline' && row) row.push(token.content);
      }
      return found;
    };
    const strategy = example('mbo');
    const members = Object.values(strategy.team!.members!);
    members.forEach((member, index) => {
      if (index > 0) delete member!.role;
    });
    for (const document of [renderDocument(strategy), ...EXAMPLES.map((name) => renderDocument(example(name)))])
      for (const { header, body } of tables(document))
        header.forEach((heading, column) => {
          if (column > 0)
            expect(
              body.some((cells) => cells[column] !== '–'),
              `column ${heading} has a value`,
            ).toBe(true);
        });
    const team = tables(renderDocument(strategy)).find(({ header }) => header.includes('Naam') && header.includes('Uren per week'))!;
    expect(team.header).toContain('Rol');
    expect(team.body.filter((cells) => cells[team.header.indexOf('Rol')] !== '–')).toHaveLength(1);
    for (const member of members) delete member!.role;
    expect(
      tables(renderDocument(strategy)).find(({ header }) => header.includes('Naam') && header.includes('Uren per week'))!.header,
    ).not.toContain('Rol');
  });

  it('says the calendar takes the days and times in turn only where a line has more of them than posts a week', () => {
    const rotates = /verdeelt de kalender de berichten er afwisselend over/;
    const strategy = example('mbo');
    // Each line of the example has as many days as posts a week, and one time.
    const lines = strategy.content!.cadence!;
    expect(lines.every((line) => line!.days!.length === line!.per_week && line!.time)).toBe(true);
    expect(renderDocument(strategy)).not.toMatch(rotates);
    lines[0] = { ...lines[0]!, per_week: 1 };
    expect(renderDocument(strategy)).toMatch(rotates);
  });

  it('leaves out optional sections that are empty', () => {
    const minimal: Strategy = { version: 1, language: 'en', organisation: { name: 'Minimal College' } };
    const text = renderDocument(minimal);
    expect(text.match(/^## .*/gm)).toEqual(['## Contents', '## Organisation and vision']);
    // What the method asks and the file lacks is named, the vision first.
    expect(text).toMatch(/^Not yet written: Vision, Baseline, /m);
    const withVision = renderDocument({ ...minimal, organisation: { name: 'Minimal College', vision: 'Social media serve intake.' } });
    expect(withVision).toMatch(/^Not yet written: Baseline, /m);
  });

  it('shows each goal’s progress as a bar and a Mermaid chart', () => {
    const text = renderDocument(example('university-en'));
    // Course and forecast say the same thing: on schedule only where the line reaches the target. A share is
    // never forecast past 100%: the line reaching 95% is said by when (81 of 95 on 1 November, 21 of 35 points).
    expect(text).toMatch(
      /#### Questions answered within 24 hours\n\n- \*\*Course:\*\* on schedule\n- \*\*Progress:\*\* ▓{6}░{4} 60%\n- As of 1 November 2026: 81%, 21 of the 35 percentage points of the improvement aimed at \(from 60% to 95%\)\.\n- At this pace, the target of 95% is reached in December 2026, before the deadline of 30 June 2027\./,
    );
    expect(text).toMatch(
      /```mermaid\n%%\{init: .*"plotColorPalette": "#1f5fbf, #c0392b".*\}%%\nxychart-beta\n {2}title "Questions answered within 24 hours"/,
    );
    expect(text).toMatch(/^Legend: blue = measured, red = target\.$/m);
    // The intake is a total counted from zero: not 0% against last year's total.
    expect(text).toMatch(
      /#### International applications\n\n- \*\*Course:\*\* on schedule\n- \*\*Progress:\*\* ▓{2,3}░{7,8} 29%\n- As of 1 November 2026: 260 applications, 29% of the target of 900 applications\./,
    );
  });

  it('is the same, byte for byte, every time', () => {
    expect(renderDocument(example('adult-education'))).toBe(renderDocument(example('adult-education')));
  });
});

describe('templates', () => {
  it('compiled ahead of time are the templates in templates/', () => {
    const sources = builtInTemplates();
    expect([...sources.keys()].sort()).toEqual(
      readdirSync(join(packageRoot, 'templates'), { recursive: true })
        .map(String)
        .filter((n) => n.endsWith('.hbs'))
        .sort(),
    );
    for (const name of EXAMPLES) {
      expect(renderAll(example(name), 'nl', sources, undefined, Handlebars, AS_OF)).toEqual(
        renderAll(example(name), 'nl', builtIn, undefined, undefined, AS_OF),
      );
    }
  });

  it('fail on a misspelt field instead of printing nothing', () => {
    const broken = new Map<string, string>();
    broken.set('partials/reflection.hbs', '{{reflection.rosse}}');
    expect(() =>
      compileTemplates(broken, 'en', Handlebars).render(
        'strategy.md',
        documentView(example('mbo'), 'en', 'github', { asOf: '2026-12-01' }),
      ),
    ).toThrow(TemplateError);
  });

  it('made before the progress sentences still find the course they used', () => {
    const before = new Map<string, string>([['partials/reflection.hbs', '{{#each @root.goals}}{{courseText}}|{{/each}}']]);
    const text = compileTemplates(before, 'nl', Handlebars).render(
      'strategy.md',
      documentView(example('mbo'), 'nl', 'github', AS_OF.document),
    );
    expect(text).toContain(
      'op schema. Stand per 1 november 2026: 1.370 volgers, 36% van de beoogde groei (van 1.240 naar 1.600 volgers).|',
    );
  });

  it('keep Handlebars’ protection against prototype access', () => {
    const sneaky = new Map<string, string>();
    sneaky.set('partials/reflection.hbs', '{{#with reflection}}[{{constructor.name}}]{{/with}}');
    expect(() =>
      compileTemplates(sneaky, 'en', Handlebars).render(
        'strategy.md',
        documentView(example('mbo'), 'en', 'github', { asOf: '2026-12-01' }),
      ),
    ).toThrow(/"name" not defined/);
  });
});

// Text fields a user fills in, with where they land in the strategy.
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
  fc.constantFrom(
    'a | b',
    'line\nbreak',
    '<script>alert(1)</script>',
    '`code`',
    '[link](javascript:alert(1))',
    '# heading',
    '- item',
    '1. item',
    '> quote',
    '---',
    '<!-- comment -->',
    '![img](https://x.example/i.png)',
    '\\',
    '**bold**',
    '\u202Eevil',
    '$x$',
    '```',
  ),
);

/** What a reader should see of a value: line breaks as spaces, control characters gone. */
function visible(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/g, ' ')
    .trim();
}

describe('user text is data, never markup', () => {
  it('no field can break a table, add HTML, add a heading or a link', () => {
    const base = example('mbo');
    const baseline = md.parse(renderDocument(base), {});
    const count = (tokens: Token[], type: string) => tokens.filter((t) => t.type === type).length;
    fc.assert(
      fc.property(fc.array(nasty, { minLength: 12, maxLength: 12 }), (texts) => {
        const s = structuredClone(base);
        const [a, b, c, d, e, f, g, h, i, j, k, l] = texts as [
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
        ];
        s.organisation!.name = a;
        s.organisation!.vision = b;
        s.goals!['open-dag-bezoek']!.statement = c;
        s.goals!['open-dag-bezoek']!.unit = d;
        s.audiences!['ouders']!.name = e;
        s.audiences!['ouders']!.persona!.interests = [f];
        s.channels!['facebook']!.handle = g;
        s.content!.pillars!['werkplaats']!.name = h;
        s.team!.members!['kim']!.name = i;
        s.benchmark![0]!.strengths = [j];
        s.crisis!.plan = k;
        s.calendar!.key_dates![0]!.title = l;
        const tokens = md.parse(renderDocument(s), {});
        const inline = tokens.flatMap((t) => t.children ?? []);
        expect(count(tokens, 'html_block') + count(inline, 'html_inline')).toBe(0);
        expect(count(tokens, 'heading_open')).toBe(count(baseline, 'heading_open'));
        expect(count(tokens, 'table_open')).toBe(count(baseline, 'table_open'));
        expect(count(tokens, 'tr_open')).toBe(count(baseline, 'tr_open'));
        expect(count(tokens, 'bullet_list_open')).toBe(count(baseline, 'bullet_list_open'));
        expect(count(tokens, 'fence')).toBe(count(baseline, 'fence'));
        expect(count(inline, 'image')).toBe(0);
        for (const link of inline.filter((t) => t.type === 'link_open'))
          expect(link.attrGet('href')).toMatch(/^(#|https:\/\/|calendar\.(md|csv|ics)$)/);
        // Text in table cells arrives whole: a pipe did not split it into another column.
        const shown = tokens.filter((t) => t.type === 'inline').map((t) => (t.children ?? []).map((c) => c.content).join(''));
        for (const value of [d, g, i]) {
          const expected = visible(value);
          if (expected) expect(shown.some((text) => text.includes(expected))).toBe(true);
        }
        // Every row has as many cells as its table's header.
        let columns = 0;
        let cells = 0;
        for (const token of tokens) {
          if (token.type === 'thead_open') columns = 0;
          if (token.type === 'th_open') columns += 1;
          if (token.type === 'tr_open') cells = 0;
          if (token.type === 'td_open' || token.type === 'th_open') cells += 1;
          if (token.type === 'tr_close') expect(cells).toBe(columns);
        }
      }),
      { numRuns: 150, ...FUZZ_SEED },
    );
  });
});

// The HTML document as its reader sees it: rendered by the installed command, opened in a
// real headless browser (chromium), and read back from the page the browser built. A
// screenshot of each page goes to test-output/ for anyone to look at.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { packageRoot } from '../helpers/io.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const project = inject('installedProject');
const bin = join(project, 'node_modules', '.bin', 'strategy');
const chromium = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
})();
const output = join(packageRoot, 'test-output');

/** Chromium on one page, in a profile of its own; what it writes to standard output. */
function browser(flags: string[], page: string): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'chromium-'));
  return new Promise((done, fail) => {
    execFile(
      chromium!,
      [...flags, `--user-data-dir=${profile}`, page],
      { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => (error ? fail(error) : done(stdout)),
    );
  });
}

/** The screenshot of `shown` and the page `read` as the browser built it, both at once. */
async function screenshotAndDom(flags: string[], shown: string, screenshot: string, read: string): Promise<string> {
  const [, dom] = await Promise.all([
    browser([...flags, `--screenshot=${screenshot}`], `file://${shown}`),
    browser([...flags, '--dump-dom'], `file://${read}`),
  ]);
  return dom;
}

/** The page as the browser built it. */
async function openInBrowser(file: string, screenshot: string): Promise<Element> {
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--window-size=1280,2400'];
  return parse(await screenshotAndDom(flags, file, screenshot, file)) as unknown as Element;
}

const children = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : []);
const isElement = (node: Node): node is Element => 'tagName' in node;
function all(node: Node, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (n: Node): void => {
    if (isElement(n) && test(n)) found.push(n);
    for (const child of children(n)) visit(child);
    if (isElement(n) && n.tagName === 'template') visit((n as unknown as { content: Node }).content);
  };
  visit(node);
  return found;
}
function text(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return (node as { value: string }).value;
  return children(node).map(text).join('');
}
const attr = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

/** Every id the strategy defines: none may stand alone as text a reader sees. */
function idsOf(strategy: Record<string, unknown>): Set<string> {
  const keys = (value: unknown): string[] => (value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : []);
  const content = (strategy.content ?? {}) as Record<string, unknown>;
  const team = (strategy.team ?? {}) as Record<string, unknown>;
  const control = (strategy.control ?? {}) as Record<string, unknown>;
  return new Set([
    ...keys(strategy.goals),
    ...keys(strategy.audiences),
    ...keys(strategy.channels),
    ...keys(content.pillars),
    ...keys(team.members),
    ...keys(control.kpis),
  ]);
}

const SPARSE =
  'version: 1\nlanguage: nl\norganisation:\n  name: Basisschool De Klimop\n  sector: po\nperiod: {start: 2026-08-01, end: 2027-07-31}\ngoals:\n  ouders-bereiken:\n    statement: Meer ouders lezen de weekbrief.\ncontent: {}\ncrisis: {}\ncontrol:\n  reporting: {audience: De directie}\n';

describe.skipIf(!chromium && !process.env.CI)('the HTML document in a browser', () => {
  mkdirSync(output, { recursive: true });
  const cases = [
    { name: 'mbo', period: /Periode: 1 augustus 2026 tot en met 31 juli 2027/ },
    { name: 'adult-education', period: /Periode: 1 september 2026 tot en met 31 augustus 2027/ },
    { name: 'university-en', period: /Period: 1 September 2026 to 31 August 2027/ },
  ]
    .map((c) => ({ ...c, text: readFileSync(join(packageRoot, `examples/${c.name}/strategy.yaml`), 'utf8') }))
    .concat([{ name: 'sparse', period: /Periode: 1 augustus 2026 tot en met 31 juli 2027/, text: SPARSE }]);

  it.each(cases)(
    '$name: names instead of ids, no empty section, charts with two series and a legend, the summary first',
    async ({ name, text: source, period }) => {
      const english = /^language: en$/m.test(source);
      expect(chromium, 'chromium must be installed (.ci/run installs it)').toBeTruthy();
      const dir = mkdtempSync(join(project, `html-${name}-`));
      writeFileSync(join(dir, 'strategy.yaml'), source);
      const result = spawnSync(bin, ['render', '--format', 'html', '--force'], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', LANG: 'nl_NL.UTF-8' },
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const html = join(dir, 'docs', 'strategy.html');
      copyFileSync(html, join(output, `${name}.html`));
      const page = await openInBrowser(html, join(output, `${name}.png`));

      // Self-contained: nothing the page would fetch.
      expect(all(page, (e) => ['script', 'link', 'img', 'iframe'].includes(e.tagName))).toEqual([]);

      // No element whose text is only an id.
      const ids = idsOf(parseYaml(source) as Record<string, unknown>);
      // (A chart's unit is the goal's own word, "vrijwilligers", even where an audience has that id.)
      const leaves = all(
        page,
        (e) =>
          !['html', 'head', 'body', 'main', 'style', 'title'].includes(e.tagName) &&
          attr(e, 'class') !== 'unit' &&
          children(e).every((c) => !isElement(c)),
      );
      expect(leaves.map((e) => text(e).trim()).filter((t) => ids.has(t))).toEqual([]);

      // Every section has something under its heading.
      const main = all(page, (e) => e.tagName === 'main')[0]!;
      const blocks = children(main).filter(isElement);
      blocks.forEach((block, i) => {
        if (block.tagName !== 'h2') return;
        const next = blocks[i + 1];
        expect(next && !['h1', 'h2'].includes(next.tagName), `section "${text(block)}" is empty`).toBe(true);
      });

      // The summary is the first section, and says the period.
      const first = blocks.find((b) => b.tagName === 'h2')!;
      expect(text(first)).toBe(english ? 'Summary' : 'Samenvatting');
      expect(text(blocks[blocks.indexOf(first) + 1]!)).toMatch(period);

      // Each chart: two series drawn in a colour, a legend naming both, a title.
      for (const svg of all(page, (e) => e.tagName === 'svg')) {
        const series = all(svg, (e) => e.tagName === 'path' && (attr(e, 'class') ?? '').includes('series'));
        expect(series.length).toBe(2);
        for (const path of series) {
          expect(attr(path, 'stroke')).toMatch(/^#[0-9a-f]{6}$/);
          expect(attr(path, 'd')?.length ?? 0).toBeGreaterThan(5);
        }
        const legend = all(svg, (e) => e.tagName === 'g' && attr(e, 'class') === 'legend')[0]!;
        // A forecast, where there is one, is drawn from the last figure to the deadline and named too.
        const forecast = all(svg, (e) => e.tagName === 'path' && attr(e, 'class') === 'forecast');
        expect(all(legend, (e) => e.tagName === 'text').map(text)).toEqual([
          ...(english ? ['measured', 'target'] : ['gemeten', 'streefwaarde']),
          ...(forecast.length > 0 ? [english ? 'forecast' : 'verwachting'] : []),
        ]);
        expect(text(all(svg, (e) => e.tagName === 'title')[0]!).length).toBeGreaterThan(3);
      }
      if (name === 'mbo') expect(all(page, (e) => e.tagName === 'svg')).toHaveLength(4);
    },
    120_000,
  );

  // On a phone (390 px), a goal's course and forecast wrap instead of running off the screen,
  // and no chart's unit is cut off. Measured by the browser itself, in a copy of the page with
  // a script added for the test.
  it.each(cases.filter((c) => c.name !== 'sparse'))(
    '$name: on a phone, course, forecast and chart units fit the screen',
    async ({ name, text: source }) => {
      const dir = mkdtempSync(join(project, `phone-${name}-`));
      writeFileSync(join(dir, 'strategy.yaml'), source);
      expect(
        spawnSync(bin, ['render', '--format', 'html', '--force'], {
          cwd: dir,
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '', LANG: 'nl_NL.UTF-8' },
        }).status,
      ).toBe(0);
      const measure = `<script>
addEventListener('load', () => {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const li of document.querySelectorAll('li')) if (li.getBoundingClientRect().right > width + 1) out.push(li.textContent.slice(0, 60));
  // Wherever a course is said (the summary, the progress), it is on the screen, not in a part of a table scrolled away.
  const course = /op schema|achter op schema|streefwaarde gehaald|onbekend sinds|on schedule|behind schedule|target reached|unknown since/;
  for (const element of document.querySelectorAll('main *')) {
    const own = [...element.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('');
    if (course.test(own) && element.getBoundingClientRect().right > width + 1) out.push('course ' + own.slice(0, 60));
  }
  for (const unit of document.querySelectorAll('svg text.unit')) {
    const box = unit.getBBox();
    const view = unit.ownerSVGElement.viewBox.baseVal;
    if (box.x < view.x || box.x + box.width > view.x + view.width) out.push('unit ' + unit.textContent);
  }
  document.body.setAttribute('data-phone', JSON.stringify({ width, page: document.documentElement.scrollWidth, out }));
});
</script>`;
      // Headless chromium has no window narrower than 500 px: the page is shown in a frame 390 px wide.
      writeFileSync(
        join(dir, 'docs', 'measured.html'),
        readFileSync(join(dir, 'docs', 'strategy.html'), 'utf8').replace('</body>', `${measure}</body>`),
      );
      const frame = (page: string): string =>
        `<!doctype html><html><body style="margin:0"><iframe id="phone" src="${page}" style="width:390px;height:6000px;border:0"></iframe><script>document.getElementById('phone').addEventListener('load', (e) => document.body.setAttribute('data-phone', e.target.contentDocument.body.getAttribute('data-phone') || ''));</script></body></html>`;
      writeFileSync(join(dir, 'docs', 'phone.html'), frame('measured.html'));
      writeFileSync(join(dir, 'docs', 'phone-view.html'), frame('strategy.html'));
      const flags = [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--hide-scrollbars',
        '--allow-file-access-from-files',
        '--window-size=500,6000',
        '--virtual-time-budget=3000',
      ];
      const dom = await screenshotAndDom(
        flags,
        join(dir, 'docs', 'phone-view.html'),
        join(output, `${name}-phone.png`),
        join(dir, 'docs', 'phone.html'),
      );
      const found = JSON.parse(
        /data-phone="([^"]*)"/
          .exec(dom)![1]!
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      ) as { width: number; page: number; out: string[] };
      expect(found.width).toBeLessThanOrEqual(390);
      expect(found.out).toEqual([]);
      // The page itself never scrolls sideways: wide tables scroll within themselves.
      expect(found.page).toBeLessThanOrEqual(found.width);
    },
    120_000,
  );
});

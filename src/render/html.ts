// `render --format html`: the strategy document as one self-contained, accessible HTML page
// that pastes into SharePoint or Confluence and prints as a clean A4 document. The Markdown of
// the built-in templates goes through markdown-it (with raw HTML off, so user text stays text);
// each progress chart is an SVG drawn here at render time with d3's scales and line generator:
// no script and no outside request in the page.
import MarkdownIt from 'markdown-it';
import { scaleLinear, scalePoint, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import type { Language } from '../model/strategy.js';
import { formatNumber } from '../i18n/words.js';
import { labels } from './labels.js';
import { anchor } from './markdown.js';
import type { Strategy } from '../model/strategy.js';
import { compileTemplates } from './templates.js';
import type { TemplateCompiler, TemplateSources } from './templates.js';
import { documentView } from './view.js';
import type { DocumentContext } from './view.js';

export interface ChartData {
  title: string;
  /** The unit of the values, for the axis (%, followers). */
  unit?: string | null;
  labels: readonly string[];
  values: readonly number[];
  target: number;
  /** The date of each value (YYYY-MM-DD): with them, the axis is one of time. */
  dates?: readonly string[];
  /** Where the line of the figures so far points at the deadline, with the deadline's label. */
  forecast?: { date: string; value: number; label: string } | null;
}

const MEASURED = '#1f5fbf';
const TARGET = '#c0392b';
const FORECAST = '#5f6b7a';

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A line chart of a goal: the measurements and the target, each named in a legend and in the text alternative. */
export function chartSvg(chart: ChartData, language: Language, id: string): string {
  const l = labels(language);
  // Narrow enough that its text stays readable when a phone shrinks it to the screen.
  const width = 560;
  const height = 316;
  const margin = { top: 72, right: 24, bottom: 40, left: 64 };
  const forecast = chart.forecast ?? null;
  const low = Math.min(0, chart.target, ...chart.values, forecast?.value ?? 0);
  const high = Math.max(chart.target, ...chart.values, forecast?.value ?? chart.target);
  const y = scaleLinear()
    .domain([low, high === low ? low + 1 : high])
    .nice()
    .range([height - margin.bottom, margin.top]);
  // On a time axis when the dates are known: a month is as wide as a month, up to the deadline.
  const times = chart.dates?.length === chart.values.length ? chart.dates.map((d) => Date.parse(d)) : null;
  const point = scalePoint<number>()
    .domain(chart.values.map((_, i) => i))
    .range([margin.left, width - margin.right])
    .padding(0.3);
  const time = times
    ? scaleUtc()
        .domain([times[0]!, Math.max(times[times.length - 1]!, forecast ? Date.parse(forecast.date) : 0, times[0]! + 86_400_000)])
        .range([margin.left + 12, width - margin.right - 12])
    : null;
  const x = (i: number): number => (time ? time(times![i]!) : point(i)!);
  const path = line<number>()
    .x((_, i) => x(i))
    .y((value) => y(value));
  const measured = path(chart.values as number[]) ?? '';
  const target = `M${margin.left},${y(chart.target)}H${width - margin.right}`;
  const measuredName = l.label('control.measured');
  const targetName = l.label('control.target-line');
  const forecastName = l.label('control.forecast-line');
  const last = chart.values.length - 1;
  const forecastPath =
    forecast && time ? `M${x(last)},${y(chart.values[last]!)}L${time(Date.parse(forecast.date))},${y(forecast.value)}` : null;
  const description = `${measuredName}: ${chart.values.map((value, i) => `${chart.labels[i]} ${formatNumber(value, language)}`).join(', ')}; ${targetName}: ${formatNumber(chart.target, language)}${forecast && forecastPath ? `; ${forecastName}: ${forecast.label} ${formatNumber(forecast.value, language)}` : ''}.`;
  const ticks = y
    .ticks(5)
    .map(
      (tick) =>
        `<g class="tick"><line x1="${margin.left}" x2="${width - margin.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#d0d4da" stroke-width="1"/><text x="${margin.left - 8}" y="${y(tick) + 4}" text-anchor="end">${escapeXml(formatNumber(tick, language))}</text></g>`,
    );
  // A date under each point, unless it would run into the one before; the deadline under the forecast's end.
  const marks = chart.labels.map((label, i) => ({ at: x(i), label }));
  if (forecast && time) marks.push({ at: time(Date.parse(forecast.date)), label: forecast.label });
  let shownAt = -Infinity;
  const xLabels = marks.flatMap(({ at, label }) => {
    if (at - shownAt < 44) return [];
    shownAt = at;
    return [`<text x="${at}" y="${height - margin.bottom + 20}" text-anchor="middle">${escapeXml(label)}</text>`];
  });
  const dots = chart.values.map((value, i) => `<circle cx="${x(i)}" cy="${y(value)}" r="4" fill="${MEASURED}"/>`);
  return [
    `<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="inherit" font-size="14">`,
    `<title id="${id}-title">${escapeXml(chart.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(description)}</desc>`,
    `<text x="${margin.left}" y="20" font-size="16" font-weight="bold">${escapeXml(chart.title)}</text>`,
    `<g class="legend"><line x1="${margin.left}" x2="${margin.left + 28}" y1="38" y2="38" stroke="${MEASURED}" stroke-width="3"/><text x="${margin.left + 34}" y="42">${escapeXml(measuredName)}</text>`,
    `<line x1="${margin.left + 130}" x2="${margin.left + 158}" y1="38" y2="38" stroke="${TARGET}" stroke-width="3" stroke-dasharray="6 4"/><text x="${margin.left + 164}" y="42">${escapeXml(targetName)}</text>`,
    forecastPath
      ? `<line x1="${margin.left + 280}" x2="${margin.left + 308}" y1="38" y2="38" stroke="${FORECAST}" stroke-width="3" stroke-dasharray="2 4"/><text x="${margin.left + 314}" y="42">${escapeXml(forecastName)}</text>`
      : '',
    '</g>',
    ...ticks,
    ...xLabels,
    `<path class="series target" d="${target}" fill="none" stroke="${TARGET}" stroke-width="2.5" stroke-dasharray="6 4"/>`,
    // The target's value at the end of its line.
    `<text x="${width - margin.right}" y="${y(chart.target) - 6}" text-anchor="end" fill="${TARGET}">${escapeXml(formatNumber(chart.target, language))}</text>`,
    // On a line of its own above the axis, from the left edge: a long unit ("aanmeldingen") is
    // never cut off, nor drawn over the target's value.
    chart.unit ? `<text class="unit" x="4" y="${margin.top - 14}">${escapeXml(chart.unit)}</text>` : '',
    forecastPath
      ? `<path class="forecast" d="${forecastPath}" fill="none" stroke="${FORECAST}" stroke-width="2.5" stroke-dasharray="2 4"/>`
      : '',
    `<path class="series measured" d="${measured}" fill="none" stroke="${MEASURED}" stroke-width="3"/>`,
    ...dots,
    '</svg></figure>',
  ].join('');
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: "Segoe UI", Calibri, Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #1b1f24; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.8rem; margin-bottom: 0.5rem; }
h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 1px solid #d0d4da; padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; }
table { border-collapse: collapse; margin: 0.75rem 0; width: 100%; }
th, td { border: 1px solid #c4c9d0; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
td:has(> code:only-child) { white-space: nowrap; }
figure.chart { margin: 1rem 0; }
figure.chart svg { max-width: 100%; height: auto; }
a { color: #1f5fbf; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2, h3, h4 { break-after: avoid; }
  table, figure { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
@media screen and (max-width: 40rem) {
  body { padding: 0 0.75rem; }
  table { display: block; overflow-x: auto; }
}
`;

/**
 * The page around the document's Markdown: headings get the anchors the table of contents
 * links to, and each `strategy-chart` fence becomes the SVG of that goal's chart.
 */
export function documentHtml(
  markdown: string,
  options: { language: Language; title: string; charts: readonly (ChartData | null)[]; generator?: string },
): string {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, index, settings, env, self) => {
    const token = tokens[index]!;
    if (token.info.trim() === 'strategy-chart') {
      const chart = options.charts[Number(token.content.trim())];
      return chart ? chartSvg(chart, options.language, `chart-${Number(token.content.trim()) + 1}`) : '';
    }
    return fence(tokens, index, settings, env, self);
  };
  // The contents link to the sections (h2) only; an audience named "Webcare" (h3) takes no id.
  md.renderer.rules.heading_open = (tokens, index, settings, _env, self) => {
    const text = tokens[index + 1]?.children?.map((child) => child.content).join('') ?? '';
    if (tokens[index]!.tag === 'h2') tokens[index]!.attrSet('id', anchor(text));
    return self.renderToken(tokens, index, settings);
  };
  md.renderer.rules.th_open = (tokens, index, settings, _env, self) => {
    tokens[index]!.attrSet('scope', 'col');
    return self.renderToken(tokens, index, settings);
  };
  // The generated-file note is a Markdown comment line; the page says it in its <meta>.
  const body = md.render(markdown.replace(/^\[\/\/\]: # .*\n+/, ''));
  const l = labels(options.language);
  return [
    '<!doctype html>',
    `<html lang="${options.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeXml(options.generator ?? l.label('document.generated'))}">`,
    `<title>${escapeXml(options.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body.trimEnd(),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The whole HTML page of a strategy, from the same templates as strategy.md. */
export function renderHtml(
  strategy: Strategy,
  language: Language,
  sources: TemplateSources,
  context: DocumentContext,
  compiler?: TemplateCompiler,
): string {
  const view = documentView(strategy, language, 'html', context);
  const markdown = compileTemplates(sources, language, compiler).render('strategy.md', view);
  return documentHtml(markdown, {
    language,
    title: view.title,
    charts: view.goals.map((goal) => (goal.chart ? { ...goal.chart, unit: goal.unit } : null)),
  });
}

// The Handlebars environment for Markdown: strict (a misspelt field is an error), with the
// default prototype-access protection, and with Markdown escaping instead of HTML escaping
// for every plain `{{value}}`, so user text is data unless a helper says otherwise.
import Handlebars from 'handlebars/runtime';
import type { HelperDelegate, HelperOptions } from 'handlebars';
import compileOptions from './compile-options.json' with { type: 'json' };
import type { Language } from '../model/strategy.js';
import { PRECOMPILED } from '../../build/templates.js';
import { labels } from './labels.js';
import type { LabelKey } from './labels.js';
import { cell, code, inline, link, mermaidText, paragraphs, progressBar } from './markdown.js';

/** Built-in templates, by name; `--templates <dir>` may replace any of them. */
export const TEMPLATE_FILES = [
  'strategy.md.hbs',
  'calendar.md.hbs',
  'partials/summary.hbs',
  'partials/organisation.hbs',
  'partials/baseline.hbs',
  'partials/goals.hbs',
  'partials/audiences.hbs',
  'partials/channels.hbs',
  'partials/content.hbs',
  'partials/team.hbs',
  'partials/webcare.hbs',
  'partials/crisis.hbs',
  'partials/privacy.hbs',
  'partials/benchmark.hbs',
  'partials/control.hbs',
  'partials/agenda.hbs',
  'partials/communities.hbs',
  'partials/costs.hbs',
  'partials/reflection.hbs',
  'partials/progress-chart.hbs',
] as const;

/** Templates given at run time (`--templates`), by name; the rest are the built-in ones. */
export type TemplateSources = ReadonlyMap<string, string>;

/**
 * The options every template is compiled with, ahead of time by the build and at run time for
 * --templates: strict, and only the helpers below, so a helper call is a direct call and a
 * misspelt helper is an error.
 */
const COMPILE_OPTIONS: CompileOptions = compileOptions;

interface SafeValue {
  toHTML(): string;
}

// Handlebars reads Utils.escapeExpression when a template is compiled; ours escapes Markdown.
(Handlebars.Utils as { escapeExpression: (value: unknown) => string }).escapeExpression = (value: unknown): string => {
  if (value && typeof (value as SafeValue).toHTML === 'function') return (value as SafeValue).toHTML();
  if (value === null || value === undefined) return '';
  return inline(value);
};

const safe = (text: string): Handlebars.SafeString => new Handlebars.SafeString(text);

export interface CompiledTemplates {
  render(name: 'strategy.md' | 'calendar.md', view: object): string;
}

export class TemplateError extends Error {
  constructor(
    readonly template: string,
    readonly detail: string,
  ) {
    super(`${template}: ${detail}`);
  }
}

/** The full Handlebars package, with its compiler: needed only for templates given at run time. */
export type TemplateCompiler = typeof Handlebars;

export function compileTemplates(overrides: TemplateSources, language: Language, compiler?: TemplateCompiler): CompiledTemplates {
  if (overrides.size > 0 && !compiler) throw new Error('templates given at run time need the Handlebars compiler');
  // The runtime alone runs the built-in templates, compiled ahead of time; it loads faster.
  const hb = (overrides.size > 0 ? compiler! : Handlebars).create();
  const l = labels(language);
  // Every helper the compile options name, and no other: the type says so.
  const helpers: Record<keyof typeof compileOptions.knownHelpers, HelperDelegate> = {
    t: (key: LabelKey, options: HelperOptions) => l.label(key, options.hash as Record<string, string>),
    cell: (value: unknown) => safe(cell(value)),
    para: (value: unknown) => safe(paragraphs(value)),
    code: (value: unknown) => safe(code(value)),
    link: (text: unknown, url: unknown) => safe(link(text, url)),
    join: (values: unknown) => safe(cell(Array.isArray(values) ? values : [])),
    bar: (fraction: unknown) => progressBar(Number(fraction)),
    mermaid: (value: unknown) => safe(`"${mermaidText(value)}"`),
    mermaidList: (values: unknown) => safe((Array.isArray(values) ? values : []).map((v) => `"${mermaidText(v)}"`).join(', ')),
    // Numbers for Mermaid, which a Markdown escape would break ("\\-20"): safe as they are, being
    // numbers; a value that is no finite number becomes 0.
    numbers: (values: unknown) =>
      safe((Array.isArray(values) ? values : [values]).map((v) => String(Number.isFinite(Number(v)) ? Number(v) : 0)).join(', ')),
    repeat: (value: unknown, count: unknown) =>
      safe(Array.from({ length: Number(count) }, () => String(Number.isFinite(Number(value)) ? Number(value) : 0)).join(', ')),
    length: (values: unknown) => (Array.isArray(values) ? values.length : 0),
    any: (...args: unknown[]) =>
      args
        .slice(0, -1)
        .some((value) =>
          Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined && value !== '' && value !== false,
        ),
  };
  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, helper);

  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const names = new Set([...Object.keys(PRECOMPILED), ...overrides.keys()]);
  for (const name of names) {
    const source = overrides.get(name);
    try {
      const template =
        source === undefined ? hb.template(PRECOMPILED[name] as Parameters<typeof hb.template>[0]) : hb.compile(source, COMPILE_OPTIONS);
      if (name.startsWith('partials/')) hb.registerPartial(name.slice('partials/'.length).replace(/\.hbs$/, ''), template);
      else compiled.set(name.replace(/\.hbs$/, ''), template);
    } catch (error) {
      throw new TemplateError(name, error instanceof Error ? error.message : String(error));
    }
  }
  return {
    render(name, view) {
      const template = compiled.get(name);
      if (!template) throw new TemplateError(`${name}.hbs`, 'missing');
      try {
        return tidy(withoutEmptyColumns(template(view)));
      } catch (error) {
        throw new TemplateError(`${name}.hbs`, error instanceof Error ? error.message.split('\n')[0]! : String(error));
      }
    },
  };
}

/**
 * Leaves out a table's columns that no row fills (every cell "–", as `cell` writes nothing):
 * a column of dashes reads as a form nobody filled in. The first column, which names the row,
 * always stays.
 */
export function withoutEmptyColumns(markdown: string): string {
  const lines = markdown.split('\n');
  for (let at = 0; at + 2 < lines.length; at++) {
    if (!lines[at]!.startsWith('|') || !DELIMITER_ROW.test(lines[at + 1]!)) continue;
    let end = at + 2;
    while (end < lines.length && lines[end]!.startsWith('|')) end++;
    const rows = lines.slice(at, end).map(tableCells);
    const body = rows.slice(2);
    const width = rows[0]!.length;
    if (body.length === 0 || rows.some((row) => row.length !== width)) {
      at = end;
      continue;
    }
    const keep = rows[0]!.map((_, column) => column === 0 || body.some((row) => row[column] !== '–'));
    if (keep.every(Boolean)) {
      at = end;
      continue;
    }
    const kept = rows.map((row) => `| ${row.filter((_, column) => keep[column]).join(' | ')} |`);
    lines.splice(at, end - at, ...kept);
    at += kept.length;
  }
  return lines.join('\n');
}

const DELIMITER_ROW = /^\|(\s*:?-+:?\s*\|)+\s*$/;

/** The cells of a table row; an escaped pipe (`\|`) is text. */
function tableCells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/** A blank line before every heading, at most one blank line in a row, one newline at the end. */
function tidy(markdown: string): string {
  return `${markdown
    .replace(/[ \t]+\n/g, '\n')
    .replace(/([^\n])\n(#{1,6} )/g, '$1\n\n$2')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

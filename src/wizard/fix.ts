// `strategy init --fix`: the questions that resolve a strategy's findings. A finding points at
// a place in the file (and some name the fields they miss); the questions asked are those that
// write that place: the question of a field, or the empty questions of an entry or a section,
// or a collection to add entries to. Findings about fields the wizard leaves to the file
// (./file-only.ts) are named with what to do instead.
import type { Finding } from '../model/finding.js';
import { allQuestions } from './catalogue.js';
import type { Collection, Question } from './catalogue.js';
import { getPath, splitPath } from './answers.js';
import type { Path } from './answers.js';
import { FILE_ONLY } from './file-only.js';

/** A question to ask at one place of the strategy. */
export interface FixQuestion {
  question: Question;
  path: Path;
  /** The entry of a collection the question belongs to. */
  entry?: Record<string, unknown>;
}

/** What fixes one finding: questions, a collection to add to, or a field left to the file. */
export interface Fix {
  finding: Finding;
  questions: FixQuestion[];
  collections: Collection[];
  /** The field left to the file, when the finding is about one (see ./file-only.ts). */
  fileOnly?: string;
}

/**
 * Findings whose fix is not at the place they point to: the fields of that place to ask, a
 * collection to add to, or the field left to the file that fixes them.
 */
const FIX_AT: Readonly<Record<string, { ask?: readonly string[]; askAt?: readonly string[]; add?: string; fileOnly?: string }>> = {
  'crisis-ready/protocol': { askAt: ['guidelines.protocol'] },
  'building-blocks/baseline': { askAt: ['baseline'] },
  'building-blocks/vision': { askAt: ['organisation.vision'] },
  'building-blocks/benchmark': { add: 'benchmark' },
  'backing/sponsor': { askAt: ['team.sponsor'] },
  'backing/training': { askAt: ['team.training'] },
  'backing/outside-help': { askAt: ['team.outside_help'] },
  'backing/media-literacy': { askAt: ['guidelines.media_literacy'] },
  'backing/parents': { askAt: ['guidelines.parents'] },
  'room-to-learn/missing': { askAt: ['guidelines.learning'] },
  'listening/missing': { askAt: ['webcare.listening'] },
  'ambassadors/missing': { askAt: ['guidelines.ambassadors'] },
  'goal-kpi-clear/ambiguous': { ask: ['measured_by'] },
  'goal-kpi-clear/kind-unknown': { ask: ['kind'] },
  'goal-measured/missing': { add: 'control.kpis' },
  'measurements-current/none': { fileOnly: 'control.measurements' },
  'measurements-current/late': { fileOnly: 'control.measurements' },
};

/** The fields a finding's data names, for rules that report what is missing ("goal.deadline"). */
function namedFields(finding: Finding, entryPath: readonly string[]): string[] {
  const data = finding.data as { parts?: unknown; fields?: unknown };
  const names = [data.parts, data.fields].find(Array.isArray) as unknown[] | undefined;
  if (!names) return [];
  return names
    .filter((name): name is string => typeof name === 'string')
    .map((name) => {
      // A goal's own field (goal.deadline) lies in the goal the finding points at.
      const [head, ...rest] = name.split('.');
      return head === 'goal' ? [...entryPath, ...rest].join('.') : name;
    });
}

/** Where the template path of a question (goals.<id>.target) matches a place in the strategy. */
function instantiate(template: string, at: readonly string[]): Path | undefined {
  const parts = template.replace(/\[\]/g, '.[]').split('.');
  if (parts.length < at.length) return undefined;
  const path: (string | number)[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i >= at.length) {
      if (part === '<id>' || part === '[]') return undefined;
      path.push(part);
      continue;
    }
    const given = at[i]!;
    if (part === '<id>') path.push(given);
    else if (part === '[]') {
      if (!/^\d+$/.test(given)) return undefined;
      path.push(Number(given));
    } else if (part === given) path.push(part);
    else return undefined;
  }
  return path;
}

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** The questions and collections that write the place `at`, and those at or under it. */
function questionsAt(strategy: Record<string, unknown>, at: readonly string[], onlyEmpty: boolean): Omit<Fix, 'finding'> {
  const questions: FixQuestion[] = [];
  const collections = new Map<string, Collection>();
  for (const { path: template, question, collection } of allQuestions()) {
    const path = instantiate(template, at);
    if (!path) continue;
    const value = getPath(strategy, path);
    if (onlyEmpty && path.length > at.length && !isEmpty(value)) continue;
    // A question of an entry needs the entry; one whose collection is empty adds entries instead.
    if (collection) {
      const depth = splitPath(collection.path).length + 1;
      if (path.length - 1 < depth || at.length < depth) {
        if (at.length <= splitPath(collection.path).length && isEmpty(getPath(strategy, splitPath(collection.path)))) {
          collections.set(collection.path, collection);
        }
        continue;
      }
      const entry = getPath(strategy, path.slice(0, depth)) as Record<string, unknown> | undefined;
      if (!entry || typeof entry !== 'object') continue;
      questions.push({ question, path, entry });
    } else questions.push({ question, path });
  }
  return { questions, collections: [...collections.values()] };
}

/** The field left to the file that a place lies in, if any. */
function fileOnlyAt(at: readonly string[]): string | undefined {
  const template = at
    .map((part, i) =>
      /^\d+$/.test(part)
        ? '[]'
        : i > 0 && ['goals', 'channels', 'audiences', 'members', 'kpis', 'pillars'].includes(at[i - 1]!)
          ? '<id>'
          : part,
    )
    .join('.')
    .replace(/\.\[\]/g, '[]');
  return Object.keys(FILE_ONLY).find(
    (field) => template === field || template.startsWith(`${field}.`) || template.startsWith(`${field}[]`),
  );
}

/** What to ask for each finding; a finding with nothing to ask keeps an empty list. */
export function fixesFor(strategy: Record<string, unknown>, findings: readonly Finding[]): Fix[] {
  return findings.map((finding) => {
    const at = finding.pointer
      .split('/')
      .slice(1)
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    const special = FIX_AT[`${finding.ruleId}/${finding.messageId}`];
    const fileOnly = special?.fileOnly ?? fileOnlyAt(at);
    if (fileOnly) return { finding, questions: [], collections: [], fileOnly };
    if (special?.ask || special?.askAt) {
      const places = [...(special.ask ?? []).map((field) => [...at, ...splitPath(field)]), ...(special.askAt ?? []).map(splitPath)];
      const found = places.map((place) => questionsAt(strategy, place, false));
      return { finding, questions: found.flatMap((f) => f.questions), collections: [] };
    }
    if (special?.add) {
      const collection = allQuestions().find((q) => q.collection?.path === special.add)?.collection;
      return { finding, questions: [], collections: collection ? [collection] : [] };
    }
    const named = namedFields(finding, at.slice(0, 2));
    if (named.length > 0) {
      const found = named.map((field) => questionsAt(strategy, splitPath(field), false));
      return { finding, questions: found.flatMap((f) => f.questions), collections: found.flatMap((f) => f.collections) };
    }
    // The file as a whole: nothing in particular to ask.
    if (at.length === 0) return { finding, questions: [], collections: [] };
    // A field: its own question. An entry or a section: its questions that have no answer yet.
    const exact = questionsAt(strategy, at, true);
    const own = exact.questions.filter((q) => q.path.length === at.length);
    if (own.length > 0) return { finding, questions: own, collections: [] };
    if (exact.questions.length > 0 || exact.collections.length > 0) return { finding, ...exact };
    return { finding, ...questionsAt(strategy, at, false) };
  });
}

// `strategy init --fix`, as a session: each finding of the strategy with the questions that fix
// it, asked in place with the current answers offered; then the strategy is checked again,
// what is left is shown, and the answers are written into the file, its comments kept.
import type { Document } from 'yaml';
import type { Io } from '../io.js';
import type { Finding } from '../model/finding.js';
import type { Language } from '../model/strategy.js';
import { EXIT } from '../errors.js';
import { say } from './catalogue.js';
import { askCollection, askQuestion } from './engine.js';
import type { WizardState } from './engine.js';
import { fixesFor } from './fix.js';
import type { Fix } from './fix.js';
import { FILE_ONLY } from './file-only.js';
import type { Prompter } from './prompter.js';
import { findingLines, findingsOf } from './summary.js';
import { wizardText } from './texts.js';
import { writeStrategy } from './write-strategy.js';

export interface FixRun {
  io: Io;
  prompter: Prompter;
  language: Language;
  target: string;
  shown: string;
  existing: Document;
  today: () => string;
  dryRun: boolean;
}

const worthFixing = (finding: Finding): boolean => finding.severity === 'error' || finding.severity === 'warning';
const askable = (fixes: readonly Fix[]): Fix[] => fixes.filter((fix) => fix.questions.length > 0 || fix.collections.length > 0);

/** Each finding in turn, said, then its questions; a question asked for an earlier finding is not asked again. */
async function askFixes(fixes: readonly Fix[], state: WizardState, run: FixRun, asked: Set<string>): Promise<void> {
  const { prompter, language } = run;
  const w = wizardText(language);
  const options = { prompter, language, today: run.today };
  for (const [index, fix] of fixes.entries()) {
    const questions = fix.questions.filter((q) => !asked.has(q.path.join('.')));
    const collections = fix.collections.filter((c) => !asked.has(c.path));
    if (questions.length === 0 && collections.length === 0) continue;
    prompter.say(
      `\n${w.fixFinding(index + 1, fixes.length)}\n${findingLines([fix.finding], language, ['error', 'warning', 'info']).join('\n')}`,
    );
    for (const { question, path, entry } of questions) {
      asked.add(path.join('.'));
      await askQuestion(question, path, state, options, entry);
    }
    for (const collection of collections) {
      asked.add(collection.path);
      await askCollection(collection, state, options);
    }
  }
}

export async function runFix(run: FixRun): Promise<number> {
  const { io, prompter, language, shown } = run;
  const w = wizardText(language);
  const state: WizardState = { strategy: run.existing.toJS() as WizardState['strategy'], given: [], next: 0 };
  const findings = findingsOf(state.strategy, run.today()).findings.filter(worthFixing);
  const asked = new Set<string>();
  if (findings.length === 0) io.stdout.write(`${w.fixNone(shown)}\n`);
  else {
    const fixable = askable(fixesFor(state.strategy, findings));
    prompter.say(w.fixIntro(findings.length, fixable.length));
    await askFixes(fixable, state, run, asked);
  }
  // Advice (info) can be answered too, when the user wants to.
  const advice = askable(
    fixesFor(
      state.strategy,
      findingsOf(state.strategy, run.today()).findings.filter((f) => f.severity === 'info'),
    ),
  );
  const wanted = advice.length > 0 && (await prompter.confirm({ message: w.fixAdvice(advice.length), default: false }));
  if (wanted) await askFixes(advice, state, run, asked);
  if (findings.length === 0 && !wanted) return EXIT.ok;
  // What is left, and why the wizard cannot fix it.
  const left = findingsOf(state.strategy, run.today()).findings.filter(worthFixing);
  const hints = new Map(fixesFor(state.strategy, left).map((fix) => [fix.finding, fix]));
  const lines = left.flatMap((finding) => {
    const fix = hints.get(finding);
    const why = fix?.fileOnly
      ? w.fixFileOnly(say(FILE_ONLY[fix.fileOnly]!, language))
      : fix && fix.questions.length === 0
        ? w.fixNoQuestion
        : undefined;
    return [...findingLines([finding], language), ...(why ? [`      ${why}`] : [])];
  });
  prompter.say(`\n${w.fixLeft(left.length)}${lines.length > 0 ? `\n${lines.join('\n')}` : ''}`);
  const errors = left.filter((finding) => finding.severity === 'error').length;
  return writeStrategy(io, run.target, shown, state.strategy, run.existing, run.dryRun, language, false, errors);
}

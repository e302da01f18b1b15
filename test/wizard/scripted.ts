// A Prompter that answers from a script, so the whole wizard runs in-process in tests.
import { Cancelled } from '../../src/wizard/prompter.js';
import type { Choice, Prompter, Validate } from '../../src/wizard/prompter.js';
import type { InitOptions } from '../../src/commands/init.js';
import { RunLanguage } from '../../src/i18n/locale.js';

/** The options of an interactive `strategy init` in a language, with any of them changed. */
export function initOptions(language: 'nl' | 'en', extra: Partial<InitOptions> = {}): InitOptions {
  return {
    language: new RunLanguage(language, language),
    yes: false,
    set: [],
    resume: false,
    blocks: [],
    force: false,
    dryRun: false,
    interactive: true,
    questions: false,
    ...extra,
  };
}

export type Answer = string | boolean | string[] | { choose: string };
/** A pattern and the answers for each time it is asked; the last one repeats. */
export type Rule = [RegExp, ...Answer[]];

/**
 * Answers each question with the first rule whose pattern matches its message; a list of
 * answers is used one per time the question is asked. Unmatched questions get a default
 * per kind: the default value, the first choice, no for "add another". When the script says
 * `stop`, the prompter cancels as Ctrl-C would.
 */
export class ScriptedPrompter implements Prompter {
  readonly transcript: string[] = [];
  readonly rejected: string[] = [];
  private readonly used = new Map<Rule, number>();

  /** How many questions were asked. */
  asked = 0;

  constructor(
    private readonly rules: Rule[],
    private readonly stopAt?: RegExp,
    /** Cancel at this question (1 is the first), as Ctrl-C would. */
    private readonly stopAtQuestion?: number,
  ) {}

  private next(message: string): Answer | undefined {
    this.asked += 1;
    if (this.stopAt?.test(message) || this.asked === this.stopAtQuestion) throw new Cancelled();
    for (const rule of this.rules) {
      if (!rule[0].test(message)) continue;
      const count = this.used.get(rule) ?? 0;
      this.used.set(rule, count + 1);
      const answers = rule.slice(1) as Answer[];
      return answers[Math.min(count, answers.length - 1)];
    }
    return undefined;
  }

  private validated<T>(message: string, value: T, validate?: Validate<T>): T {
    const verdict = validate?.(value) ?? true;
    if (verdict !== true) {
      this.rejected.push(`${message} => ${verdict}`);
      throw new Error(`script answer rejected: ${message} => ${verdict}`);
    }
    return value;
  }

  async input(q: { message: string; default?: string; validate?: Validate<string> }): Promise<string> {
    this.transcript.push(q.message);
    const answer = this.next(q.message);
    const value = typeof answer === 'string' ? answer : (q.default ?? '');
    const verdict = q.validate?.(value) ?? true;
    if (verdict === true) return value;
    // A rejected answer is retried with the next scripted answer, as a user would retype.
    this.rejected.push(`${q.message} => ${verdict}`);
    const retry = this.next(q.message);
    if (typeof retry === 'string' && retry !== value) return this.validated(q.message, retry, q.validate);
    throw new Error(`script answer rejected: ${q.message} => ${verdict}`);
  }

  longText(q: { message: string; default?: string; validate?: Validate<string> }): Promise<string> {
    return this.input(q);
  }

  async select<T>(q: { message: string; choices: Choice<T>[]; default?: T }): Promise<T> {
    this.transcript.push(q.message);
    const answer = this.next(q.message);
    if (answer && typeof answer === 'object' && 'choose' in answer) {
      const found = q.choices.find((c) => c.name.includes(answer.choose) || String(c.value) === answer.choose);
      if (!found) throw new Error(`no choice ${answer.choose} for ${q.message}: ${q.choices.map((c) => c.name).join(', ')}`);
      return found.value;
    }
    if (typeof answer === 'string') {
      const found = q.choices.find((c) => String(c.value) === answer);
      if (found) return found.value;
    }
    return q.default ?? q.choices[0]!.value;
  }

  async checkbox<T>(q: { message: string; choices: (Choice<T> & { checked?: boolean })[]; validate?: Validate<T[]> }): Promise<T[]> {
    this.transcript.push(q.message);
    const answer = this.next(q.message);
    const values = Array.isArray(answer)
      ? q.choices.filter((c) => (answer as string[]).includes(String(c.value))).map((c) => c.value)
      : q.choices.filter((c) => c.checked).map((c) => c.value);
    return this.validated(q.message, values, q.validate);
  }

  async confirm(q: { message: string; default?: boolean }): Promise<boolean> {
    this.transcript.push(q.message);
    const answer = this.next(q.message);
    return typeof answer === 'boolean' ? answer : (q.default ?? false);
  }

  say(text: string): void {
    this.transcript.push(text);
  }
}

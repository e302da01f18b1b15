// What the wizard asks through. The terminal implementation uses Inquirer's prompts; tests
// answer from a script. Each `validate` returns true or the message to show.

export type Validate<T> = (value: T) => true | string;

export interface Choice<T = string> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  input(question: { message: string; default?: string; validate?: Validate<string> }): Promise<string>;
  /** A long answer, which may take several lines. */
  longText(question: { message: string; default?: string; validate?: Validate<string> }): Promise<string>;
  select<T>(question: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T>(question: { message: string; choices: (Choice<T> & { checked?: boolean })[]; validate?: Validate<T[]> }): Promise<T[]>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  /** Text for the user between questions: headers, intros, warnings. */
  say(text: string): void;
}

/** Thrown by a prompter when the user cancels (Ctrl-C). */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

// `strategy init --questions`: every question the wizard can ask, by block, with its path for
// --set and the kind of answer it takes.
import type { Language } from '../model/strategy.js';
import { allQuestions } from './catalogue.js';
import { blockKey } from './blocks.js';
import { wizardText } from './texts.js';

export function questionList(language: Language): string {
  const lines: string[] = [];
  let block = '';
  for (const { path, question, block: b } of allQuestions()) {
    if (b.id !== block) {
      block = b.id;
      lines.push('', `${b.title[language]} (--block ${blockKey(b.id, language)})`);
    }
    const kind = wizardText(language).kinds[question.kind];
    lines.push(`  ${path.padEnd(42)} ${kind.padEnd(11)} ${question.required ? '*' : ' '} ${question.prompt[language]}`);
  }
  return `${lines.join('\n').trimStart()}\n`;
}

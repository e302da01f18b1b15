// `strategy rules`: the method's rules, their default severity and what each checks.
import type { Io } from '../io.js';
import { EXIT } from '../errors.js';
import type { Language } from '../model/strategy.js';
import { ruleCatalogue } from '../rules/catalogue.js';

export async function rules(language: Language, io: Io): Promise<number> {
  const catalogue = ruleCatalogue(language);
  const idWidth = Math.max(...catalogue.map((rule) => rule.id.length));
  const lines = catalogue.map((rule) => `${rule.id.padEnd(idWidth)}  ${rule.severity.padEnd(7)}  ${rule.description}`);
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

// `strategy rules`: the method's rules, their default severity and what each checks.
import type { Io } from '../io.js';
import { EXIT } from '../errors.js';
import type { Language } from '../model/strategy.js';
import { ruleCatalogue } from '../rules/catalogue.js';
import { words } from '../i18n/words.js';

export async function rules(language: Language, io: Io): Promise<number> {
  const catalogue = ruleCatalogue(language);
  const idWidth = Math.max(...catalogue.map((rule) => rule.id.length));
  const w = words(language);
  const severities = catalogue.map((rule) => w.value('severity', rule.severity));
  const severityWidth = Math.max(...severities.map((severity) => severity.length));
  const lines = catalogue.map((rule, i) => `${rule.id.padEnd(idWidth)}  ${severities[i]!.padEnd(severityWidth)}  ${rule.description}`);
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

// docs/rules/ is made from the rules' own texts: a change to a rule's texts that is not
// rendered into its documentation fails here. UPDATE_DOCS=1 writes the files.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleDocuments } from '../../src/rules/docs.js';
import { packageRoot } from '../helpers/io.js';

const dir = join(packageRoot, 'docs/rules');
const documents = ruleDocuments();

describe('rule documentation', () => {
  if (process.env.UPDATE_DOCS) for (const [name, text] of documents) writeFileSync(join(dir, name), text);

  it('has a file in English and in Dutch for every rule, and no others', () => {
    expect(readdirSync(dir).sort()).toEqual([...documents.keys()].sort());
  });

  it.each([...documents.keys()])('%s is what the rule’s texts make', (name) => {
    expect(readFileSync(join(dir, name), 'utf8')).toBe(documents.get(name));
  });

  it('shows the rule’s real findings on its example, in each language', () => {
    expect(documents.get('two-admins.md')).toMatch(
      /^strategy\.yaml:5:13 {2}warning {2}two-admins {2}Channel "instagram" has 1 administrator/m,
    );
    expect(documents.get('two-admins.nl.md')).toMatch(
      /^strategy\.yaml:5:13 {2}waarschuwing {2}two-admins {2}Het kanaal "instagram" heeft 1 beheerder/m,
    );
  });
});

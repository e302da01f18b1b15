// The sources the method draws on, credited on the documentation page of each rule that takes
// its advice from them (and in the README), under their licences. Each catalogue words the
// credit (its `ruleDocs.credits`).
import type { ruleDocs } from '../i18n/en/rules.js';

export type SourceId = keyof typeof ruleDocs.credits;

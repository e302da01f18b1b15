// The catalogue of each language the tool speaks; the schema's `language` lists the same.
import type { Language } from '../model/strategy.js';
import type { Catalogue } from './catalogue.js';
import { catalogue as en } from './en/index.js';
import { catalogue as nl } from './nl/index.js';

export const CATALOGUES: Record<Language, Catalogue> = { nl, en };

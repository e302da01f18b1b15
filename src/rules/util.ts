// Small helpers the rules share for walking the strategy.
import { toPointer } from '../model/positions.js';

export { entries, items } from '../util/objects.js';

export const pointer = (...path: (string | number)[]): string => toPointer(path);

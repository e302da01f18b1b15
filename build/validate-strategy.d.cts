// The schema validator that scripts/build.mjs compiles into build/validate-strategy.cjs.
import type { ValidateFunction } from 'ajv';
declare const validate: ValidateFunction;
export = validate;

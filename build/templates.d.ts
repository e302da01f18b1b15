// The built-in templates that scripts/build.mjs precompiles into build/templates.js.
export declare const PRECOMPILED: Record<string, object>;

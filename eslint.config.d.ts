// Types of what eslint.config.js exports, for test/lint-zones.test.ts.
import type { Linter } from 'eslint';

/** The import resolution and the cycle check, as applied to src. */
export declare const cycleCheck: Linter.Config;
/** The UI feature folders, each separated from the others. */
export declare const UI_FEATURES: readonly string[];
/** The zones of `import/no-restricted-paths`. */
export declare const zones: readonly { target: string; from: string | readonly string[]; except?: readonly string[]; message: string }[];
declare const config: Linter.Config[];
export default config;

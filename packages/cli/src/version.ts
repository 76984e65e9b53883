/** The suite's version; kept equal to the root package.json by a test. */
export const VERSION = '0.1.0';

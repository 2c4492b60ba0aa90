/**
 * Shared pieces of the property tests (STYLE.md §3 and house rule 5), in one import: how they
 * run, the hostile cells they feed the functions, and the checks every answer must pass.
 */
export * from './fuzz-run';
export * from './hostile-cells';
export * from './answers';

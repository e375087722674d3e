/**
 * Property tests run fast-check's default 100 cases; `PARLEY_PROPERTY_RUNS=5000 npm run
 * test:unit` soaks every property that does not set its own count, to find a rare
 * counterexample here rather than in CI.
 */
import fc from 'fast-check';

const runs = Number(process.env.PARLEY_PROPERTY_RUNS);
if (Number.isInteger(runs) && runs > 0) fc.configureGlobal({ numRuns: runs });

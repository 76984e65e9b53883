// Run by step-tiering.test.ts in its own Node (started with --allow-natives-syntax). It calls a
// hot function and prints whether V8 optimized it:
//   `held`: with the optimizing compilers held, over 300 rounds (a free machine optimizes it within
//     about 50), then released, until it is optimized (or 30 s);
//   `hold`: held as a step holds them, until optimized (or 30 s);
//   `none`: left alone, until optimized (or 30 s).
import { holdOptimizingCompilers } from '../../src/step-tiering.js';

const mode = process.argv[2] ?? 'none';
const release = mode === 'none' ? () => undefined : holdOptimizingCompilers({ ms: 600_000 });

// Evaluated at run time so the `%` syntax never passes through the TypeScript loader.
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- V8's natives syntax, on purpose
const status = new Function('f', 'return %GetOptimizationStatus(f)') as (f: unknown) => number;
const OPTIMIZED = 1 << 4;

function hot(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s = (s + i * 7) % 1_000_003;
  return s;
}

/** Calls `hot` until it is optimized, for at most `rounds` rounds or `ms`; whether it was. */
async function optimizedWithin(rounds: number, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  for (let round = 0; round < rounds && performance.now() < end; round++) {
    hot(20_000);
    // Optimizing jobs run on a background thread; give them a turn.
    await new Promise((resolve) => setTimeout(resolve, 2));
    if ((status(hot) & OPTIMIZED) !== 0) return true;
  }
  return false;
}

if (mode === 'held') {
  const whileHeld = await optimizedWithin(300, 60_000);
  release();
  console.log(JSON.stringify({ whileHeld, afterRelease: await optimizedWithin(Infinity, 30_000) }));
} else {
  console.log(JSON.stringify({ optimized: await optimizedWithin(Infinity, 30_000) }));
}

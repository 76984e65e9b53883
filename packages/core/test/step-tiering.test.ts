import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { spawnCapture } from '../src/index.js';
import { holdOptimizingCompilers, tiersSetByUser } from '../src/step-tiering.js';

const child = join(import.meta.dirname, 'step-tiering', 'child.ts');

async function inChild(mode: 'held' | 'hold' | 'none', extra: string[] = []): Promise<Record<string, boolean>> {
  const r = await spawnCapture(process.execPath, ['--allow-natives-syntax', ...extra, '--import', 'tsx', child, mode], {
    env: { NODE_OPTIONS: '' },
  });
  expect(r.exitCode).toBe(0);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, boolean>;
}

describe('holdOptimizingCompilers: a step starts on the interpreter and baseline compiler', () => {
  it('keeps a hot function unoptimized while held, and lets V8 optimize it once released', async () => {
    // The control: left alone, V8 optimizes this function.
    expect(await inChild('none')).toEqual({ optimized: true });
    expect(await inChild('held')).toEqual({ whileHeld: false, afterRelease: true });
  }, 120_000);

  it('leaves the tiers alone when Node was started with a tiering flag of its own', async () => {
    // Under --max-opt=3 TurboFan stays allowed; holding would have turned it off.
    expect(await inChild('hold', ['--max-opt=3'])).toEqual({ optimized: true });
  }, 60_000);

  it('sets the flags off, then on once, by timer or by the caller', async () => {
    const calls: string[] = [];
    const release = holdOptimizingCompilers({ ms: 20, setFlags: (f) => calls.push(f), execArgv: [], nodeOptions: '' });
    expect(calls).toEqual(['--no-maglev', '--no-turbofan']);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(calls).toEqual(['--no-maglev', '--no-turbofan', '--maglev', '--turbofan']);
    release();
    expect(calls).toHaveLength(4);
  });

  it('never sets a flag under --jitless (on the command line or in NODE_OPTIONS), where turning a compiler on would be wrong', async () => {
    const calls: string[] = [];
    holdOptimizingCompilers({ ms: 5, setFlags: (f) => calls.push(f), execArgv: ['--jitless'], nodeOptions: '' })();
    holdOptimizingCompilers({ ms: 5, setFlags: (f) => calls.push(f), execArgv: [], nodeOptions: '--jitless' })();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual([]);
  });

  it('recognises tiering flags on the command line and in NODE_OPTIONS', () => {
    expect(tiersSetByUser([], undefined)).toBe(false);
    expect(tiersSetByUser(['--enable-source-maps', '--max-old-space-size=4096'], '--experimental-vm-modules')).toBe(false);
    for (const flag of ['--jitless', '--no-opt', '--max-opt=1', '--no-maglev', '--turbofan', '--max_opt=2', '--no-sparkplug']) {
      expect(tiersSetByUser([flag], undefined)).toBe(true);
      expect(tiersSetByUser([], `--enable-source-maps ${flag}`)).toBe(true);
    }
    expect(tiersSetByUser(['--optimize-for-size'], undefined)).toBe(false);
  });
});

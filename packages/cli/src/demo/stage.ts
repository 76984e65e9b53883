import type { Clock } from '@slipway/core';

/** What every demo stage gets: where the sample lives, where to write, how to report. */
export interface DemoContext {
  /** The sample project shipped in the repo. */
  sampleDir: string;
  /** This run's output folder; each stage writes under `<outDir>/<stage>/`. */
  outDir: string;
  /** The Node binary that runs the sample's tests and bundles. */
  node: string;
  log: (line: string) => void;
  clock: Clock;
  /** Values earlier stages hand to later ones (artifact path, digests, bundles). */
  shared: Map<string, string>;
}

/** What a stage reports: a one-line result and where its outputs went. */
export interface StageResult {
  ok: boolean;
  headline: string;
  outputs: Record<string, string>;
}

export interface DemoStage {
  name: string;
  title: string;
  run: (ctx: DemoContext) => Promise<StageResult>;
}

import type { DemoStage } from './stage.js';
import { baselineStage } from './baseline.js';

/** The local pipeline, in order. Each capability adds its stage here. */
export const stages: DemoStage[] = [baselineStage];

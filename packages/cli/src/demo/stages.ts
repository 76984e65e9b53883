import type { DemoStage } from './stage.js';
import { baselineStage } from './baseline.js';
import { cacheStage } from './cache.js';
import { shardStage } from './shard.js';
import { pipelineAuditStage } from './pipeline-audit.js';
import { scanGateStage } from './scan-gate.js';
import { buildStage } from './build.js';
import { rebuildStage } from './rebuild.js';
import { attestStage } from './attest.js';
import { signStage } from './sign.js';
import { verifyDeployStage } from './verify-deploy.js';
import { metricsStage } from './metrics.js';

/** The local pipeline, in order. Each capability adds its stage here. */
export const stages: DemoStage[] = [
  baselineStage,
  cacheStage,
  shardStage,
  scanGateStage,
  buildStage,
  rebuildStage,
  attestStage,
  signStage,
  verifyDeployStage,
  pipelineAuditStage,
  metricsStage,
];

import type { Command } from '../command.js';
import { demoCommand } from './demo.js';
import { shardCommand } from './shard.js';
import { auditCommand } from './audit.js';
import { pipelineCommand } from './pipeline.js';
import { conformanceCommand } from './conformance.js';
import { verifyCommand } from './verify.js';
import { scanGateCommand } from './scan-gate.js';
import { cacheCommand } from './cache.js';
import { provenanceCommand } from './provenance.js';
import { signCommand } from './sign.js';
import { metricsCommand } from './metrics.js';
import { rebuildCommand } from './rebuild.js';

/** Every top-level subcommand, in the order `slipway --help` lists them. Each capability adds its line. */
export const commands: Command[] = [
  demoCommand,
  shardCommand,
  cacheCommand,
  scanGateCommand,
  provenanceCommand,
  signCommand,
  verifyCommand,
  rebuildCommand,
  conformanceCommand,
  metricsCommand,
  auditCommand,
  pipelineCommand,
];

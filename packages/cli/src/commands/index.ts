import { lazy, type Command } from '../command.js';
import { SUMMARIES } from './summaries.js';

/** Every top-level subcommand, in the order `slipway --help` lists them; each module is imported only when its command runs. */
export const commands: Command[] = [
  lazy('demo', SUMMARIES['demo'], async () => (await import('./demo.js')).demoCommand),
  lazy('shard', SUMMARIES['shard'], async () => (await import('./shard.js')).shardCommand),
  lazy('cache', SUMMARIES['cache'], async () => (await import('./cache.js')).cacheCommand),
  lazy('scan-gate', SUMMARIES['scan-gate'], async () => (await import('./scan-gate.js')).scanGateCommand),
  lazy('provenance', SUMMARIES['provenance'], async () => (await import('./provenance.js')).provenanceCommand),
  lazy('sign', SUMMARIES['sign'], async () => (await import('./sign.js')).signCommand),
  lazy('verify', SUMMARIES['verify'], async () => (await import('./verify.js')).verifyCommand),
  lazy('rebuild', SUMMARIES['rebuild'], async () => (await import('./rebuild.js')).rebuildCommand),
  lazy('conformance', SUMMARIES['conformance'], async () => (await import('./conformance.js')).conformanceCommand),
  lazy('metrics', SUMMARIES['metrics'], async () => (await import('./metrics.js')).metricsCommand),
  lazy('audit', SUMMARIES['audit'], async () => (await import('./audit.js')).auditCommand),
  lazy('pipeline', SUMMARIES['pipeline'], async () => (await import('./pipeline.js')).pipelineCommand),
];

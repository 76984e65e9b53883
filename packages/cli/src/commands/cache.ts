import { homedir } from 'node:os';
import { spawnCapture } from '@slipway/core';
import { resolve } from 'node:path';
import { inContainer, isLayerName, LAYER_NAMES, planCache, runnerNames, runningNode, type CachePlan, type LayerName } from '@slipway/cache';
import { EXIT, group, leaf, printJson, UsageError, type CliIO } from '../command.js';
import { cacheRunCommand } from './cache-run.js';
import { SUMMARIES } from './summaries.js';

function planText(plan: CachePlan): string {
  const lines = [`Working directory: ${plan.workingDirectory}`, `Toolchain: ${plan.toolchain}`, 'Detected:'];
  lines.push(...(plan.projects.length > 0 ? plan.projects.map((p) => `  ${p.ecosystem.padEnd(12)} ${p.dir}`) : ['  nothing']));
  for (const layer of plan.layers) {
    lines.push('', `${layer.layer} layer`);
    if (layer.layer === 'docker') {
      for (const i of layer.images) lines.push(`  ${i.image}: --cache-from ${i.cacheFrom} --cache-to ${i.cacheTo}`);
      continue;
    }
    lines.push(`  ecosystems:   ${layer.ecosystems.join(', ') || '(paths input)'}`);
    lines.push(`  paths:        ${layer.paths.join('\n                ')}`);
    lines.push(`  key:          ${layer.key}`);
    lines.push(`  restore keys: ${layer.restoreKeys.join('\n                ')}`);
    lines.push(`  hashed files: ${layer.hashedFiles}`);
    if (layer.versions) lines.push(`  versions:     ${layer.versions.join('\n                ')}`);
    if (layer.settings?.length) lines.push(`  settings:     ${layer.settings.join('\n                ')}`);
    for (const note of layer.notes) lines.push(`  note:         ${note}`);
  }
  for (const s of plan.skipped) lines.push('', `${s.layer} layer skipped: ${s.reason}`);
  return `${lines.join('\n')}\n`;
}

function definedEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

const plan = leaf({
  name: 'plan',
  summary: 'Show what cache-setup would cache here: ecosystems, paths, primary and restore keys per layer',
  usage: 'cache plan [--working-directory DIR] [--layer deps|installed|build|docker] [--install COMMAND] [--json]',
  options: {
    'working-directory': { type: 'string', value: 'DIR', description: 'the folder to detect in (default: the current folder)' },
    layer: { type: 'string', value: 'LAYER', multiple: true, description: 'deps, installed, build or docker (default: all four)' },
    install: {
      type: 'string',
      value: 'COMMAND',
      description: "the install command, as cache-setup's install input (part of the installed key)",
    },
    json: { type: 'boolean', description: 'print the plan as JSON' },
  },
  details: [
    'Keys are computed exactly as the cache-setup action computes them on the same tree, on a runner',
    'of the same OS and architecture (paths are relative to the current folder, as to the workspace).',
    '',
    'Exit codes: 0 planned; 2 bad flags, or nothing to cache under the folder.',
  ].join('\n'),
  run: async ({ values }, io: CliIO) => {
    const given = values.layer ?? [];
    const layers: LayerName[] = [];
    for (const l of given.length > 0 ? given : LAYER_NAMES) {
      if (!isLayerName(l)) throw new UsageError(`--layer must be deps, installed, build or docker; got '${l}'`);
      layers.push(l);
    }
    const { os, arch } = runnerNames(process.platform, process.arch);
    const result = await planCache({
      root: resolve(io.cwd, values['working-directory'] ?? '.'),
      baseDir: io.cwd,
      machine: { os, arch, env: io.env, home: io.env['HOME'] ?? homedir(), node: runningNode(), container: inContainer() },
      prefix: 'slipway',
      layers,
      installCommand: values.install,
      probe: async (cmd, args) => {
        const r = await spawnCapture(cmd, args, { cwd: io.cwd, env: definedEnv(io.env), inheritEnv: false }).catch(() => undefined);
        return r?.exitCode === 0 ? r.stdout.trim() || undefined : undefined;
      },
    });
    if (values.json) printJson(io, result);
    else io.stdout(planText(result));
    return EXIT.ok;
  },
});

/** `slipway cache ...`: the cache-setup engine from a terminal. */
export const cacheCommand = group('cache', SUMMARIES['cache'], [plan, cacheRunCommand]);

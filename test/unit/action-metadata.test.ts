import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { InputSchema } from '@slipway/core';
import { checkActionMetadata } from '../harness/metadata.js';
import { repoRoot } from '../harness/runner.js';

const actions = readdirSync(join(repoRoot, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

async function schemaOf(action: string): Promise<InputSchema> {
  const mod = (await import(join(repoRoot, 'actions', action, 'src', 'inputs.ts'))) as { inputSchema?: InputSchema };
  if (!mod.inputSchema) throw new Error(`actions/${action}/src/inputs.ts must export inputSchema`);
  return mod.inputSchema;
}

describe('action metadata', () => {
  it('finds the actions', () => expect(actions.length).toBeGreaterThan(0));

  it.each(actions)('actions/%s/action.yml is valid, node24, bundled and matches its input schema', async (action) => {
    expect(await checkActionMetadata(join(repoRoot, 'actions', action), await schemaOf(action))).toEqual([]);
  });
});

describe('the metadata check itself', () => {
  it('reports every fault of a deliberately broken action', async () => {
    const dir = join(repoRoot, 'test/fixtures/broken-action');
    const { input } = await import('@slipway/core');
    const problems = await checkActionMetadata(dir, {
      shards: input.integer({ default: '4' }),
      'not-declared': input.string(),
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("schema: /inputs/shards must have required property 'description'"),
        expect.stringContaining('runs.using must be node24, got node12'),
        expect.stringContaining('does not exist'),
        expect.stringContaining("input 'shards' has no description"),
        expect.stringContaining("output 'matrix' has no description"),
        expect.stringContaining('input \'shards\' default is "2" in action.yml but "4" in src/inputs.ts'),
        expect.stringContaining("reads 'not-declared', which action.yml does not declare"),
        expect.stringContaining("input 'extra' is not in src/inputs.ts"),
      ]),
    );
  });
});

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import type { InputSchema } from '@slipway/core';
import { repoRoot } from './runner.js';

interface Metadata {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string; post?: string; 'post-if'?: string };
}

let validator: ((doc: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };

async function schemaValidator(): Promise<typeof validator> {
  if (!validator) {
    const schema = JSON.parse(await readFile(join(repoRoot, 'test/fixtures/schemas/github-action.schema.json'), 'utf8')) as object;
    const ajv = new Ajv({ strict: false, allErrors: true });
    validator = ajv.compile(schema);
  }
  return validator;
}

/**
 * Every problem with one action's metadata: schema validity, the node24 runtime, entry
 * points that exist in dist/, described inputs and outputs, and inputs that match the
 * action's typed input schema name for name, default for default.
 */
export async function checkActionMetadata(actionDir: string, inputSchema: InputSchema | undefined, distRoot = repoRoot): Promise<string[]> {
  const problems: string[] = [];
  const file = join(actionDir, 'action.yml');
  let doc: Metadata;
  try {
    doc = parseYaml(await readFile(file, 'utf8')) as Metadata;
  } catch (error) {
    return [`${file}: cannot be read as YAML: ${String(error)}`];
  }
  const validate = await schemaValidator();
  if (!validate(doc)) {
    for (const e of validate.errors ?? []) problems.push(`${file}: schema: ${e.instancePath || '(root)'} ${e.message ?? ''}`);
  }
  if (doc.runs?.using !== 'node24') problems.push(`${file}: runs.using must be node24, got ${String(doc.runs?.using)}`);
  for (const step of ['main', 'post'] as const) {
    const entry = doc.runs?.[step];
    if (entry === undefined) continue;
    const target = resolve(actionDir, entry);
    if (!target.startsWith(join(distRoot, 'dist') + '/')) problems.push(`${file}: runs.${step} must point into dist/, got ${entry}`);
    else if (!existsSync(target)) problems.push(`${file}: runs.${step} points at ${entry}, which does not exist (run 'npm run bundle')`);
  }
  const hasPostSource = existsSync(join(actionDir, 'src', 'post.ts'));
  if (hasPostSource !== (doc.runs?.post !== undefined))
    problems.push(`${file}: runs.post must be declared exactly when src/post.ts exists`);
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    if (!spec.description?.trim()) problems.push(`${file}: input '${name}' has no description`);
  }
  for (const [name, spec] of Object.entries(doc.outputs ?? {})) {
    if (!spec.description?.trim()) problems.push(`${file}: output '${name}' has no description`);
  }
  if (inputSchema) {
    const declared = doc.inputs ?? {};
    for (const name of Object.keys(declared)) if (!(name in inputSchema)) problems.push(`${file}: input '${name}' is not in src/inputs.ts`);
    for (const [name, spec] of Object.entries(inputSchema)) {
      const yml = declared[name];
      if (!yml) {
        problems.push(`${file}: src/inputs.ts reads '${name}', which action.yml does not declare`);
        continue;
      }
      const ymlDefault =
        yml.default === undefined ? undefined : typeof yml.default === 'string' ? yml.default : JSON.stringify(yml.default);
      if (ymlDefault !== spec.default)
        problems.push(
          `${file}: input '${name}' default is ${JSON.stringify(ymlDefault)} in action.yml but ${JSON.stringify(spec.default)} in src/inputs.ts`,
        );
      if (Boolean(yml.required) !== spec.required)
        problems.push(`${file}: input '${name}' required is ${Boolean(yml.required)} in action.yml but ${spec.required} in src/inputs.ts`);
    }
  }
  return problems;
}

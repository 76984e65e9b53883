import { join } from 'node:path';
import { registryBundleFinder, verifyImage, type Policy, type SubjectReport, type Trust } from '@slipway/verify';

/** Verifies an image by digest with the bundles found in its registry (docker config credentials, else anonymous). */
export async function verifyImageSubject(
  reference: string,
  policy: Policy,
  trust: Trust,
  now: Date,
  env: Record<string, string | undefined>,
): Promise<SubjectReport> {
  const dockerConfigDir = env['DOCKER_CONFIG'] ?? (env['HOME'] ? join(env['HOME'], '.docker') : undefined);
  return verifyImage(reference, registryBundleFinder({ dockerConfigDir }), policy, trust, now);
}

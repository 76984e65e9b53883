import { dockerConfigDir } from '@slipway/supply-chain';
import { registryBundleFinder, verifyImage, type Policy, type SourcedBundle, type SubjectReport, type Trust } from '@slipway/verify';

/**
 * Verifies an image by digest with the bundles found in its registry (docker config credentials,
 * else anonymous); what the registry holds that is not a bundle is told through `warn`.
 */
export async function verifyImageSubject(
  reference: string,
  policy: Policy,
  trust: Trust,
  now: Date,
  env: Record<string, string | undefined>,
  extra: readonly SourcedBundle[] = [],
  warn: (message: string) => void = () => undefined,
): Promise<SubjectReport> {
  return verifyImage(reference, registryBundleFinder({ dockerConfigDir: dockerConfigDir(env), warn }), policy, trust, now, extra);
}

import { registryBundleFinder, verifyImage, type Policy, type SubjectReport, type Trust } from '@slipway/verify';

/** Verifies an image by digest with the bundles found in its registry (anonymous pull). */
export async function verifyImageSubject(
  reference: string,
  policy: Policy,
  trust: Trust,
  now: Date,
  plainHttp: boolean,
): Promise<SubjectReport> {
  return verifyImage(reference, registryBundleFinder(plainHttp ? { plainHttp } : {}), policy, trust, now);
}

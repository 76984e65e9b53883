import type { Bundle } from '@sigstore/bundle';
import { decodeDocument, parseJson, UserError } from '@slipway/core';
import { parseBundle } from '../bundle.js';
import type { OciClient } from '../oci/client.js';
import type { Descriptor } from '../oci/media-types.js';
import { repositoryName, type ImageReference } from '../oci/reference.js';
import { decodeStatement, type Statement } from '../statement.js';
import { attachBundle, subjectDescriptor } from './image-signing.js';

/** The in-toto statement inside a DSSE bundle. */
export function bundleStatement(bundle: Bundle, source: string): Statement {
  if (bundle.content.$case !== 'dsseEnvelope')
    throw new UserError(`${source} holds a message signature, not an attestation (DSSE envelope)`);
  const payload = Buffer.from(bundle.content.dsseEnvelope.payload).toString('utf8');
  return decodeDocument(decodeStatement, parseJson(payload, `${source} (DSSE payload)`), `${source} (statement)`);
}

/**
 * Attaches an attestation bundle to an image as a referrer, after checking that the statement
 * names the image's digest among its subjects (an attestation about other bytes is refused).
 */
export async function attachAttestation(
  client: OciClient,
  ref: ImageReference & { digest: string },
  bundleText: string,
  source: string,
  now = new Date(),
): Promise<Descriptor> {
  const statement = bundleStatement(parseBundle(bundleText, source), source);
  const hex = ref.digest.replace(/^sha256:/, '');
  if (!statement.subject.some((s) => s.digest.sha256 === hex)) {
    throw new UserError(`${source} attests ${statement.subject.length} subject(s), none of them ${repositoryName(ref)}@${ref.digest}`, {
      hint: 'attach an attestation made for this image digest (slsa-provenance with subject-name and subject-digest)',
    });
  }
  const subject = await subjectDescriptor(client, ref);
  return attachBundle(client, ref.repository, subject, bundleText, {
    content: 'dsse-envelope',
    predicateType: statement.predicateType,
    created: now,
  });
}

import { buildSlsaProvenance, SLSA_PROVENANCE_V1, type BuildClaims, type SlsaProvenance } from './slsa-provenance.js';
import { signDsse, type SignedBundle, type SigningMethod } from './signing/sign.js';
import { IN_TOTO_PAYLOAD_TYPE, makeStatement, type Statement } from './statement.js';
import { uniqueSubjects, type Subject } from './subjects.js';

/** A signed provenance attestation: the statement and its bundle. */
export interface Provenance {
  statement: Statement<SlsaProvenance>;
  bundle: SignedBundle;
}

/** Builds the SLSA v1 statement for `subjects` and signs it as a DSSE bundle. */
export async function createProvenance(
  subjects: readonly Subject[],
  claims: BuildClaims,
  serverUrl: string,
  method: SigningMethod,
): Promise<Provenance> {
  const statement = makeStatement(uniqueSubjects(subjects), SLSA_PROVENANCE_V1, buildSlsaProvenance(claims, serverUrl));
  const bundle = await signDsse(Buffer.from(JSON.stringify(statement)), IN_TOTO_PAYLOAD_TYPE, method);
  return { statement, bundle };
}

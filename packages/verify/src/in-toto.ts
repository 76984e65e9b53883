import type { Bundle } from '@sigstore/bundle';
import { decode, type Decoder } from '@slipway/core';
import { IN_TOTO_PAYLOAD_TYPE, STATEMENT_TYPE_V1 } from '@slipway/supply-chain';

/** An in-toto statement (v0.1 or v1): its subjects, predicate type and predicate. */
export interface Statement {
  type: string;
  subject: { name: string; digest: Record<string, string> }[];
  predicateType: string;
  predicate: unknown;
}

const statementDecoder: Decoder<Statement> = decode.map(
  decode.object({
    _type: decode.literal(STATEMENT_TYPE_V1, 'https://in-toto.io/Statement/v0.1'),
    subject: decode.array(decode.object({ name: decode.withDefault(decode.string, ''), digest: decode.record(decode.string) })),
    predicateType: decode.string,
    predicate: decode.unknown,
  }),
  (s) => ({ type: s._type, subject: s.subject, predicateType: s.predicateType, predicate: s.predicate }),
);

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The in-toto statement a DSSE bundle carries, or why there is none. */
export function statementFromBundle(bundle: Bundle): Parsed<Statement> {
  if (bundle.content.$case !== 'dsseEnvelope') return { ok: false, reason: 'the bundle is a message signature, not an attestation' };
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    return { ok: false, reason: `the DSSE payload type is ${envelope.payloadType}, not ${IN_TOTO_PAYLOAD_TYPE}` };
  }
  try {
    return { ok: true, value: statementDecoder(JSON.parse(Buffer.from(envelope.payload).toString('utf8')), 'statement') };
  } catch (error) {
    return { ok: false, reason: `the DSSE payload is not an in-toto statement: ${error instanceof Error ? error.message : String(error)}` };
  }
}

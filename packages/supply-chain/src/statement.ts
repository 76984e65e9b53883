import { decode } from '@slipway/core';
import type { Subject } from './subjects.js';

export const STATEMENT_TYPE_V1 = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** An in-toto Statement v1 (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md). */
export interface Statement<P = unknown> {
  _type: typeof STATEMENT_TYPE_V1;
  subject: Subject[];
  predicateType: string;
  predicate: P;
}

/** Assembles a statement; at least one subject is required by the spec. */
export function makeStatement<P>(subjects: readonly Subject[], predicateType: string, predicate: P): Statement<P> {
  if (subjects.length === 0) throw new Error('makeStatement: an in-toto statement needs at least one subject');
  return { _type: STATEMENT_TYPE_V1, subject: [...subjects], predicateType, predicate };
}

const subject = decode.object({
  name: decode.withDefault(decode.string, ''),
  digest: decode.record(decode.string),
});

/** Decodes an in-toto Statement v1 (the predicate stays unknown); errors name the field. */
export const decodeStatement: decode.Decoder<Statement> = decode.map(
  decode.object({
    _type: decode.literal(STATEMENT_TYPE_V1),
    subject: decode.array(subject),
    predicateType: decode.string,
    predicate: decode.withDefault(decode.unknown, {}),
  }),
  (s) => ({
    _type: s._type,
    subject: s.subject.map((x) => ({ name: x.name, digest: { ...x.digest, sha256: x.digest['sha256'] ?? '' } })),
    predicateType: s.predicateType,
    predicate: s.predicate,
  }),
);

import type { IncomingMessage } from 'node:http';
import type { decode } from '@slipway/core';
import type { RuntimeClaims } from './cache-service-token.js';

/** A twirp error: the HTTP status and the JSON body `{code, msg}` the @actions/* clients parse. */
export class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Twirp methods by name: the decoded JSON body and the caller's token claims in, the JSON response out. */
export type TwirpMethods = Record<string, (body: unknown, claims: RuntimeClaims) => Promise<unknown>>;

/** Decodes a request body; a wrong shape is twirp's invalid_argument naming the field. */
export function decodeBody<T>(decoder: decode.Decoder<T>, body: unknown): T {
  try {
    return decoder(body, '');
  } catch (error) {
    throw new TwirpError(400, 'invalid_argument', error instanceof Error ? error.message : String(error));
  }
}

/** Reads a JSON request body. */
export async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new TwirpError(400, 'malformed', 'the request body is not JSON');
  }
}

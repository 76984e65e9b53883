import { generateKeyPairSync } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { keySigner, type SigningMethod } from '@slipway/supply-chain';
import type { DemoContext } from './stage.js';

/**
 * The demo's signing key: made once per run (the demo is offline, so key mode with no log),
 * its public half shared as `signing.publicKey` for the verify stage.
 */
export async function demoSigningMethod(ctx: DemoContext): Promise<SigningMethod> {
  const dir = join(ctx.outDir, 'keys');
  const privatePath = join(dir, 'demo-signing.key.pem');
  const publicPath = join(dir, 'demo-signing.pub.pem');
  let pem = ctx.shared.get('signing.privateKeyPem');
  if (!pem) {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    pem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    await mkdir(dir, { recursive: true });
    await writeFile(privatePath, pem, { mode: 0o600 });
    await writeFile(publicPath, pair.publicKey.export({ format: 'pem', type: 'spki' }).toString());
    ctx.shared.set('signing.privateKeyPem', pem);
    ctx.shared.set('signing.publicKey', publicPath);
  }
  return { mode: 'key', key: keySigner(pem, { source: privatePath }) };
}

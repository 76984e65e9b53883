import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { canonicalize } from '@tufjs/canonical-json';
import { Key, Metadata, MetaFile, Root, Signature, Snapshot, TargetFile, Targets, Timestamp } from '@tufjs/models';

/** A TUF repository on loopback serving one target, `trusted_root.json`, signed with one Ed25519 key for every role. */
export interface TufRepo {
  url: string;
  /** The repository's root.json, written for the client to start from. */
  rootPath: string;
  requests: string[];
  stop(): Promise<void>;
}

export async function startTufRepo(trustedRootJson: string, dir: string): Promise<TufRepo> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const keyVal = { public: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex') };
  const keyID = createHash('sha256')
    .update(canonicalize({ keytype: 'ed25519', scheme: 'ed25519', keyval: keyVal }))
    .digest('hex');
  const key = new Key({ keyID, keyType: 'ed25519', scheme: 'ed25519', keyVal });
  const expires = new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const signer = (data: Buffer): Signature => new Signature({ keyID, sig: sign(null, data, privateKey).toString('hex') });

  const root = new Root({ version: 1, specVersion: '1.0.31', expires, consistentSnapshot: true });
  for (const role of ['root', 'timestamp', 'snapshot', 'targets']) root.addKey(key, role);
  const target = Buffer.from(trustedRootJson);
  const sha = createHash('sha256').update(target).digest('hex');
  const targets = new Targets({
    version: 1,
    specVersion: '1.0.31',
    expires,
    targets: { 'trusted_root.json': new TargetFile({ length: target.length, path: 'trusted_root.json', hashes: { sha256: sha } }) },
  });
  const snapshot = new Snapshot({ version: 1, specVersion: '1.0.31', expires, meta: { 'targets.json': new MetaFile({ version: 1 }) } });
  const timestamp = new Timestamp({ version: 1, specVersion: '1.0.31', expires, snapshotMeta: new MetaFile({ version: 1 }) });
  const files = new Map<string, Buffer>();
  for (const [name, signed] of [
    ['1.root.json', root],
    ['timestamp.json', timestamp],
    ['1.snapshot.json', snapshot],
    ['1.targets.json', targets],
  ] as const) {
    const md = new Metadata(signed);
    md.sign(signer);
    files.set(`/${name}`, Buffer.from(JSON.stringify(md.toJSON())));
  }
  files.set(`/targets/${sha}.trusted_root.json`, target);
  const rootPath = join(dir, 'tuf-root.json');
  await writeFile(rootPath, files.get('/1.root.json') ?? '');

  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const body = files.get(path);
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/octet-stream' }).end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    rootPath,
    requests,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // The client keeps connections alive; without this close() would wait for them.
        server.closeAllConnections();
      }),
  };
}

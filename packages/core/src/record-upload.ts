import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { UserError, errorCodes } from './errors.js';
import { requestWithPolicy, type BufferedResponse, type Deadlines, type Transport } from './http.js';
import type { RetryHooks, RetryPolicy } from './retry.js';

// A small artifact uploader for outcome records: the results service's twirp ArtifactService
// (CreateArtifact, one Put Blob to the signed Azure Blob URL, FinalizeArtifact with size and
// hash), the same three calls @actions/artifact makes, without bundling its 3-4 MB client.
// The artifact is a zip holding the one file, as that client writes it, so its download, the
// REST API's listing and its zip download see the same artifact.

const SERVICE = 'github.actions.results.api.v1.ArtifactService';
/** The artifact format version @actions/artifact 6 creates (a zip of the files). */
const ARTIFACT_VERSION = 7;
/** The Blob service version sent with Put Blob (any GA version accepts a single Put Blob). */
const BLOB_API_VERSION = '2025-01-05';
/** Characters the artifact service refuses in names. */
const FORBIDDEN_NAME = /["':<>|*?\r\n\\/]/;

/** The ids the results service files an artifact under. */
export interface BackendIds {
  runId: string;
  jobId: string;
}

/** What the service said about the finished upload. */
export interface UploadedArtifact {
  id: number;
  /** Bytes of the zip as stored. */
  size: number;
  /** `sha256:<hex>` of the zip, as FinalizeArtifact was told. */
  digest: string;
}

export interface UploadOptions extends RetryHooks {
  /** Days the artifact is kept; capped by GITHUB_RETENTION_DAYS as the runner sets it. */
  retentionDays?: number;
  /** The file's modification time inside the zip (now by default). */
  modified?: Date;
  deadlines?: Partial<Deadlines>;
  retry?: RetryPolicy;
  /** How requests are sent (node:http unless given). */
  transport?: Transport;
}

/**
 * The run and job ids in the runtime token's `scp` claim (`Actions.Results:<runId>:<jobId>`),
 * read the way @actions/artifact reads them; the token's signature is the service's business.
 */
export function backendIdsFromToken(token: string): BackendIds {
  const invalid = (why: string): UserError =>
    new UserError(`ACTIONS_RUNTIME_TOKEN is not a runtime token the results service issued: ${why}`, {
      code: errorCodes.invalidInput,
      hint: 'run the step on a GitHub Actions runner (or a runner that provides the results service)',
    });
  const payload = token.split('.')[1];
  if (!payload) throw invalid('it is not a JWT');
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw invalid('its payload is not JSON');
  }
  const scp = typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>)['scp'] : undefined;
  if (typeof scp !== 'string') throw invalid('it has no scp claim');
  for (const scope of scp.split(' ')) {
    const parts = scope.split(':');
    if (parts[0] !== 'Actions.Results') continue;
    if (parts.length !== 3 || !parts[1] || !parts[2]) throw invalid(`its scope '${scope}' is not Actions.Results:<run>:<job>`);
    return { runId: parts[1], jobId: parts[2] };
  }
  throw invalid('its scp claim has no Actions.Results scope');
}

/** MS-DOS date and time words of a zip header (local time, two-second resolution, 1980 at the earliest). */
function dosDateTime(at: Date): { date: number; time: number } {
  const year = Math.max(1980, at.getFullYear());
  return {
    date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2),
  };
}

/**
 * A zip archive holding one deflated file (UTF-8 name, sizes and CRC-32 in the local header,
 * no data descriptor): what unzip tools, @actions/artifact's download and GitHub's own
 * artifact downloads read. For small files: the whole archive is built in memory.
 */
export function zipOneFile(name: string, data: Buffer, modified: Date = new Date()): Buffer {
  if (name === '' || name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) {
    throw new UserError(`zip entry name '${name}' must be a relative path without '..' or backslashes`, { code: errorCodes.invalidInput });
  }
  const fileName = Buffer.from(name, 'utf8');
  const compressed = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  const { date, time } = dosDateTime(modified);
  // General purpose flags: bit 11 the name is UTF-8, bit 1 deflated at the maximum level.
  const FLAGS = 0x0800 | 0x0002;
  const DEFLATE = 8;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
  local.writeUInt16LE(FLAGS, 6);
  local.writeUInt16LE(DEFLATE, 8);
  local.writeUInt16LE(time, 10);
  local.writeUInt16LE(date, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  local.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(FLAGS, 8);
  central.writeUInt16LE(DEFLATE, 10);
  central.writeUInt16LE(time, 12);
  central.writeUInt16LE(date, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  // extra, comment, disk number, internal attributes: 0
  central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
  central.writeUInt32LE(0, 42); // the local header's offset
  const centralStart = local.length + fileName.length + compressed.length;
  const centralSize = central.length + fileName.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(centralStart, 16);
  return Buffer.concat([local, fileName, compressed, central, fileName, end]);
}

/** The expiry the runner allows: `retentionDays` from now, capped by GITHUB_RETENTION_DAYS. */
function expiresAt(env: Readonly<Record<string, string | undefined>>, retentionDays: number | undefined, now: number): string | undefined {
  if (!retentionDays) return undefined;
  const cap = Number.parseInt(env['GITHUB_RETENTION_DAYS'] ?? '', 10);
  const days = Number.isFinite(cap) && cap > 0 ? Math.min(cap, retentionDays) : retentionDays;
  return new Date(now + days * 86_400_000).toISOString();
}

/** Reads the service's answer; twirp errors (`{code, msg}`) and non-JSON bodies become UserErrors naming the method. */
function twirpAnswer(response: BufferedResponse, method: string): Record<string, unknown> {
  const text = response.body.toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : undefined;
  if (!response.ok) {
    const code = fields && typeof fields['code'] === 'string' ? `${fields['code']} ` : '';
    const detail = fields && typeof fields['msg'] === 'string' ? `: ${code}${fields['msg']}` : '';
    throw new UserError(`the results service refused ${method} (HTTP ${response.status}${detail})`, { code: errorCodes.networkStatus });
  }
  if (!fields)
    throw new UserError(`the results service answered ${method} with something that is not JSON`, { code: errorCodes.networkStatus });
  if (fields['ok'] !== true)
    throw new UserError(`the results service answered ${method} without ok: true`, { code: errorCodes.networkStatus });
  return fields;
}

/**
 * Uploads one small file as a zipped artifact named `name` through the results service
 * (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN from `env`): CreateArtifact, one Put Blob of the
 * zip to the signed URL, FinalizeArtifact with the zip's size and sha256. Throws a UserError
 * naming the call that failed; never logs the signed URL.
 */
export async function uploadSmallArtifact(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  fileName: string,
  data: Buffer,
  options: UploadOptions = {},
): Promise<UploadedArtifact> {
  const token = env['ACTIONS_RUNTIME_TOKEN'];
  const results = env['ACTIONS_RESULTS_URL'];
  if (!token || !results) {
    throw new UserError('no results service: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set', {
      code: errorCodes.invalidInput,
      hint: 'artifacts can only be uploaded from a step on a GitHub Actions runner',
    });
  }
  if (name.trim() === '' || FORBIDDEN_NAME.test(name)) {
    throw new UserError(`artifact name '${name}' is empty or has a character the artifact service refuses (" : < > | * ? \\ / CR LF)`, {
      code: errorCodes.invalidInput,
    });
  }
  let origin: string;
  try {
    origin = new URL(results).origin;
  } catch {
    throw new UserError(`ACTIONS_RESULTS_URL '${results}' is not a URL`, { code: errorCodes.invalidInput });
  }
  const ids = backendIdsFromToken(token);
  const now = options.now ?? Date.now;
  const zip = zipOneFile(fileName, data, options.modified ?? new Date(now()));
  const digest = `sha256:${createHash('sha256').update(zip).digest('hex')}`;
  const policy = {
    deadlines: { firstByteMs: 30_000, idleMs: 30_000, totalMs: 120_000, ...options.deadlines },
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.transport ? { transport: options.transport } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
    now,
  };
  const call = async (method: string, request: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const body = JSON.stringify(request);
    const response = await requestWithPolicy(
      `${origin}/twirp/${SERVICE}/${method}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'user-agent': 'slipway-records' },
        body,
      },
      { ...policy, what: 'the results service' },
    );
    return twirpAnswer(response, method);
  };
  const artifactIds = { workflow_run_backend_id: ids.runId, workflow_job_run_backend_id: ids.jobId };
  const expires = expiresAt(env, options.retentionDays, now());
  const created = await call('CreateArtifact', {
    ...artifactIds,
    name,
    ...(expires ? { expires_at: expires } : {}),
    version: ARTIFACT_VERSION,
    mime_type: 'application/zip',
  });
  const uploadUrl = created['signed_upload_url'];
  if (typeof uploadUrl !== 'string' || uploadUrl === '') {
    throw new UserError('the results service answered CreateArtifact without a signed_upload_url', { code: errorCodes.networkStatus });
  }
  const put = await requestWithPolicy(
    uploadUrl,
    {
      method: 'PUT',
      headers: {
        'x-ms-blob-type': 'BlockBlob',
        'x-ms-version': BLOB_API_VERSION,
        'x-ms-blob-content-type': 'application/zip',
        'content-type': 'application/zip',
      },
      body: zip,
    },
    { ...policy, what: 'the artifact blob storage' },
  );
  const answer = put.body.toString('utf8');
  if (put.status !== 201) {
    const code = put.headers.get('x-ms-error-code') ?? /<Code>([^<]*)<\/Code>/.exec(answer)?.[1];
    throw new UserError(`the artifact blob storage refused the upload (HTTP ${put.status}${code ? `, ${code}` : ''})`, {
      code: errorCodes.networkStatus,
    });
  }
  const finalized = await call('FinalizeArtifact', { ...artifactIds, name, size: String(zip.length), hash: digest });
  const id = Number(finalized['artifact_id']);
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new UserError('the results service answered FinalizeArtifact without an artifact_id', { code: errorCodes.networkStatus });
  }
  return { id, size: zip.length, digest };
}

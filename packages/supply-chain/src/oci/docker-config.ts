import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { decode, decodeDocument, parseJson, readTextFile, SMALL_FILE_LIMIT, UserError } from '@slipway/core';

/** The docker config folder a step or a shell uses: `$DOCKER_CONFIG`, else `~/.docker` (none without HOME). */
export function dockerConfigDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  return env['DOCKER_CONFIG'] ?? (env['HOME'] ? join(env['HOME'], '.docker') : undefined);
}

/**
 * What to log in to one registry with: a username and password (or a token used as one), or an
 * identity token (a refresh token `docker login` keeps), which only the OAuth2 token flow accepts.
 */
export type RegistryCredentials = { username: string; password: string } | { identityToken: string };

const dockerConfig = decode.object({
  auths: decode.withDefault(
    decode.record(
      decode.object({
        auth: decode.optional(decode.string),
        username: decode.optional(decode.string),
        password: decode.optional(decode.string),
        identitytoken: decode.optional(decode.string),
      }),
    ),
    {},
  ),
  credHelpers: decode.withDefault(decode.record(decode.string), {}),
  credsStore: decode.optional(decode.string),
});

export type DockerConfig = ReturnType<typeof dockerConfig>;

/** Parses a docker `config.json` (what `docker login` and docker/login-action write). */
export function parseDockerConfig(text: string, source: string): DockerConfig {
  return decodeDocument(dockerConfig, parseJson(text, source), source);
}

/** Reads `<dir>/config.json`; a missing file is no credentials, an unreadable one an error. */
export async function readDockerConfig(dir: string): Promise<DockerConfig | undefined> {
  const path = `${dir.replace(/\/+$/, '')}/config.json`;
  try {
    await access(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
  }
  return parseDockerConfig(await readTextFile(path, 'docker config', { maxBytes: SMALL_FILE_LIMIT }), path);
}

function hostOf(key: string): string {
  return key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
}

/**
 * The credentials the config holds for `registry` (keys may carry a scheme or path, and Docker
 * Hub is stored as `https://index.docker.io/v1/`).
 */
export function credentialsFor(config: DockerConfig, registry: string, source = 'docker config'): RegistryCredentials | undefined {
  const wanted = registry === 'docker.io' ? ['docker.io', 'index.docker.io', 'registry-1.docker.io'] : [registry];
  for (const [key, entry] of Object.entries(config.auths)) {
    if (!wanted.includes(hostOf(key))) continue;
    if (entry.identitytoken) return { identityToken: entry.identitytoken };
    if (entry.username !== undefined && entry.password !== undefined) return { username: entry.username, password: entry.password };
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0) throw new UserError(`${source}: auths["${key}"].auth is not base64 of user:password`);
      return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
  }
  return undefined;
}

/** The credential helper the config names for `registry` (Slipway does not run helpers; callers warn). */
export function credentialHelperFor(config: DockerConfig, registry: string): string | undefined {
  return config.credHelpers[registry] ?? config.credsStore;
}

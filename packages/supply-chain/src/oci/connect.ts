import { OciClient } from './client.js';
import { credentialHelperFor, credentialsFor, readDockerConfig, type RegistryCredentials } from './docker-config.js';

/** Where credentials may come from, in order: explicit ones, then the docker config folder. */
export interface CredentialSources {
  username?: string | undefined;
  password?: string | undefined;
  /** `$DOCKER_CONFIG` or `~/.docker`. */
  dockerConfigDir?: string | undefined;
  warn?: (message: string) => void;
  fetch?: typeof fetch;
}

/** An OCI client for `registry` with the best credentials available (anonymous when none). */
export async function connectRegistry(registry: string, sources: CredentialSources): Promise<OciClient> {
  let credentials: RegistryCredentials | undefined;
  if (sources.username && sources.password) credentials = { username: sources.username, password: sources.password };
  else if (sources.dockerConfigDir) {
    const config = await readDockerConfig(sources.dockerConfigDir);
    if (config) {
      credentials = credentialsFor(config, registry, `${sources.dockerConfigDir}/config.json`);
      const helper = credentialHelperFor(config, registry);
      if (!credentials && helper) {
        sources.warn?.(
          `The docker config keeps ${registry}'s credentials in docker-credential-${helper}, which is not run; trying anonymously`,
        );
      }
    }
  }
  return new OciClient({
    registry,
    ...(credentials ? { credentials } : {}),
    ...(sources.fetch ? { fetch: sources.fetch } : {}),
    ...(sources.warn ? { warn: sources.warn } : {}),
  });
}

import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { UserError, type Logger } from '@slipway/core';
import { verifySha256 } from './checksum.js';
import { pinnedRelease, pinnedVersion } from './scanner-release.js';

/** Finds an executable on a PATH string. */
export async function findOnPath(name: string, path: string): Promise<string | undefined> {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    if (
      await access(candidate, constants.X_OK).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  return undefined;
}

/** Where the scanner binary comes from: a given path, PATH, the tool cache, or a verified download. */
export interface ScannerLocator {
  locate(tool: 'trivy' | 'grype', options: { path?: string; version?: string }): Promise<string>;
}

/** The runner's locator: `scanner-path`, then PATH, then `@actions/tool-cache` with a pinned checksum. */
export function toolCacheLocator(env: { PATH?: string }, log: Logger, arch: string = process.arch): ScannerLocator {
  return {
    locate: async (tool, options) => {
      if (options.path) {
        if (
          !(await access(options.path, constants.X_OK).then(
            () => true,
            () => false,
          ))
        ) {
          throw new UserError(`Input 'scanner-path': ${options.path} is not an executable file`);
        }
        return options.path;
      }
      const version = options.version ?? pinnedVersion(tool);
      if (!options.version) {
        const onPath = await findOnPath(tool, env.PATH ?? '');
        if (onPath) return onPath;
      }
      const release = pinnedRelease(tool, version, arch);
      if (!release) {
        throw new UserError(`${tool} ${version} for ${arch} has no pinned checksum, so it cannot be installed safely`, {
          hint: `use the pinned ${pinnedVersion(tool)}, or install ${tool} yourself and set 'scanner-path'`,
        });
      }
      // Only a pinned version is taken from the tool cache: it was verified when it was put there.
      // @actions/tool-cache (with @actions/http-client and undici) only when a scanner has to be found or fetched.
      const tc = await import('@actions/tool-cache');
      const cached = tc.find(tool, version);
      if (cached) return join(cached, tool);
      log.info(`Installing ${tool} ${version} from ${release.url}`);
      const archive = await tc.downloadTool(release.url);
      await verifySha256(archive, release.sha256, release.url);
      const dir = await tc.extractTar(archive);
      return join(await tc.cacheDir(dir, tool, version), tool);
    },
  };
}

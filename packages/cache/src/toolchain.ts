import type { ProjectFiles, Toolchain } from './ecosystems.js';

const clean = (s: string): string => s.replace(/[^A-Za-z0-9._]+/g, '_').replace(/^_+|_+$/g, '');

/** The first `major` or `major.minor` of a version constraint (`>=24.1` -> `24`, `3.12.4` -> `3.12`). */
function versionPart(text: string, parts: 1 | 2): string | undefined {
  const match = /(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return undefined;
  return parts === 2 && match[2] !== undefined ? `${match[1]}.${match[2]}` : match[1];
}

type Finder = (read: (rel: string) => Promise<string | undefined>) => Promise<string | undefined>;

const first = (...finders: Finder[]): Finder => {
  return async (read) => {
    for (const f of finders) {
      const found = await f(read);
      if (found) return found;
    }
    return undefined;
  };
};

const fileVersion =
  (file: string, name: string, parts: 1 | 2): Finder =>
  async (read) => {
    const text = (await read(file))?.trim();
    if (!text) return undefined;
    if (/^lts\//.test(text)) return `${name}-${clean(text.replace('lts/', 'lts-'))}`;
    const v = versionPart(text, parts);
    return v ? `${name}${v}` : undefined;
  };

const regexVersion =
  (file: string, pattern: RegExp, name: string, parts: 1 | 2): Finder =>
  async (read) => {
    const match = pattern.exec((await read(file)) ?? '');
    const v = match?.[1] ? versionPart(match[1], parts) : undefined;
    return v ? `${name}${v}` : undefined;
  };

const rustChannel: Finder = async (read) => {
  const text = (await read('rust-toolchain.toml')) ?? (await read('rust-toolchain'));
  if (!text) return undefined;
  const channel = /channel\s*=\s*"([^"]+)"/.exec(text)?.[1] ?? text.trim().split('\n')[0] ?? '';
  const v = /^\d/.test(channel) ? versionPart(channel, 2) : clean(channel);
  return v ? `rust${/^\d/.test(v) ? '' : '-'}${v}` : undefined;
};

/**
 * Where each toolchain's version is pinned in a tree. Read from files, never from the machine,
 * so `slipway cache plan` on a laptop computes the same key as the action on a runner.
 */
const FINDERS: Record<Toolchain, Finder> = {
  node: first(
    fileVersion('.node-version', 'node', 1),
    fileVersion('.nvmrc', 'node', 1),
    regexVersion('package.json', /"volta"\s*:\s*\{[^}]*"node"\s*:\s*"([^"]+)"/, 'node', 1),
    regexVersion('package.json', /"engines"\s*:\s*\{[^}]*"node"\s*:\s*"([^"]+)"/, 'node', 1),
  ),
  python: first(
    fileVersion('.python-version', 'python', 2),
    regexVersion('pyproject.toml', /requires-python\s*=\s*"([^"]+)"/, 'python', 2),
  ),
  go: first(regexVersion('go.mod', /^toolchain\s+go(\S+)/m, 'go', 2), regexVersion('go.mod', /^go\s+(\S+)/m, 'go', 2)),
  rust: rustChannel,
  java: first(
    fileVersion('.java-version', 'java', 1),
    regexVersion('.tool-versions', /^java\s+\D*(\d\S*)/m, 'java', 1),
    regexVersion('gradle/wrapper/gradle-wrapper.properties', /gradle-(\d[\d.]*)-(?:bin|all)\.zip/, 'gradle', 2),
    regexVersion('.mvn/wrapper/maven-wrapper.properties', /apache-maven\/(\d[\d.]*)\//, 'maven', 2),
  ),
};

/**
 * The `<toolchain version>` part of a key: each toolchain the layer uses with the version its
 * project pins (`node24`, `go1.22`), the bare name when nothing pins it; joined with `_`.
 */
export async function toolchainPart(toolchains: readonly Toolchain[], places: readonly ProjectFiles[]): Promise<string> {
  const parts: string[] = [];
  for (const toolchain of [...new Set(toolchains)].sort()) {
    let found: string | undefined;
    for (const place of places) {
      found = await FINDERS[toolchain](place.read);
      if (found) break;
    }
    parts.push(found ?? toolchain);
  }
  return parts.length > 0 ? parts.join('_') : 'any';
}

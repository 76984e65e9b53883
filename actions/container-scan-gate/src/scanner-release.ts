/** A scanner release pinned by version and the sha256 of each platform's archive. */
export interface PinnedRelease {
  tool: 'trivy' | 'grype';
  version: string;
  url: string;
  sha256: string;
}

// Checksums from each project's published checksums file for these releases.
const PINS = {
  trivy: {
    version: '0.62.1',
    x64: '7da92b2ca503d08eb15e717585fa4ffb95ef2c5dc4c554204882d7d26d386a6a',
    arm64: '50e13c5cdd3e3b610e0dc554e3bc58bc6f58eabe3e42a6b28961a23ac6eff0df',
  },
  grype: {
    version: '0.92.2',
    x64: '0b378a8d4153aa71d9ce95a3597f241a90f98b957a5694041d0ec04c6600b115',
    arm64: 'da22daf543e84f6eefc00643e45aa555b9e53481f849823c5a3a8ede700b499a',
  },
} as const;

/** The default pinned version of a scanner. */
export function pinnedVersion(tool: 'trivy' | 'grype'): string {
  return PINS[tool].version;
}

/** The pinned Linux release of a scanner for this CPU; undefined when there is no pin for it. */
export function pinnedRelease(tool: 'trivy' | 'grype', version: string, arch: string): PinnedRelease | undefined {
  const pin = PINS[tool];
  const cpu = arch === 'arm64' ? 'arm64' : arch === 'x64' ? 'x64' : undefined;
  if (version !== pin.version || cpu === undefined) return undefined;
  const url =
    tool === 'trivy'
      ? `https://github.com/aquasecurity/trivy/releases/download/v${version}/trivy_${version}_Linux-${cpu === 'x64' ? '64bit' : 'ARM64'}.tar.gz`
      : `https://github.com/anchore/grype/releases/download/v${version}/grype_${version}_linux_${cpu === 'x64' ? 'amd64' : 'arm64'}.tar.gz`;
  return { tool, version, url, sha256: pin[cpu] };
}

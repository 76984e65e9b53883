import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import { join } from 'node:path';
import { ECOSYSTEMS, isYarnBerry, type Ecosystem, type EcosystemId, type ProjectFiles } from './ecosystems.js';

/** One project found under the working directory: a folder with an ecosystem's lockfile or manifest. */
export interface DetectedProject {
  ecosystem: Ecosystem;
  /** The project's folder relative to the working directory ('' for the working directory itself). */
  dir: string;
  files: ProjectFiles;
}

/** The files under `dir` of a sorted list: a contiguous range, found by binary search. */
export function filesUnder(sorted: readonly string[], dir: string): string[] {
  if (dir === '') return [...sorted];
  const prefix = `${dir}/`;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && (sorted[i] ?? '').startsWith(prefix); i++) out.push((sorted[i] ?? '').slice(prefix.length));
  return out;
}

function projectFiles(root: string, sorted: readonly string[], dir: string): ProjectFiles {
  let files: string[] | undefined;
  return {
    dir,
    get files() {
      files ??= filesUnder(sorted, dir);
      return files;
    },
    read: async (rel) => {
      try {
        return await readFile(join(root, dir, rel), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/** Finds every project of every known ecosystem in a sorted file list of `root`, nested ones included. */
export async function detectProjects(root: string, sorted: readonly string[]): Promise<DetectedProject[]> {
  const found = new Map<string, DetectedProject>();
  for (const file of sorted) {
    const name = posix.basename(file);
    const dir = posix.dirname(file) === '.' ? '' : posix.dirname(file);
    for (const ecosystem of ECOSYSTEMS) {
      if (!ecosystem.marker(name) || found.has(`${ecosystem.id}\0${dir}`)) continue;
      const files = projectFiles(root, sorted, dir);
      let actual: Ecosystem = ecosystem;
      if (ecosystem.id === 'yarn-classic' || ecosystem.id === 'yarn-berry') {
        const berry = await isYarnBerry(files);
        const want: EcosystemId = berry ? 'yarn-berry' : 'yarn-classic';
        if (ecosystem.id !== want) continue;
        actual = ECOSYSTEMS.find((e) => e.id === want) ?? ecosystem;
      }
      found.set(`${actual.id}\0${dir}`, { ecosystem: actual, dir, files });
    }
  }
  // A Gradle project's subprojects each have a build.gradle; the settings file's folder is the project.
  const gradleRoots = [...found.values()].filter((p) => p.ecosystem.id === 'gradle').map((p) => p.dir);
  for (const [id, project] of found) {
    if (project.ecosystem.id !== 'gradle') continue;
    if (gradleRoots.some((r) => r !== project.dir && (r === '' || project.dir.startsWith(`${r}/`)))) found.delete(id);
  }
  return [...found.values()].sort(
    (a, b) => a.dir.localeCompare(b.dir) || ECOSYSTEMS.indexOf(a.ecosystem) - ECOSYSTEMS.indexOf(b.ecosystem),
  );
}

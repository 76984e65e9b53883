import type { ContentDifference, DifferingContent } from './difference.js';
import type { Explanation } from './explain.js';

/** The likely reasons a build is not reproducible, named from the pattern of the difference. */
export type CauseId =
  | 'build-path'
  | 'embedded-date'
  | 'time-zone'
  | 'locale'
  | 'host-name'
  | 'user-name'
  | 'sort-order'
  | 'gzip-header-time'
  | 'file-mtime'
  | 'file-order'
  | 'file-mode'
  | 'file-owner'
  | 'unknown';

/** A named cause, what points at it, and the usual fix. */
export interface Cause {
  id: CauseId;
  title: string;
  evidence: string;
  fix: string;
}

/** What a run varied, as far as naming a cause needs it. */
export interface RunFacts {
  /** Absolute paths the build ran at (the copy's root and the working folder in it). */
  paths: string[];
  hostname: string | undefined;
  user: string | undefined;
  timeZone: string | undefined;
  locale: string | undefined;
}

const TITLES: Record<CauseId, [string, string]> = {
  'build-path': [
    'the build path',
    'do not embed absolute paths: use paths relative to the project, or a fixed prefix (e.g. -ffile-prefix-map)',
  ],
  'embedded-date': [
    'an embedded date',
    'take the time from SOURCE_DATE_EPOCH instead of the clock (https://reproducible-builds.org/docs/source-date-epoch/)',
  ],
  'time-zone': ['the time zone', 'format dates in UTC (TZ=UTC or an explicit zone), not in the local zone'],
  locale: ['the locale', 'set LC_ALL=C.UTF-8 for the build, or format and sort without the locale'],
  'host-name': ['the host name', 'do not embed the machine name'],
  'user-name': ['the user name', 'do not embed the name of the user who built it'],
  'sort-order': ['the order of lines', 'sort the lines with a fixed collation (LC_ALL=C sort) and list directories sorted'],
  'gzip-header-time': [
    'the gzip header time',
    'compress with gzip -n (no name, no time) or set the header mtime to 0 or SOURCE_DATE_EPOCH',
  ],
  'file-mtime': [
    'file modification times',
    'set archive member times from SOURCE_DATE_EPOCH (tar --mtime=@$SOURCE_DATE_EPOCH --clamp-mtime; zip: touch -d @$SOURCE_DATE_EPOCH first)',
  ],
  'file-order': ['file order', 'add files in sorted order (tar --sort=name; zip: sort the file list)'],
  'file-mode': ['file permissions (the umask)', 'normalise modes in the archive (tar --mode=go-w,a+rX) or set umask 022 in the build'],
  'file-owner': ['file owner', 'store a fixed owner (tar --owner=0 --group=0 --numeric-owner)'],
  unknown: ['an unrecognised difference', 'read the diffoscope report (--report DIR with diffoscope installed) to see the differing bytes'],
};

const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
const DATE_PATTERNS: RegExp[] = [
  /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/,
  new RegExp(`\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun),? +(${MONTHS}) +\\d{1,2} +\\d{2}:\\d{2}`),
  new RegExp(`\\b\\d{1,2} (${MONTHS}) \\d{4} \\d{2}:\\d{2}`),
  /\b\d{2}:\d{2}:\d{2}\b/,
  /\b\d{4}-\d{2}-\d{2}\b/,
  /\b1[6-9]\d{8}(\d{3})?\b/,
];

/** The renderings of a zone's offset that date tools print: +0545, +05:45, GMT+05:45. */
function offsetTokens(timeZone: string | undefined): string[] {
  if (!timeZone) return [];
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value;
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(part ?? '');
    if (!m) return [];
    return [`${m[1]}${m[2]}${m[3]}`, `${m[1]}${m[2]}:${m[3]}`];
  } catch {
    return [];
  }
}

/** The text around a difference: the differing lines of a text, or bytes around the first differing offset. */
function differingText(content: DifferingContent, difference: ContentDifference | undefined): [string, string] {
  if (difference?.lines && difference.lines.length > 0) {
    return [difference.lines.map((l) => l.first ?? '').join('\n'), difference.lines.map((l) => l.second ?? '').join('\n')];
  }
  const at = difference?.offset ?? 0;
  const slice = (b: Buffer): string => b.subarray(Math.max(0, at - 96), at + 96).toString('latin1');
  return [slice(content.first), slice(content.second)];
}

function walk(d: ContentDifference, visit: (d: ContentDifference) => void): void {
  visit(d);
  for (const m of d.members ?? []) if (m.inner) walk(m.inner, visit);
}

/** Finds the explanation node for a leaf by its place (`out.tgz!package/x`). */
function leafNode(root: ContentDifference, where: string, rootName: string): ContentDifference | undefined {
  if (where === rootName || where.startsWith(`${rootName} (`)) return root;
  let found: ContentDifference | undefined;
  const search = (d: ContentDifference, prefix: string): void => {
    for (const m of d.members ?? []) {
      const place = `${prefix}!${m.member}`;
      if (!m.inner) continue;
      if (where === place || where.startsWith(`${place} (`)) found = m.inner;
      else if (where.startsWith(`${place}!`)) search(m.inner, place);
    }
  };
  search(root, rootName);
  return found;
}

const cite = (s: string): string => JSON.stringify(s.length > 120 ? `${s.slice(0, 117)}...` : s);

/**
 * Names the likely causes of one output's difference between two runs, most specific first:
 * content that holds a run's own path, date, zone, locale, host or user, then archive metadata.
 */
export function nameCauses(name: string, explanation: Explanation, first: RunFacts, second: RunFacts): Cause[] {
  const found = new Map<CauseId, string>();
  const add = (id: CauseId, evidence: string): void => {
    if (!found.has(id)) found.set(id, evidence);
  };
  for (const content of explanation.contents) {
    const node = leafNode(explanation.difference, content.where, name);
    const [a, b] = differingText(content, node);
    const holds = (bytes: Buffer, text: string, values: (string | undefined)[]): string | undefined =>
      values.find((v) => v !== undefined && v.length >= 4 && (text.includes(v) || bytes.includes(v)));
    const pathA = holds(content.first, a, first.paths);
    const pathB = holds(content.second, b, second.paths);
    if (pathA || pathB) add('build-path', `${content.where} holds the build folder ${pathA ?? pathB ?? ''}`);
    if (first.hostname !== second.hostname) {
      const h = holds(content.first, a, [first.hostname]) ?? holds(content.second, b, [second.hostname]);
      if (h) add('host-name', `${content.where} holds the host name ${h}`);
    }
    if (first.user !== second.user) {
      const u = holds(content.first, a, [first.user]) ?? holds(content.second, b, [second.user]);
      if (u) add('user-name', `${content.where} holds the user name ${u}`);
    }
    if (first.locale !== second.locale) {
      const l = holds(content.first, a, [first.locale]) ?? holds(content.second, b, [second.locale]);
      if (l) add('locale', `${content.where} holds the locale name ${l}`);
    }
    const dateA = DATE_PATTERNS.map((p) => p.exec(a)?.[0]).find(Boolean);
    const dateB = DATE_PATTERNS.map((p) => p.exec(b)?.[0]).find(Boolean);
    if (dateA && dateB && dateA !== dateB) add('embedded-date', `${content.where}: ${cite(dateA)} vs ${cite(dateB)}`);
    else if ((dateA ?? dateB) && node?.lines) add('embedded-date', `${content.where}: ${cite(dateA ?? dateB ?? '')}`);
    if (first.timeZone !== second.timeZone) {
      const zoneA = offsetTokens(first.timeZone).find((t) => a.includes(t));
      const zoneB = offsetTokens(second.timeZone).find((t) => b.includes(t));
      if ((zoneA ?? zoneB) && zoneA !== zoneB)
        add(
          'time-zone',
          `${content.where} shows the zone offset ${zoneA ?? zoneB ?? ''} of TZ=${zoneA ? first.timeZone : second.timeZone}`,
        );
    }
    if (node?.lines && node.lines.length > 1) {
      const sorted = (xs: (string | undefined)[]): string =>
        xs
          .filter((x) => x !== undefined)
          .sort()
          .join('\n');
      const xs = node.lines.map((l) => l.first);
      const ys = node.lines.map((l) => l.second);
      if (sorted(xs) === sorted(ys))
        add('sort-order', `${content.where}: the same ${xs.length} lines in another order from line ${node.lines[0]?.line ?? '?'}`);
    }
  }
  walk(explanation.difference, (d) => {
    const header = d.header?.find((h) => h.startsWith('header mtime'));
    if (header) add('gzip-header-time', `${name}: ${header}`);
    if (d.order)
      add('file-order', `${name}: member ${d.order.position + 1} is ${d.order.first} in one build and ${d.order.second} in the other`);
    for (const m of d.members ?? []) {
      const detail = (prefix: string): string => m.details.find((x) => x.startsWith(prefix)) ?? '';
      if (m.aspects.includes('mtime')) add('file-mtime', `${m.member}: ${detail('mtime')}`);
      if (m.aspects.includes('mode')) add('file-mode', `${m.member}: ${detail('mode')}`);
      if (m.aspects.includes('owner')) add('file-owner', `${m.member}: ${detail('owner')}`);
    }
  });
  if (found.size === 0) add('unknown', explanation.difference.summary);
  return [...found].map(([id, evidence]) => ({ id, title: TITLES[id][0], evidence, fix: TITLES[id][1] }));
}

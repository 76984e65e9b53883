/** What kind of content a difference was found in. */
export type ContentFormat = 'npm-tarball' | 'tar.gz' | 'tar' | 'gzip' | 'zip' | 'text' | 'binary';

/** The part of an archive member that differs between two builds. */
export type Aspect = 'bytes' | 'mtime' | 'mode' | 'owner' | 'type' | 'only-in-first' | 'only-in-second';

/** One archive member that differs, and how. */
export interface MemberDifference {
  member: string;
  aspects: Aspect[];
  /** One line per aspect: "mtime 2026-12-06T10:00:01Z vs 2026-12-06T10:00:09Z". */
  details: string[];
  /** Where the member's bytes differ, when they do. */
  inner?: ContentDifference;
}

/** A line that differs between two texts (1-based line number; absent on the side that ends first). */
export interface LineDifference {
  line: number;
  first: string | undefined;
  second: string | undefined;
}

/** Where two contents differ, recursively through archives. */
export interface ContentDifference {
  format: ContentFormat;
  /** One sentence: "3 of 12 members differ (mtime)". */
  summary: string;
  /** gzip header fields that differ ("header mtime 0 vs 1765000000"). */
  header?: string[];
  /** The first position where the member order differs, when both hold the same members in another order. */
  order?: { position: number; first: string; second: string };
  /** The differing members (at most the first few dozen); `membersDiffering` counts them all. */
  members?: MemberDifference[];
  membersDiffering?: number;
  membersTotal?: number;
  /** The first differing lines of a text. */
  lines?: LineDifference[];
  /** The first differing byte of binary content, and both sizes. */
  offset?: number;
  sizes?: [number, number];
}

/** The differing bytes at one place (an output or an archive member), kept for naming the cause. */
export interface DifferingContent {
  where: string;
  first: Buffer;
  second: Buffer;
}

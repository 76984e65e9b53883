// archiver 7 ships no types; this is the part the local GitHub API server uses to build
// artifact zips the way @actions/artifact does.
declare module 'archiver' {
  import type { Readable } from 'node:stream';
  interface Archiver extends Readable {
    append(source: string | Buffer, data: { name: string }): this;
    finalize(): Promise<void>;
  }
  export default function archiver(format: 'zip', options?: { zlib?: { level?: number } }): Archiver;
}

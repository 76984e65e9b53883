/** The OCI tag-schema fallback tag for a subject: `sha256-<hex>` (algorithm, dash, hex). */
export function referrersFallbackTag(digest: string): string {
  return digest.replace(':', '-').slice(0, 128);
}

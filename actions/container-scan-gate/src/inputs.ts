import { input, readInputs, UserError, type InputsOf, type ReadInput } from '@slipway/core';

/** The action's inputs, as `action.yml` declares them. */
export const inputSchema = {
  reports: input.lines(),
  image: input.lines(),
  scanner: input.oneOf(['trivy', 'grype'] as const, { default: 'trivy' }),
  'scanner-version': input.string(),
  'scanner-path': input.path(),
  scanners: input.string({ default: 'vuln,secret' }),
  'scanner-args': input.lines(),
  'malware-scan': input.lines(),
  'clamav-database': input.path(),
  policy: input.path(),
  'ignore-files': input.lines(),
  vex: input.lines(),
  sarif: input.path({ default: 'container-scan-gate.sarif' }),
  json: input.path({ default: 'container-scan-gate.json' }),
  'sla-cache': input.boolean({ default: 'true' }),
  record: input.oneOf(['artifact', 'file', 'none'] as const, { default: 'artifact' }),
};
export type Inputs = InputsOf<typeof inputSchema>;

/** One image to scan: its name (the label of its findings) and what the scanner reads. */
export interface ImageTarget {
  name: string;
  /** A directory (an unpacked image filesystem) or an image archive; absent: pull by name. */
  path?: string;
}

/** `NAME` or `NAME=PATH` (a name for an unpacked filesystem or an archive). */
export function parseTarget(line: string, what: string): ImageTarget {
  const at = line.indexOf('=');
  if (at < 0) return { name: line };
  const name = line.slice(0, at).trim();
  const path = line.slice(at + 1).trim();
  if (!name || !path) throw new UserError(`Input '${what}' has '${line}'; write NAME or NAME=PATH`);
  return { name, path };
}

/** Reads and cross-checks the inputs: something to gate must be given. */
export function parseInputs(read: ReadInput): Inputs {
  const inputs = readInputs(inputSchema, read);
  if (inputs.reports.length === 0 && inputs.image.length === 0 && inputs.malwareScan.length === 0) {
    throw new UserError("Nothing to gate: set 'reports' (scanner JSON reports), 'image' (images to scan) or 'malware-scan'");
  }
  for (const line of inputs.image) parseTarget(line, 'image');
  for (const line of inputs.malwareScan) parseTarget(line, 'malware-scan');
  return inputs;
}

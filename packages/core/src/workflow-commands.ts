import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { access, appendFile, constants } from 'node:fs/promises';
import { EOL } from 'node:os';
import { delimiter as pathDelimiter } from 'node:path';

// The runner's side of a step, spoken directly: workflow commands on stdout (`::warning
// file=a.ts::text`) and the file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH,
// GITHUB_STEP_SUMMARY), written exactly as @actions/core writes them. @actions/core itself
// imports its OIDC client at load, and with it @actions/http-client and undici (about 1 MB,
// 130 ms of every step's start) that no Slipway action uses: actions get their OIDC tokens
// through the supply-chain engine. test/workflow-commands.test.ts holds this file to
// @actions/core's output.

/** Where an annotation points (the runner shows it on that line of that file). */
export interface CommandProperties {
  title?: string | undefined;
  file?: string | undefined;
  line?: number | undefined;
  endLine?: number | undefined;
}

const toCommandValue = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
const escapeData = (s: unknown): string => toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: unknown): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** The text of one workflow command: `::name key=value,...::message`, properties without a value left out. */
export function commandText(command: string, properties: Readonly<object>, message: unknown): string {
  const props = Object.entries(properties)
    .filter(([, v]) => Boolean(v))
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',');
  return `::${command || 'missing.command'}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** Writes one workflow command to stdout. */
export function issueCommand(command: string, properties: Readonly<object>, message: unknown): void {
  process.stdout.write(commandText(command, properties, message) + EOL);
}

/** `name<<delimiter` / value / `delimiter`, with a random delimiter that neither the name nor the value holds. */
export function keyValueMessage(name: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const text = toCommandValue(value);
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (text.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}`;
}

/** Appends a line to the runner's file for `GITHUB_<command>`; throws when the variable or the file is missing. */
function issueFileCommand(command: 'OUTPUT' | 'STATE' | 'ENV' | 'PATH', message: string): void {
  const path = process.env[`GITHUB_${command}`];
  if (!path) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  appendFileSync(path, `${message}${EOL}`, { encoding: 'utf8' });
}

/** The input `name` as the runner passes it (`INPUT_<NAME>`, spaces as underscores), trimmed; '' when unset. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** Sets a step output (GITHUB_OUTPUT, else the old `set-output` command). */
export function setOutput(name: string, value: unknown): void {
  if (process.env['GITHUB_OUTPUT']) return issueFileCommand('OUTPUT', keyValueMessage(name, value));
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

/** Saves a value for the post step (GITHUB_STATE, else the old `save-state` command). */
export function saveState(name: string, value: unknown): void {
  if (process.env['GITHUB_STATE']) return issueFileCommand('STATE', keyValueMessage(name, value));
  issueCommand('save-state', { name }, toCommandValue(value));
}

/** A value the main step saved (`STATE_<name>`); '' when unset. */
export function getState(name: string): string {
  return process.env[`STATE_${name}`] || '';
}

/** Sets a variable for this step and the job's later steps. */
export function exportVariable(name: string, value: unknown): void {
  process.env[name] = toCommandValue(value);
  if (process.env['GITHUB_ENV']) return issueFileCommand('ENV', keyValueMessage(name, value));
  issueCommand('set-env', { name }, toCommandValue(value));
}

/** Puts a folder first on PATH for this step and the job's later steps. */
export function addPath(dir: string): void {
  if (process.env['GITHUB_PATH']) issueFileCommand('PATH', dir);
  else issueCommand('add-path', {}, dir);
  process.env['PATH'] = `${dir}${pathDelimiter}${process.env['PATH']}`;
}

/** Asks the runner to mask a value in the log. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

/** A log line as is. */
export function info(message: string): void {
  process.stdout.write(message + EOL);
}

/** An annotation or debug line: `debug`, `notice`, `warning` or `error`. */
export function annotate(level: 'debug' | 'notice' | 'warning' | 'error', message: string, properties: CommandProperties = {}): void {
  issueCommand(level, properties, message);
}

/** Runs `fn` inside a collapsible log group, closing it however `fn` ends. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issueCommand('group', {}, name);
  try {
    return await fn();
  } finally {
    issueCommand('endgroup', {}, '');
  }
}

/** Fails the step: exit code 1 and an error line. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  annotate('error', message);
}

/** Appends markdown and a line end to the job summary file (GITHUB_STEP_SUMMARY), which must exist and be writable. */
export async function appendSummary(markdown: string): Promise<void> {
  const path = process.env['GITHUB_STEP_SUMMARY'];
  if (!path) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  }
  try {
    await access(path, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
  }
  await appendFile(path, markdown + EOL, { encoding: 'utf8' });
}

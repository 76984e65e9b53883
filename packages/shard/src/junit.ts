import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { UserError } from '@slipway/core';
import type { JUnitFlavor, Outcome, TestRecord, TimingSource } from './model.js';

type Node = Record<string, unknown>;

const ARRAYS = new Set(['testsuites.testsuite', 'testsuite.testsuite', 'testsuite.testcase', 'testsuites.testcase', 'properties.property']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (_name, jpath) => {
    const parts = String(jpath).split('.');
    return ARRAYS.has(parts.slice(-2).join('.'));
  },
});

const attr = (node: Node, name: string): string | undefined => {
  const v = node[`@${name}`];
  return typeof v === 'string' ? v : undefined;
};
const children = (node: Node, name: string): Node[] => {
  const v = node[name];
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => (typeof x === 'object' && x !== null ? (x as Node) : {}));
};
const has = (node: Node, name: string): boolean => node[name] !== undefined;

/** Parses a JUnit XML report (jest-junit, pytest, Surefire, go-junit-report, Playwright, node --test). */
export function parseJUnit(text: string, source: string): TimingSource {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new UserError(`${source} is not well-formed JUnit XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`, {
      hint: 'the test run may have been cut short while writing the report; rerun it or drop this file',
    });
  }
  const doc = parser.parse(text) as Node;
  const root = (doc['testsuites'] ?? doc['testsuite']) as Node | undefined;
  if (root === undefined || typeof root !== 'object') {
    throw new UserError(`${source} is not a JUnit report: its root element must be <testsuites> or <testsuite>`);
  }
  // node --test writes <testcase> straight under <testsuites>: the root then acts as a suite too.
  const suites = doc['testsuites'] && children(root, 'testcase').length === 0 ? flattenSuites(root) : [root, ...flattenSuites(root)];
  const flavor = detectFlavor(doc, suites);
  const tests: TestRecord[] = [];
  const files = new Map<string, number>();
  for (const suite of suites) {
    const suiteTests: TestRecord[] = [];
    for (const [i, tc] of children(suite, 'testcase').entries()) {
      const name = attr(tc, 'name');
      if (name === undefined)
        throw new UserError(`${source}: <testcase> #${i + 1} of suite '${attr(suite, 'name') ?? '?'}' has no name attribute`);
      const seconds = parseTime(attr(tc, 'time'), `${source}: testcase '${name}' time`);
      const located = locate(flavor, suite, tc, name);
      suiteTests.push({ file: located.file, name: located.name, seconds, outcome: outcomeOf(tc), retried: retriedOf(tc) });
    }
    const merged = flavor === 'go' ? foldSubtests(suiteTests) : suiteTests;
    tests.push(...merged);
    const suiteFiles = new Set(merged.map((t) => t.file));
    const suiteTime = attr(suite, 'time');
    // A suite time covers set-up the test times miss, but only means a file time when the suite is one file.
    if (suiteFiles.size === 1 && suiteTime !== undefined && flavor !== 'pytest') {
      const [file] = suiteFiles;
      const seconds = parseTime(suiteTime, `${source}: testsuite '${attr(suite, 'name') ?? ''}' time`);
      if (file !== undefined) files.set(file, (files.get(file) ?? 0) + seconds);
    }
  }
  return { source, format: 'junit', flavor, tests: mergeRepeats(tests), files };
}

function flattenSuites(node: Node): Node[] {
  return children(node, 'testsuite').flatMap((s) => [s, ...flattenSuites(s)]);
}

function parseTime(raw: string | undefined, where: string): number {
  if (raw === undefined || raw === '') return 0;
  // Some reporters write thousands separators (1,234.5).
  const n = Number(raw.replace(/,/g, ''));
  if (!Number.isFinite(n) || n < 0) throw new UserError(`${where}: expected seconds as a non-negative number, got '${raw}'`);
  return n;
}

function detectFlavor(doc: Node, suites: Node[]): JUnitFlavor {
  const top = doc['testsuites'] as Node | undefined;
  const topName = top ? attr(top, 'name') : undefined;
  if (topName === 'jest tests') return 'jest-junit';
  if (topName === 'pytest tests' || suites.some((s) => attr(s, 'name') === 'pytest')) return 'pytest';
  if (suites.some((s) => children(children(s, 'properties')[0] ?? {}, 'property').some((p) => attr(p, 'name') === 'go.version')))
    return 'go';
  const first = suites.find((s) => children(s, 'testcase').length > 0);
  const tc = first ? children(first, 'testcase')[0] : undefined;
  if (tc && attr(tc, 'file')?.startsWith('/')) return 'node';
  if (suites.some((s) => (attr(s, 'xsi:noNamespaceSchemaLocation') ?? '').includes('surefire'))) return 'surefire';
  if (top && attr(top, 'id') !== undefined && suites.every((s) => /\.(spec|test)\.[cm]?[jt]sx?$/.test(attr(s, 'name') ?? '')))
    return 'playwright';
  return 'generic';
}

function locate(flavor: JUnitFlavor, suite: Node, tc: Node, name: string): { file: string; name: string } {
  const classname = attr(tc, 'classname') ?? '';
  const file = attr(tc, 'file');
  switch (flavor) {
    case 'pytest': {
      // classname is the dotted module plus any classes: tests.store.test_stock.TestPricing
      const parts = classname.split('.').filter(Boolean);
      const firstClass = parts.findIndex((p) => /^[A-Z]/.test(p));
      const moduleParts = firstClass < 0 ? parts : parts.slice(0, firstClass);
      const classes = firstClass < 0 ? [] : parts.slice(firstClass);
      return { file: file ?? `${moduleParts.join('/')}.py`, name: [...classes, name].join('::') };
    }
    case 'jest-junit':
      return { file: file ?? attr(suite, 'name') ?? classname, name: name.trim() };
    case 'go':
      return { file: classname || (attr(suite, 'name') ?? ''), name };
    case 'surefire':
      return { file: classname || (attr(suite, 'name') ?? ''), name };
    case 'playwright':
      return { file: classname || (attr(suite, 'name') ?? ''), name };
    default:
      return { file: file ?? attr(suite, 'file') ?? (classname || (attr(suite, 'name') ?? '')), name };
  }
}

function outcomeOf(tc: Node): Outcome {
  if (has(tc, 'failure') || has(tc, 'error')) return 'failed';
  if (has(tc, 'skipped')) return 'skipped';
  return 'passed';
}

/** Surefire's rerun elements: flaky* means it failed and then passed. */
function retriedOf(tc: Node): boolean {
  return has(tc, 'flakyFailure') || has(tc, 'flakyError');
}

/** Go reports subtests as `TestX/sub`; the parent's time already includes them. */
function foldSubtests(tests: TestRecord[]): TestRecord[] {
  const out = new Map<string, TestRecord>();
  const parents = new Set(tests.filter((t) => !t.name.includes('/')).map((t) => `${t.file}\0${t.name}`));
  for (const t of tests) {
    const top = t.name.split('/')[0] ?? t.name;
    const key = `${t.file}\0${top}`;
    const prev = out.get(key);
    const isSub = top !== t.name;
    if (!prev) {
      out.set(key, { ...t, name: top, seconds: isSub && parents.has(key) ? 0 : t.seconds });
      continue;
    }
    if (!isSub) prev.seconds = t.seconds;
    else if (!parents.has(key)) prev.seconds += t.seconds;
    if (t.outcome === 'failed') prev.outcome = 'failed';
    prev.retried ||= t.retried;
  }
  return [...out.values()];
}

/** A test listed twice in one report (a rerun): failed then passed is a retry, the last time counts. */
function mergeRepeats(tests: TestRecord[]): TestRecord[] {
  const out = new Map<string, TestRecord>();
  for (const t of tests) {
    const key = `${t.file}\0${t.name}`;
    const prev = out.get(key);
    if (!prev) out.set(key, t);
    else {
      // Both outcomes for one test in one run: a retry that passed, or a rerun that broke.
      const flipped = (prev.outcome === 'failed' && t.outcome === 'passed') || (prev.outcome === 'passed' && t.outcome === 'failed');
      const retried = prev.retried || t.retried || flipped;
      out.set(key, { ...t, retried, outcome: prev.outcome === 'passed' && t.outcome === 'failed' ? 'failed' : t.outcome });
    }
  }
  return [...out.values()];
}

import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { UserError } from '@slipway/core';
import type { JUnitFlavor, Outcome, TestRecord, TimingSource } from './model.js';
import { dottedModule, guessPytestPath } from './pytest-address.js';
import { readSeconds, resolveAmbiguous, StyleEvidence, type NumberReading } from './report-number.js';

/** A time as read: seconds, undefined (none given), or an ambiguous shape settled at the end. */
type Time = number | undefined | { raw: string; point: number; comma: number };

interface RawSuite {
  name: string | undefined;
  file: string | undefined;
  time: Time;
  parent: number;
}

interface RawCase {
  classname: string | undefined;
  name: string;
  file: string | undefined;
  time: Time;
  suite: number;
  outcome: Outcome;
  retried: boolean;
}

const FAILED = new Set(['failure', 'error']);
const RETRIED = new Set(['flakyFailure', 'flakyError']);
const SPEC = /\.(spec|test)\.[cm]?[jt]sx?$/;

/**
 * A streaming reader of JUnit XML reports (jest-junit, pytest, Surefire, go-junit-report,
 * Playwright, node --test): feed it text in chunks of any size, then `finish`. It keeps no
 * tree, only the open elements and one small record per test case, so its memory grows with
 * the number of tests, never with nesting or the size of outputs and stack traces.
 */
export class JUnitReader {
  private readonly parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  /** The open elements, and whether each opened a suite. */
  private readonly stack: { name: string; suite: boolean }[] = [];
  private readonly suites: RawSuite[] = [];
  private readonly suiteStack: number[] = [];
  private readonly cases: RawCase[] = [];
  private readonly evidence = new StyleEvidence();
  /** One copy of each repeated string (classnames, files), so a million cases do not hold a million copies. */
  private readonly strings = new Map<string, string>();
  private readonly pytestGuesses = new Map<string, { file: string; classes: string }>();
  private current: RawCase | undefined;
  private caseDepth = -1;
  private rootName: string | undefined;
  private rootIsSuites = false;
  private rootHasId = false;
  private rootTime: Time;
  private casesUnderRoot = 0;
  private sawPytestSuite = false;
  private sawGo = false;
  private sawSurefire = false;
  private firstCaseFile: string | undefined;
  private allSuitesSpecs = true;

  constructor(private readonly source: string) {
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('closetag', (tag) => this.close(tag));
  }

  /** Feeds the next piece of the report. */
  write(chunk: string): void {
    try {
      this.parser.write(chunk);
    } catch (error) {
      throw this.malformed(error);
    }
  }

  /** Ends the report and returns what it says. */
  finish(): TimingSource {
    try {
      this.parser.close();
    } catch (error) {
      throw this.malformed(error);
    }
    if (this.rootName === undefined && !this.rootIsSuites && this.suites.length === 0) {
      throw new UserError(`${this.source} is not a JUnit report: its root element must be <testsuites> or <testsuite>`);
    }
    return this.build();
  }

  private malformed(error: unknown): UserError {
    if (error instanceof UserError) return error;
    const message = (error instanceof Error ? error.message : String(error)).replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    return new UserError(
      `${this.source} is not well-formed JUnit XML at line ${this.parser.line}, column ${this.parser.column + 1}: ${message}`,
      { hint: 'the test run may have been cut short while writing the report; rerun it or drop this file', cause: error },
    );
  }

  private intern(s: string | undefined): string | undefined {
    if (s === undefined) return undefined;
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }

  private time(raw: string | undefined, where: () => string): Time {
    const r: NumberReading = readSeconds(raw);
    this.evidence.note(r);
    switch (r.kind) {
      case 'none':
        return undefined;
      case 'value':
        return r.seconds;
      case 'ambiguous':
        return { raw: (raw ?? '').trim(), point: r.point, comma: r.comma };
      case 'invalid':
        throw new UserError(`${this.source}: ${where()}: expected seconds as a non-negative number, got '${raw ?? ''}'`);
    }
  }

  private open(tag: SaxesTagPlain): void {
    const name = tag.name;
    const a = tag.attributes;
    const depth = this.stack.length;
    const parent = this.stack[depth - 1]?.name;
    const entry = { name, suite: false };
    this.stack.push(entry);
    if (depth === 0) {
      if (name !== 'testsuites' && name !== 'testsuite') {
        throw new UserError(`${this.source} is not a JUnit report: its root element must be <testsuites> or <testsuite>`);
      }
      this.rootIsSuites = name === 'testsuites';
      if (this.rootIsSuites) {
        this.rootName = a['name'] ?? '';
        this.rootHasId = a['id'] !== undefined;
        this.rootTime = this.time(a['time'], () => 'testsuites time');
        return;
      }
    }
    if (name === 'testsuite' && (depth === 0 || parent === 'testsuites' || parent === 'testsuite')) {
      const suiteName = a['name'];
      if (suiteName === 'pytest') this.sawPytestSuite = true;
      if ((a['xsi:noNamespaceSchemaLocation'] ?? '').includes('surefire')) this.sawSurefire = true;
      if (!SPEC.test(suiteName ?? '')) this.allSuitesSpecs = false;
      this.suites.push({
        name: suiteName,
        file: a['file'],
        time: this.time(a['time'], () => `testsuite '${suiteName ?? ''}' time`),
        parent: this.suiteStack.at(-1) ?? -1,
      });
      this.suiteStack.push(this.suites.length - 1);
      entry.suite = true;
      return;
    }
    if (name === 'property' && parent === 'properties' && a['name'] === 'go.version') {
      this.sawGo = true;
      return;
    }
    if (name === 'testcase' && (parent === 'testsuite' || parent === 'testsuites') && this.current === undefined) {
      const caseName = a['name'];
      const suite = this.suiteStack.at(-1) ?? -1;
      if (caseName === undefined) {
        const ofSuite = suite >= 0 ? this.suites[suite]?.name : undefined;
        const n = this.cases.filter((c) => c.suite === suite).length + 1;
        throw new UserError(`${this.source}: <testcase> #${n} of suite '${ofSuite ?? '?'}' has no name attribute`);
      }
      if (suite < 0) this.casesUnderRoot += 1;
      if (this.cases.length === 0) this.firstCaseFile = a['file'];
      this.current = {
        classname: this.intern(a['classname']),
        name: caseName,
        file: this.intern(a['file']),
        time: this.time(a['time'], () => `testcase '${caseName}' time`),
        suite,
        outcome: 'passed',
        retried: false,
      };
      this.caseDepth = depth;
      return;
    }
    if (this.current && depth === this.caseDepth + 1) {
      if (FAILED.has(name)) this.current.outcome = 'failed';
      else if (name === 'skipped' && this.current.outcome !== 'failed') this.current.outcome = 'skipped';
      else if (RETRIED.has(name)) this.current.retried = true;
    }
  }

  private close(tag: SaxesTagPlain): void {
    const depth = this.stack.length - 1;
    const entry = this.stack.pop();
    if (this.current && depth === this.caseDepth && tag.name === 'testcase') {
      this.cases.push(this.current);
      this.current = undefined;
      this.caseDepth = -1;
      return;
    }
    if (entry?.suite) this.suiteStack.pop();
  }

  private flavor(): JUnitFlavor {
    if (this.rootName === 'jest tests') return 'jest-junit';
    if (this.rootName === 'pytest tests' || this.sawPytestSuite) return 'pytest';
    if (this.sawGo) return 'go';
    if (this.firstCaseFile?.startsWith('/')) return 'node';
    if (this.sawSurefire) return 'surefire';
    if (this.rootIsSuites && this.rootHasId && this.suites.length > 0 && this.allSuitesSpecs) return 'playwright';
    return 'generic';
  }

  private build(): TimingSource {
    const style = this.evidence.style;
    const seconds = (t: Time): number | undefined => (t === undefined || typeof t === 'number' ? t : resolveAmbiguous(t, style, t.raw));
    const flavor = this.flavor();
    const bySuite = new Map<number, TestRecord[]>();
    for (const c of this.cases) {
      const s = seconds(c.time);
      const where = this.locate(flavor, c);
      where.file = this.intern(where.file) ?? where.file;
      const record: TestRecord = {
        ...where,
        seconds: s ?? 0,
        outcome: c.outcome,
        retried: c.retried,
        ...(s === undefined ? { untimed: true } : {}),
      };
      const list = bySuite.get(c.suite);
      if (list) list.push(record);
      else bySuite.set(c.suite, [record]);
    }
    const tests: TestRecord[] = [];
    // Per suite, the one file all its tests (its nested suites' too) are in, or null for several.
    const single = new Map<number, string | null>();
    const join = (suite: number, file: string | null): void => {
      for (let s = suite; s >= 0; s = this.suites[s]?.parent ?? -1) {
        const prev = single.get(s);
        const next = prev === undefined ? file : prev === file ? prev : null;
        if (prev === next && prev !== undefined) break;
        single.set(s, next);
      }
    };
    for (const [suite, list] of bySuite) {
      const merged = flavor === 'go' ? foldSubtests(list) : list;
      for (const t of merged) {
        tests.push(t);
        if (suite >= 0) join(suite, t.file);
      }
    }
    const files = new Map<string, number>();
    if (flavor !== 'pytest') {
      // A suite time covers set-up the test times miss, but only means a file time when the suite
      // is one file; the outermost such suite counts (an inner one is part of it).
      for (const [i, suite] of this.suites.entries()) {
        const file = single.get(i);
        const time = seconds(suite.time);
        if (!file || time === undefined) continue;
        let outer = false;
        for (let p = suite.parent; p >= 0; p = this.suites[p]?.parent ?? -1) {
          if (single.get(p) && seconds(this.suites[p]?.time) !== undefined) outer = true;
        }
        if (!outer) files.set(file, (files.get(file) ?? 0) + time);
      }
    }
    const wall = seconds(this.rootTime) ?? this.topSuiteSeconds(seconds);
    return {
      source: this.source,
      format: 'junit',
      flavor,
      tests: mergeRepeats(tests),
      files,
      ...(wall !== undefined ? { wallSeconds: wall } : {}),
    };
  }

  /** The file attribute of the nearest enclosing suite that has one. */
  private suiteFile(index: number): string | undefined {
    for (let i = index; i >= 0; i = this.suites[i]?.parent ?? -1) {
      const file = this.suites[i]?.file;
      if (file !== undefined) return file;
    }
    return undefined;
  }

  private topSuiteSeconds(seconds: (t: Time) => number | undefined): number | undefined {
    let sum: number | undefined;
    for (const s of this.suites) {
      if (s.parent !== -1) continue;
      const t = seconds(s.time);
      if (t !== undefined) sum = (sum ?? 0) + t;
    }
    return sum;
  }

  private locate(flavor: JUnitFlavor, c: RawCase): { file: string; name: string; pytest?: { classname: string; name: string } } {
    const suite = c.suite >= 0 ? this.suites[c.suite] : undefined;
    const classname = c.classname ?? '';
    switch (flavor) {
      case 'pytest': {
        const address = { classname, name: c.name };
        if (c.file === undefined) {
          if (classname === '') return { ...guessPytestPath(address), pytest: address };
          // The guess depends on the classname alone: make it once per class.
          let guess = this.pytestGuesses.get(classname);
          if (!guess) {
            const g = guessPytestPath({ classname, name: '' });
            guess = { file: g.file, classes: g.name.slice(0, -2) };
            this.pytestGuesses.set(classname, guess);
          }
          return { file: guess.file, name: guess.classes === '' ? c.name : `${guess.classes}::${c.name}`, pytest: address };
        }
        // xunit1 writes the file, so the classname's module part is known: the rest are classes.
        if (classname === '') return { file: c.file, name: '' };
        const module = dottedModule(c.file);
        if (classname === module) return { file: c.file, name: c.name };
        if (classname.startsWith(`${module}.`)) {
          return { file: c.file, name: [...classname.slice(module.length + 1).split('.'), c.name].join('::') };
        }
        return { file: c.file, name: guessPytestPath(address).name };
      }
      case 'jest-junit':
        // jest-junit writes "{classname} {title}" with an empty classname outside a describe: one leading space.
        return { file: c.file ?? suite?.name ?? classname, name: c.name.startsWith(' ') ? c.name.slice(1) : c.name };
      case 'go':
      case 'surefire':
      case 'playwright':
        return { file: classname || (suite?.name ?? ''), name: c.name };
      default:
        return { file: c.file ?? this.suiteFile(c.suite) ?? (classname || (suite?.name ?? '')), name: c.name };
    }
  }
}

/** Parses a whole JUnit XML report held in memory. */
export function parseJUnit(text: string, source: string): TimingSource {
  const reader = new JUnitReader(source);
  reader.write(text);
  return reader.finish();
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

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JUnitReader, parseTimingText, readSeconds, readTimingFile, testId, type TimingSource } from '../src/index.js';
import { fixtureDir, fixtureText } from './fixtures.js';

const suite = (cases: string, attrs = ''): string => `<testsuites><testsuite name="s" ${attrs}>${cases}</testsuite></testsuites>`;
const seconds = (xml: string): number[] => parseTimingText(xml, 'r.xml').tests.map((t) => t.seconds);

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'shard-dialects-'));
}

describe('times in every spelling runners use', () => {
  it.each([
    ['0,5', 0.5],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,5', 1.5],
    ['12,345,678.25', 12345678.25],
    ['1.234.567,5', 1234567.5],
    ['0.001', 0.001],
    ['3', 3],
    ['1e-3', 0.001],
    [' 2.5 ', 2.5],
  ])('reads %s as %d', (raw, expected) => {
    expect(seconds(suite(`<testcase name="t" time="${raw}"/>`))).toEqual([expected]);
  });

  it("decides 1,234 and 1.234 by the report's other numbers, and reads them as 1.234 s when it says nothing", () => {
    expect(seconds(suite('<testcase name="a" time="1,234"/>'))).toEqual([1.234]);
    expect(seconds(suite('<testcase name="a" time="1.234"/>'))).toEqual([1.234]);
    // A report that writes 0,5 uses the decimal comma: 1.234 is then a thousands point.
    expect(seconds(suite('<testcase name="a" time="1.234"/><testcase name="b" time="0,5"/>'))).toEqual([1234, 0.5]);
    // A report that writes 2,345.5 groups thousands with commas: 1,234 is then 1234 s.
    expect(seconds(suite('<testcase name="a" time="1,234"/><testcase name="b" time="2,345.5"/>'))).toEqual([1234, 2345.5]);
    // A suite time shows the style as well as a test time does.
    expect(seconds(suite('<testcase name="a" time="1,234"/>', 'time="0,75"'))).toEqual([1.234]);
  });

  it('refuses a negative or non-numeric time, naming the test', () => {
    expect(() => parseTimingText(suite('<testcase name="t" time="-1"/>'), 'x.xml')).toThrow(/x\.xml: testcase 't' time: expected seconds/);
    expect(() => parseTimingText(suite('<testcase name="t" time="1,2,3"/>'), 'x.xml')).toThrow(/got '1,2,3'/);
    expect(() => parseTimingText(suite('<testcase name="t" time="NaN"/>'), 'x.xml')).toThrow(/got 'NaN'/);
  });

  it('takes a missing or empty time as unknown, not as zero seconds', () => {
    const s = parseTimingText(suite('<testcase name="a"/><testcase name="b" time=""/><testcase name="c" time="0"/>'), 'r.xml');
    expect(s.tests.map((t) => [t.name, t.seconds, t.untimed === true])).toEqual([
      ['a', 0, true],
      ['b', 0, true],
      ['c', 0, false],
    ]);
    expect(readSeconds(undefined)).toEqual({ kind: 'none' });
  });

  it('the readings never disagree with plain numbers (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 999 }), (whole, milli) => {
        const plain = `${whole}.${String(milli).padStart(3, '0')}5`;
        const comma = plain.replace('.', ',');
        const grouped = whole.toLocaleString('en-US') + plain.slice(plain.indexOf('.'));
        const german = whole.toLocaleString('de-DE') + comma.slice(comma.indexOf(','));
        const expected = Number(plain);
        for (const raw of [plain, comma, grouped, german]) {
          const r = readSeconds(raw);
          expect(r.kind === 'value' ? r.seconds : Number.NaN).toBeCloseTo(expected, 6);
        }
      }),
    );
  });
});

describe('report shapes', () => {
  it('reads nested suites: each test once, a file time from the outermost single-file suite', () => {
    const xml = `<testsuites>
      <testsuite name="src/a.test.ts" file="src/a.test.ts" time="5">
        <testsuite name="describe one" time="2"><testcase name="x" classname="c" time="1"/></testsuite>
        <testsuite name="describe two" time="2.5"><testsuite name="deeper" time="2"><testcase name="y" classname="c" time="2"/></testsuite></testsuite>
      </testsuite>
      <testsuite name="src/b.test.ts" file="src/b.test.ts" time="1"><testcase name="z" time="0.5"/></testsuite>
    </testsuites>`;
    const s = parseTimingText(xml, 'nested.xml');
    expect(s.tests.map((t) => testId(t.file, t.name))).toEqual(['src/a.test.ts::x', 'src/a.test.ts::y', 'src/b.test.ts::z']);
    expect([...s.files]).toEqual([
      ['src/a.test.ts', 5],
      ['src/b.test.ts', 1],
    ]);
  });

  it('reads a <testcase> without a file attribute from its classname, else its suite', () => {
    const s = parseTimingText(
      '<testsuites><testsuite name="pkg/Suite"><testcase classname="com.example.Thing" name="a" time="1"/><testcase name="b" time="1"/></testsuite></testsuites>',
      'g.xml',
    );
    expect(s.tests.map((t) => [t.file, t.name])).toEqual([
      ['com.example.Thing', 'a'],
      ['pkg/Suite', 'b'],
    ]);
  });

  it('keeps no tree: 10,000 nested suites and 130,000 test cases read without a stack overflow', () => {
    const depth = 10_000;
    const nested = `${'<testsuite name="n">'.repeat(depth)}<testcase name="deep" time="1"/>${'</testsuite>'.repeat(depth)}`;
    expect(parseTimingText(`<testsuites>${nested}</testsuites>`, 'deep.xml').tests).toHaveLength(1);
    const reader = new JUnitReader('wide.xml');
    reader.write('<testsuites><testsuite name="pytest" time="1">');
    for (let i = 0; i < 130_000; i++) reader.write(`<testcase classname="tests.test_m${i % 100}" name="test_${i}" time="0.001"/>`);
    reader.write('</testsuite></testsuites>');
    const s = reader.finish();
    expect(s.tests).toHaveLength(130_000);
    expect(s.tests[129_999]).toMatchObject({ file: 'tests/test_m99.py', name: 'test_129999', seconds: 0.001 });
  });

  it('reads the same report alike whatever the chunks it arrives in (property)', () => {
    const text = fixtureText('surefire-TEST-com.example.PricingTest.xml');
    const whole = parseTimingText(text, 'r.xml');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 20 }), (cuts) => {
        const points = [0, ...[...new Set(cuts)].sort((a, b) => a - b), text.length];
        const reader = new JUnitReader('r.xml');
        for (let i = 0; i + 1 < points.length; i++) reader.write(text.slice(points[i], points[i + 1]));
        const streamed = reader.finish();
        expect(streamed.tests).toEqual(whole.tests);
        expect([...streamed.files]).toEqual([...whole.files]);
      }),
      { numRuns: 100 },
    );
  });

  it('streams a report from disk in chunks, and refuses a binary file naming it', async () => {
    const dir = await tempDir();
    const path = join(dir, 'big.xml');
    const out = createWriteStream(path);
    out.write('<?xml version="1.0"?><testsuites><testsuite name="jest tests">');
    for (let i = 0; i < 40_000; i++) out.write(`<testcase classname="c" name="t${i}" time="0,${i % 10}" file="src/f${i % 50}.test.js"/>`);
    out.write('</testsuite></testsuites>');
    await new Promise<void>((r) => out.end(() => r()));
    const s = await readTimingFile(path, 'big.xml');
    expect(s.tests).toHaveLength(40_000);
    expect(s.tests[3]?.seconds).toBe(0.3);
    await writeFile(join(dir, 'bin.xml'), Buffer.from([0x3c, 0x74, 0x00, 0x3e]));
    await expect(readTimingFile(join(dir, 'bin.xml'), 'bin.xml')).rejects.toThrow(
      /bin\.xml: it is a binary file \(a NUL byte at offset 2\)/,
    );
    await rm(dir, { recursive: true });
  });

  it('names the line of a report cut short while being written', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'cut.xml'), fixtureText('jest-junit.xml').slice(0, 900));
    await expect(readTimingFile(join(dir, 'cut.xml'), 'cut.xml')).rejects.toThrow(
      /^cut\.xml is not well-formed JUnit XML at line \d+, column \d+/,
    );
    await rm(dir, { recursive: true });
  });
});

describe('flat JSON timing files are streamed and read exactly as a whole parse would', () => {
  it.each([['pgmpy.test_durations.json'], ['identity-idp.knapsack_rspec_report.json'], ['jest-results.json']])('%s', async (name) => {
    const streamed: TimingSource = await readTimingFile(join(fixtureDir, name), name);
    const whole = parseTimingText(await readFile(join(fixtureDir, name), 'utf8'), name);
    expect(streamed.format).toBe(whole.format);
    expect(streamed.tests).toEqual(whole.tests);
    expect([...streamed.files]).toEqual([...whole.files]);
  });

  it('decodes escapes in keys and names the line of a broken document', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'd.json'), '{\n "tests/a.py::test_x[\\u00f6\\\\n\\"q\\"]": 1.5,\n "tests/b.py::t": 2e-1\n}\n');
    const s = await readTimingFile(join(dir, 'd.json'), 'd.json');
    expect(s.tests.map((t) => [t.name, t.seconds])).toEqual([
      ['test_x[ö\\n"q"]', 1.5],
      ['t', 0.2],
    ]);
    await writeFile(join(dir, 'bad.json'), '{\n "tests/a.py::t": 1,\n "tests/b.py::u": 2\n');
    await expect(readTimingFile(join(dir, 'bad.json'), 'bad.json')).rejects.toThrow(/bad\.json is not valid JSON at line 4/);
    await writeFile(join(dir, 'str.json'), '{"tests/a.py::t": 1, "tests/b.py::u": "slow"}');
    await expect(readTimingFile(join(dir, 'str.json'), 'str.json')).rejects.toThrow(
      /str\.json is not valid JSON .*"tests\/b\.py::u" is not a number/,
    );
    await rm(dir, { recursive: true });
  });
});

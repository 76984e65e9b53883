import { describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTimingText, readTestEntries, testId } from '../src/index.js';
import { fixture, fixtureText } from './fixtures.js';

const ids = (name: string): string[] => fixture(name).tests.map((t) => testId(t.file, t.name));
const find = (name: string, id: string) => fixture(name).tests.find((t) => testId(t.file, t.name) === id);

describe('timing readers on real reports', () => {
  it.each([
    ['pytest-junit.xml', 'junit', 'pytest', 8],
    ['pytest-xunit1.xml', 'junit', 'pytest', 8],
    ['surefire-TEST-com.example.PricingTest.xml', 'junit', 'surefire', 3],
    ['surefire-TEST-com.example.StockTest.xml', 'junit', 'surefire', 2],
    ['jest-junit.xml', 'junit', 'jest-junit', 7],
    ['playwright-junit.xml', 'junit', 'playwright', 5],
    ['go-junit-report-pass.xml', 'junit', 'go', 2],
    ['go-junit-report-subtests.xml', 'junit', 'go', 3],
    ['jest-results.json', 'jest-json', undefined, 7],
    ['pgmpy.test_durations.json', 'pytest-durations', undefined, 1196],
    ['identity-idp.knapsack_rspec_report.json', 'knapsack', undefined, 0],
  ])('%s is read as %s (%s) with %i tests', (name, format, flavor, count) => {
    const s = fixture(name);
    expect(s.format).toBe(format);
    expect(s.flavor).toBe(flavor);
    expect(s.tests).toHaveLength(count);
  });

  it('reads pytest node ids from dotted classnames, with classes, as pytest writes them', () => {
    expect(ids('pytest-junit.xml')).toEqual(ids('pytest-xunit1.xml'));
    expect(ids('pytest-junit.xml')).toContain('tests/store/test_stock.py::TestPricing::test_rounding');
    expect(ids('pytest-junit.xml')).toContain('tests/store/test_stock.py::test_low_stock[12]');
    expect(find('pytest-junit.xml', 'tests/store/test_stock.py::TestPricing::test_broken')?.outcome).toBe('failed');
    expect(find('pytest-junit.xml', 'tests/store/test_stock.py::test_later')?.outcome).toBe('skipped');
    expect(find('pytest-junit.xml', 'tests/test_text.py::test_slug')?.seconds).toBeCloseTo(0.302);
  });

  it("marks Surefire's flakyFailure as a retry that passed and rerunFailure as a failure", () => {
    expect(find('surefire-TEST-com.example.PricingTest.xml', 'com.example.PricingTest::flakyRounding')).toMatchObject({
      outcome: 'passed',
      retried: true,
    });
    expect(find('surefire-TEST-com.example.PricingTest.xml', 'com.example.PricingTest::alwaysBroken')).toMatchObject({
      outcome: 'failed',
      retried: false,
    });
  });

  it('takes jest-junit file attributes and trims the name of tests outside a describe', () => {
    expect(ids('jest-junit.xml')).toContain('src/__tests__/search.test.js::ranks exact matches first');
    expect(fixture('jest-junit.xml').files.get('src/__tests__/cart.test.js')).toBeCloseTo(0.312);
  });

  it('sees the retried test in jest --json (invocations 2) and converts milliseconds', () => {
    const s = fixture('jest-results.json');
    const flaky = s.tests.find((t) => t.name === 'flaky suggestion cache');
    expect(flaky).toMatchObject({ outcome: 'passed', retried: true, file: '/home/runner/work/shop/shop/src/__tests__/search.test.js' });
    expect(s.tests.find((t) => t.name === 'cart adds items')?.seconds).toBeCloseTo(0.124);
  });

  it('folds go subtests into their top-level test, keeping a failure', () => {
    expect(ids('go-junit-report-subtests.xml')).toEqual([
      'package/subtests::TestSubtests',
      'package/subtests::TestNestedSubtests',
      'package/subtests::TestFailingSubtestWithNestedSubtest',
    ]);
    expect(find('go-junit-report-pass.xml', 'package/pass::TestPassLog')?.seconds).toBeCloseTo(0.1);
  });

  it('reads Playwright suites as spec files and a skipped test without a time as 0 s', () => {
    expect(find('playwright-junit.xml', 'checkout.spec.ts::checkout › totals the basket')?.seconds).toBeCloseTo(0.213);
    expect(find('playwright-junit.xml', 'search.spec.ts::voice search')).toMatchObject({ outcome: 'skipped', seconds: 0 });
  });

  it('reads Knapsack reports as whole files', () => {
    const s = fixture('identity-idp.knapsack_rspec_report.json');
    expect(s.files.size).toBe(1122);
    expect(s.files.get('spec/bin/aamva-test-cert_spec.rb')).toBeCloseTo(0.007082199);
  });

  it("reads node --test's JUnit with absolute file paths", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<testsuites>
	<testcase name="parses rows" time="0.000848" classname="test" file="/repo/sample/test/inventory.test.js"/>
	<testcase name="slow" time="2.5" classname="test" file="/repo/sample/test/stats-random.test.js"><failure type="testCodeFailure" message="x"/></testcase>
</testsuites>`;
    const s = parseTimingText(xml, 'node.xml');
    expect(s.flavor).toBe('node');
    expect(s.tests.map((t) => [t.file, t.outcome])).toEqual([
      ['/repo/sample/test/inventory.test.js', 'passed'],
      ['/repo/sample/test/stats-random.test.js', 'failed'],
    ]);
  });

  it('reads the older list-of-pairs .test_durations', () => {
    const s = parseTimingText('[["tests/a.py::test_x", 1.5], ["tests/b.py::T::test_y", 0.5]]', 'old.json');
    expect(s.tests.map((t) => [t.file, t.name, t.seconds])).toEqual([
      ['tests/a.py', 'test_x', 1.5],
      ['tests/b.py', 'T::test_y', 0.5],
    ]);
  });
});

describe('bad timing files fail with the file and the place at fault', () => {
  it('names the line of a truncated JUnit report', () => {
    const text = fixtureText('pytest-junit.xml').slice(0, 400);
    expect(() => parseTimingText(text, 'reports/junit-3.xml')).toThrow(
      /^reports\/junit-3\.xml is not well-formed JUnit XML at line 1, column \d+/,
    );
  });

  it('names the line of a broken multi-line report', () => {
    const text = fixtureText('jest-junit.xml').replace('</testsuite>', '</testsuit>');
    expect(() => parseTimingText(text, 'jest.xml')).toThrow(/jest\.xml is not well-formed JUnit XML at line 10/);
  });

  it('rejects XML that is not JUnit', () => {
    expect(() => parseTimingText('<coverage/>', 'cov.xml')).toThrow(/cov\.xml is not a JUnit report/);
  });

  it('rejects a negative or non-numeric time, naming the test', () => {
    expect(() => parseTimingText('<testsuite><testcase name="t" time="abc"/></testsuite>', 'x.xml')).toThrow(
      /x\.xml: testcase 't' time: expected seconds/,
    );
  });

  it('names the JSON line of invalid JSON', () => {
    expect(() => parseTimingText('{\n "a::b": 1,\n oops\n}', '.test_durations')).toThrow(/\.test_durations is not valid JSON at line 3/);
  });

  it('names the key whose value is not a number', () => {
    expect(() => parseTimingText('{"tests/a.py::t": 1, "tests/b.py::u": "slow"}', '.test_durations')).toThrow(
      /\.test_durations: tests\/b\.py::u: expected a number, got "slow"/,
    );
    expect(() => parseTimingText('{"spec/a_spec.rb": null}', 'knapsack.json')).toThrow(
      /knapsack\.json: spec\/a_spec\.rb: expected a number, got null/,
    );
  });

  it('names the field of a malformed jest --json result', () => {
    expect(() =>
      parseTimingText(
        '{"testResults":[{"name":"a.test.js","assertionResults":[{"fullName":"x","status":"passed","duration":"9"}]}]}',
        'jest.json',
      ),
    ).toThrow(/jest\.json: testResults\[0\]\.assertionResults\[0\]\.duration: expected a number/);
  });

  it('rejects an empty file and an unknown shape', () => {
    expect(() => parseTimingText('  \n', 'empty.xml')).toThrow(/empty\.xml is empty/);
    expect(() => parseTimingText('42', 'n.json')).toThrow(/n\.json is not a timing file/);
  });
});

describe('the test universe from globs or a list', () => {
  it('expands globs (leaving node_modules out), else reads the list, else leaves it to the timings', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'shard-entries-'));
    await mkdir(join(cwd, 'tests'));
    await mkdir(join(cwd, 'node_modules', 'x'), { recursive: true });
    for (const f of ['tests/test_b.py', 'tests/test_a.py', 'node_modules/x/test_c.py']) await writeFile(join(cwd, f), '');
    await writeFile(join(cwd, 'list.txt'), '# chosen\ntests/test_a.py::test_one\n\ntests/test_b.py\n');
    await writeFile(join(cwd, 'none.txt'), '# nothing\n');

    expect(await readTestEntries(['**/test_*.py'], undefined, cwd)).toEqual(['tests/test_a.py', 'tests/test_b.py']);
    expect(await readTestEntries([], 'list.txt', cwd)).toEqual(['tests/test_a.py::test_one', 'tests/test_b.py']);
    expect(await readTestEntries([], undefined, cwd)).toBeUndefined();
    await expect(readTestEntries(['spec/*.rb'], undefined, cwd, 'app')).rejects.toThrow(
      "The test universe is empty: no file matches 'spec/*.rb' under app",
    );
    await expect(readTestEntries([], 'none.txt', cwd)).rejects.toThrow('The test universe is empty: none.txt lists no test');
  });
});

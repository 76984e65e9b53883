import { describe, expect, it } from '@jest/globals';
import { input, readInputs, readerFrom, parseDuration, splitList } from '../src/index.js';

const schema = {
  mode: input.oneOf(['plan', 'select', 'record'] as const, { default: 'plan' }),
  shards: input.integer({ min: 1, max: 256 }),
  'fail-on': input.oneOf(['critical', 'high', 'medium', 'low'] as const, { default: 'critical' }),
  'dry-run': input.boolean({ default: 'false' }),
  paths: input.list(),
  timeout: input.duration({ default: '15m' }),
  token: input.string({ required: true }),
};

describe('readInputs', () => {
  it('applies defaults, parses types and camel-cases names', () => {
    const got = readInputs(schema, readerFrom({ shards: '4', paths: 'a, b\nc # comment\n', token: 't' }));
    expect(got).toEqual({ mode: 'plan', shards: 4, failOn: 'critical', dryRun: false, paths: ['a', 'b', 'c'], timeout: 900, token: 't' });
  });

  it.each([
    [{ shards: '0', token: 't' }, "Input 'shards' must be a whole number from 1 to 256; got '0'"],
    [{ shards: '2.5', token: 't' }, "Input 'shards' must be a whole number from 1 to 256; got '2.5'"],
    [{ 'fail-on': 'hihg', token: 't' }, "Input 'fail-on' must be one of critical, high, medium, low; got 'hihg'"],
    [{ 'dry-run': 'yes', token: 't' }, "Input 'dry-run' must be true or false; got 'yes'"],
    [{ timeout: 'soon', token: 't' }, "Input 'timeout' must be a duration such as 90s, 15m, 1h30m or 7d; got 'soon'"],
    [{}, "Input 'token' is required but was not set"],
  ])('rejects %j with a message naming the input', (values, message) => {
    expect(() => readInputs(schema, readerFrom(values))).toThrow(message);
  });

  it('matches enums case-insensitively but returns the declared value', () => {
    expect(readInputs(schema, readerFrom({ mode: 'SELECT', token: 't' })).mode).toBe('select');
  });
});

describe('parseDuration', () => {
  it.each([
    ['90', 90],
    ['90s', 90],
    ['15m', 900],
    ['1h30m', 5400],
    ['7d', 604800],
    ['250ms', 0.25],
  ])('%s is %d seconds', (text, seconds) => expect(parseDuration(text)).toBe(seconds));

  it.each(['', 'soon', '5x', '1h soon'])('rejects %j', (text) => expect(parseDuration(text)).toBeUndefined());
});

describe('splitList', () => {
  it('splits on commas and newlines and drops comments and blanks', () => {
    expect(splitList('a,b\n\n c \n# all comment\nd # trailing')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('glob and file inputs', () => {
  it('keeps commas inside glob patterns and rejects unbalanced ones', () => {
    const s = { paths: input.globs({ required: true }) };
    expect(readInputs(s, readerFrom({ paths: 'src/**/*.{ts,js}\n!src/gen/**' })).paths).toEqual(['src/**/*.{ts,js}', '!src/gen/**']);
    expect(() => readInputs(s, readerFrom({ paths: 'src/{a,b' }))).toThrow("Input 'paths' has an unbalanced glob pattern 'src/{a,b'");
    expect(() => readInputs(s, readerFrom({ paths: '!only-excludes' }))).toThrow(
      "Input 'paths' needs at least one pattern that includes files",
    );
  });

  it('reads and decodes a YAML file input, naming the input, file and field', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { decode } = await import('../src/index.js');
    const dir = await mkdtemp(join(tmpdir(), 'input-file-'));
    await writeFile(join(dir, 'policy.yml'), 'fail-on: high\n');
    await writeFile(join(dir, 'bad.yml'), 'fail-on: 3\n');
    const s = { policy: input.yamlFile(decode.object({ 'fail-on': decode.string }), { cwd: dir }) };
    expect(readInputs(s, readerFrom({ policy: 'policy.yml' })).policy).toEqual({ 'fail-on': 'high' });
    expect(() => readInputs(s, readerFrom({ policy: 'bad.yml' }))).toThrow(
      "Input 'policy' names a file that is not valid: bad.yml: fail-on: expected a string, got number 3",
    );
    expect(() => readInputs(s, readerFrom({ policy: 'missing.yml' }))).toThrow(
      "Input 'policy' names missing.yml, which cannot be read (ENOENT)",
    );
  });
});

describe('defaults', () => {
  it('fill every defaulted input, so its typed value is never undefined', () => {
    const s = {
      'max-shards': input.integer({ min: 1, max: 256, default: '32' }),
      smoothing: input.number({ max: 1, default: '0.3' }),
      budget: input.duration({ default: '15m' }),
      out: input.path({ default: 'report.json' }),
      prefix: input.string({ default: 'slipway' }),
    };
    const got: { maxShards: number; smoothing: number; budget: number; out: string; prefix: string } = readInputs(s, readerFrom({}));
    expect(got).toEqual({ maxShards: 32, smoothing: 0.3, budget: 900, out: 'report.json', prefix: 'slipway' });
  });
});

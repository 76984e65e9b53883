import { describe, expect, it } from '@jest/globals';
import { EXIT, main, VERSION } from '../src/index.js';
import { captureIO } from './cli-io.js';

describe('slipway', () => {
  it('prints the version', async () => {
    const io = captureIO();
    expect(await main(['--version'], io)).toBe(EXIT.ok);
    expect(io.out()).toBe(`${VERSION}\n`);
  });

  it('lists the commands on --help and exits 0', async () => {
    const io = captureIO();
    expect(await main(['--help'], io)).toBe(EXIT.ok);
    expect(io.out()).toContain('Usage: slipway <command>');
    expect(io.out()).toContain('demo');
  });

  it('shows help and exits 2 when no command is given', async () => {
    const io = captureIO();
    expect(await main([], io)).toBe(EXIT.usage);
    expect(io.out()).toContain('Commands:');
  });

  it('exits 2 naming the unknown command', async () => {
    const io = captureIO();
    expect(await main(['bogus'], io)).toBe(EXIT.usage);
    expect(io.err()).toContain("unknown command 'bogus'");
  });

  it('exits 2 on an unknown flag, naming it', async () => {
    const io = captureIO();
    expect(await main(['demo', '--no-such-flag'], io)).toBe(EXIT.usage);
    expect(io.err()).toContain("Unknown option '--no-such-flag'");
  });

  it('has --help on subcommands', async () => {
    const io = captureIO();
    expect(await main(['demo', '--help'], io)).toBe(EXIT.ok);
    expect(io.out()).toContain('Usage: slipway demo');
  });

  it('exits 2 with a hint when the sample project is missing', async () => {
    const io = captureIO('/nonexistent-dir');
    expect(await main(['demo'], io)).toBe(EXIT.usage);
    expect(io.err()).toContain('does not exist');
  });
});

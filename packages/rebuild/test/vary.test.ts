import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { UserError } from '@slipway/core';
import { parseVary, planRuns, VARIATIONS, variedLocale, wrapCommand, type Capabilities } from '../src/index.js';

describe('--vary', () => {
  it.each([
    [undefined, [...VARIATIONS]],
    ['all', [...VARIATIONS]],
    ['none', []],
    ['path,tz', ['path', 'tz']],
    ['-time,-hostname', ['path', 'tz', 'locale', 'umask', 'user', 'order']],
    ['none,+umask', ['umask']],
  ])('%s varies %j', (value, expected) => {
    expect(parseVary(value)).toEqual(expected);
  });

  it('refuses a name it cannot vary, naming the accepted ones', () => {
    expect(() => parseVary('-clock')).toThrow(UserError);
    expect(() => parseVary('-clock')).toThrow(/'clock' is not something a rebuild can vary; expected path, time/);
  });

  it('never varies what was switched off, in any run (property)', () => {
    fc.assert(
      fc.property(fc.subarray([...VARIATIONS]), fc.integer({ min: 2, max: 6 }), (off, runs) => {
        const plans = planRuns(runs, parseVary(off.map((v) => `-${v}`).join(',') || 'all'), ['C', 'C.utf8', 'de_DE.utf8']);
        const first = plans[0];
        if (!first) return false;
        for (const p of plans.slice(1)) {
          if (off.includes('path') && p.segments.join('/') !== first.segments.join('/')) return false;
          if (off.includes('time') && p.clockShiftSeconds !== 0) return false;
          if (off.includes('tz') && p.timeZone !== first.timeZone) return false;
          if (off.includes('locale') && p.locale !== first.locale) return false;
          if (off.includes('umask') && p.umask !== first.umask) return false;
          if (off.includes('hostname') && p.hostname !== undefined) return false;
          if (off.includes('user') && p.user !== undefined) return false;
          if (off.includes('order') && p.order !== 'natural') return false;
          // What is on differs from run 1 in the second run.
          if (p.run === 2 && !off.includes('tz') && p.timeZone === first.timeZone) return false;
          if (p.run === 2 && !off.includes('path') && p.segments.join('/') === first.segments.join('/')) return false;
        }
        return true;
      }),
    );
  });

  it('picks an installed non-C locale for the varied runs, else POSIX', () => {
    expect(variedLocale(['C', 'C.utf8', 'POSIX', 'fr_FR.utf8'])).toBe('fr_FR.utf8');
    expect(variedLocale(['C', 'C.utf8', 'POSIX'])).toBe('POSIX');
  });
});

describe('the wrapped build command', () => {
  const caps = (namespaces: Capabilities['namespaces']): Capabilities => ({
    namespaces,
    namespaceProblem: undefined,
    faketime: true,
    disorderfs: false,
    diffoscope: false,
    locales: [],
  });
  const [, plan] = planRuns(2, parseVary('all'), []);

  it('as root: unshare --net --uts, the host name, the umask, then faketime', () => {
    const w = wrapCommand(
      'make',
      plan!,
      { denyNetwork: true, setHostname: true, useFaketime: true },
      caps('root'),
      { uid: 0, gid: 0 },
      '/usr/bin',
    );
    expect([w.program, ...w.args.slice(0, 3)]).toEqual(['unshare', '--net', '--uts', '--']);
    expect(w.args).toContain('slipway-rebuilder-2');
    expect(w.args).toContain('0002');
    const at = w.args.indexOf('faketime');
    expect(w.args.slice(at)).toEqual(['faketime', '-f', `+${plan!.clockShiftSeconds}s`, '/bin/sh', '-c', 'make']);
    expect(w.args.at(-1)).toBe('make');
  });

  it('through sudo: drops back to the caller with setpriv and restores PATH', () => {
    const w = wrapCommand(
      'make',
      plan!,
      { denyNetwork: true, setHostname: false, useFaketime: false },
      caps('sudo'),
      { uid: 1001, gid: 118 },
      '/opt/bin:/usr/bin',
    );
    expect([w.program, ...w.args.slice(0, 5)]).toEqual(['sudo', '-n', '-E', '--', 'unshare', '--net']);
    expect(w.args).toEqual(expect.arrayContaining(['setpriv', '--reuid=1001', '--regid=118', 'PATH=/opt/bin:/usr/bin']));
    expect(w.args).not.toContain('faketime');
  });

  it('without isolation: no namespace at all', () => {
    const w = wrapCommand(
      'make',
      plan!,
      { denyNetwork: false, setHostname: false, useFaketime: false },
      caps('none'),
      { uid: 1001, gid: 118 },
      '/usr/bin',
    );
    expect(w.program).toBe('/bin/sh');
    expect(w.args).not.toContain('unshare');
  });
});

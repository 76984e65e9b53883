import { describe, expect, it } from '@jest/globals';
import { consolePorts } from '../src/index.js';

describe('consolePorts', () => {
  it('prints logs with levels and locations, hides masked values, and keeps outputs and state', async () => {
    let text = '';
    const ports = consolePorts({ write: (t) => void (text += t) });
    ports.log.mask('s3cret');
    ports.log.info('token is s3cret');
    ports.log.warning('slow shard', { file: 'a.test.ts', startLine: 3 });
    ports.log.debug('not shown without verbose');
    const value = await ports.log.group('Plan', () => Promise.resolve(42));
    ports.outputs.set('shard-count', 4);
    ports.state.save('key', 'v');
    await ports.summary.append('## Summary');
    expect(value).toBe(42);
    expect(text).toBe('token is ***\nwarning: slow shard (a.test.ts:3)\n== Plan\n## Summary\n');
    expect(ports.outputsSet.get('shard-count')).toBe('4');
    expect(ports.state.get('key')).toBe('v');
    expect(ports.state.get('missing')).toBe('');
  });

  it('prints debug lines when verbose', () => {
    let text = '';
    consolePorts({ write: (t) => void (text += t), verbose: true }).log.debug('detail');
    expect(text).toBe('debug: detail\n');
  });
});

import { describe, expect, it } from '@jest/globals';
import { parseFileCommands, parseWorkflowCommands } from '../harness/index.js';

describe('parseFileCommands', () => {
  it('reads heredoc and plain entries as the runner writes them', () => {
    const text = 'matrix<<ghadelimiter_1\n{"a":1}\nline 2\nghadelimiter_1\ncount=3\nempty<<EOF\nEOF\n';
    expect(parseFileCommands(text, 'GITHUB_OUTPUT')).toEqual({ matrix: '{"a":1}\nline 2', count: '3', empty: '' });
  });

  it('rejects an unterminated heredoc', () => {
    expect(() => parseFileCommands('x<<END\nvalue\n', 'GITHUB_OUTPUT')).toThrow("heredoc for 'x' has no closing delimiter 'END'");
  });
});

describe('parseWorkflowCommands', () => {
  it('unescapes properties and messages', () => {
    const [cmd] = parseWorkflowCommands('::error file=a%2Cb.ts,line=3,title=T%3A1::first%0Asecond 100%25\n');
    expect(cmd).toEqual({ command: 'error', properties: { file: 'a,b.ts', line: '3', title: 'T:1' }, message: 'first\nsecond 100%' });
  });

  it('ignores ordinary lines', () => {
    expect(parseWorkflowCommands('hello\n::add-mask::s3cret\n: not a command')).toEqual([
      { command: 'add-mask', properties: {}, message: 's3cret' },
    ]);
  });
});

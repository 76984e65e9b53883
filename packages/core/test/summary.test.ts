import { describe, expect, it } from '@jest/globals';
import { Markdown } from '../src/index.js';

describe('Markdown', () => {
  it('builds headings, tables, details and mermaid blocks', () => {
    const md = new Markdown()
      .heading('Shards')
      .table(
        ['shard', 'seconds'],
        [
          [0, '12.5'],
          [1, 'a | b'],
        ],
        ['l', 'r'],
      )
      .details('Untimed tests', '- a.test.ts')
      .mermaid('xychart-beta\n  bar [1, 2]')
      .callout('WARNING', 'two\nlines')
      .toString();
    expect(md).toBe(
      [
        '## Shards\n',
        '| shard | seconds |\n| :-- | --: |\n| 0 | 12.5 |\n| 1 | a \\| b |\n',
        '<details><summary>Untimed tests</summary>\n\n- a.test.ts\n</details>\n',
        '```mermaid\nxychart-beta\n  bar [1, 2]\n```\n',
        '> [!WARNING]\n> two\n> lines\n',
      ].join('\n'),
    );
  });

  it('escapes HTML in details summaries and newlines in cells', () => {
    const md = new Markdown()
      .details('<script>', 'x')
      .table(['a'], [['1\n2']])
      .toString();
    expect(md).toContain('<summary>&lt;script&gt;</summary>');
    expect(md).toContain('| 1<br>2 |');
  });
});

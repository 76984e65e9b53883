/** A markdown builder for job summaries: headings, tables, details, mermaid. */
export class Markdown {
  private readonly parts: string[] = [];

  heading(text: string, level: 1 | 2 | 3 | 4 = 2): this {
    this.parts.push(`${'#'.repeat(level)} ${text}\n`);
    return this;
  }

  paragraph(text: string): this {
    this.parts.push(`${text}\n`);
    return this;
  }

  list(items: readonly string[]): this {
    if (items.length > 0) this.parts.push(`${items.map((i) => `- ${i}`).join('\n')}\n`);
    return this;
  }

  /** A GitHub-flavoured table; cells are escaped so a `|` in data cannot break it. */
  table(header: readonly string[], rows: readonly (readonly (string | number)[])[], align?: readonly ('l' | 'r' | 'c')[]): this {
    const sep = header.map((_, i) => ({ l: ':--', r: '--:', c: ':-:' })[align?.[i] ?? 'l']);
    const line = (cells: readonly (string | number)[]): string => `| ${cells.map((c) => escapeCell(String(c))).join(' | ')} |`;
    this.parts.push([line(header), `| ${sep.join(' | ')} |`, ...rows.map(line)].join('\n') + '\n');
    return this;
  }

  details(summary: string, body: string): this {
    this.parts.push(`<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n</details>\n`);
    return this;
  }

  mermaid(diagram: string): this {
    return this.code(diagram, 'mermaid');
  }

  code(text: string, language = ''): this {
    const fence = text.includes('```') ? '~~~~' : '```';
    this.parts.push(`${fence}${language}\n${text}\n${fence}\n`);
    return this;
  }

  /** A GitHub alert block: NOTE, TIP, IMPORTANT, WARNING, CAUTION. */
  callout(kind: 'NOTE' | 'TIP' | 'IMPORTANT' | 'WARNING' | 'CAUTION', text: string): this {
    this.parts.push(
      `> [!${kind}]\n${text
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n')}\n`,
    );
    return this;
  }

  raw(markdown: string): this {
    this.parts.push(markdown.endsWith('\n') ? markdown : `${markdown}\n`);
    return this;
  }

  toString(): string {
    return this.parts.join('\n');
  }
}

export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

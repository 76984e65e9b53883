import { UserError } from '@slipway/core';

/**
 * A streaming reader of the flat JSON objects timing tools write, `{"key": number, ...}`
 * (pytest-split's `.test_durations`, Knapsack reports): it holds one key at a time, never the
 * text or a parsed object, so such a file costs memory only for what is kept of each entry.
 * When the first entry is not a number keyed by a path or test id (a timings store, jest
 * results), `flat` is false and the caller parses the text as a whole instead.
 */
export class FlatJsonReader {
  /** Undefined until the first value is seen; then whether the document is a flat object of numbers. */
  flat: boolean | undefined;
  private state: 'start' | 'key-or-end' | 'key' | 'colon' | 'value' | 'comma-or-end' | 'done' = 'start';
  private key = '';
  private escape: string | undefined;
  private number = '';
  private line = 1;
  private column = 0;
  private entries = 0;

  constructor(
    private readonly source: string,
    private readonly onEntry: (key: string, seconds: number) => void,
  ) {}

  private fail(message: string): never {
    throw new UserError(`${this.source} is not valid JSON at line ${this.line}, column ${this.column} (${message})`);
  }

  /** Feeds text; returns false as soon as the document is known not to be flat (nothing more is read). */
  write(chunk: string): boolean {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] as string;
      if (c === '\n') {
        this.line += 1;
        this.column = 0;
      } else this.column += 1;
      switch (this.state) {
        case 'start':
          if (isSpace(c)) continue;
          if (c !== '{') {
            this.flat = false;
            return false;
          }
          this.state = 'key-or-end';
          continue;
        case 'key-or-end':
        case 'comma-or-end':
          if (isSpace(c)) continue;
          if (c === '}') {
            this.state = 'done';
            if (this.flat === undefined) this.flat = true;
            continue;
          }
          if (this.state === 'comma-or-end') {
            if (c !== ',') this.fail(`expected ',' or '}', got '${c}'`);
            this.state = 'key-or-end';
            this.entries += 1;
            continue;
          }
          if (c !== '"') this.fail(`expected a key, got '${c}'`);
          this.key = '';
          this.state = 'key';
          continue;
        case 'key': {
          if (this.escape === undefined) {
            // The plain run of the key up to its end or an escape, in one slice.
            let j = i;
            while (j < chunk.length && chunk[j] !== '"' && chunk[j] !== '\\') j += 1;
            if (j > i) {
              const run = chunk.slice(i, j);
              // eslint-disable-next-line no-control-regex
              if (/[\u0000-\u001f]/.test(run)) this.fail('a control character in a string');
              this.key += run;
              this.column += j - i - 1;
              i = j - 1;
              continue;
            }
          }
          if (this.escape !== undefined) {
            this.escape += c;
            const done = this.unescape();
            if (done !== undefined) {
              this.key += done;
              this.escape = undefined;
            }
            continue;
          }
          if (c === '\\') this.escape = '';
          else if (c === '"') this.state = 'colon';
          else this.key += c;
          continue;
        }
        case 'colon':
          if (isSpace(c)) continue;
          if (c !== ':') this.fail(`expected ':', got '${c}'`);
          this.state = 'value';
          this.number = '';
          continue;
        case 'value':
          if (this.number === '' && isSpace(c)) continue;
          if (/[-+0-9.eE]/.test(c)) {
            this.number += c;
            continue;
          }
          if (this.number === '') {
            if (this.flat === undefined) {
              this.flat = false;
              return false;
            }
            this.fail(`the value of "${this.key}" is not a number`);
          }
          if (!this.emit()) return false;
          this.state = 'comma-or-end';
          i -= 1;
          this.column -= 1;
          if (c === '\n') this.line -= 1;
          continue;
        case 'done':
          if (!isSpace(c)) this.fail(`text after the end of the document: '${c}'`);
      }
    }
    return this.flat !== false;
  }

  /** Ends the document; fails if it stopped short. */
  close(): void {
    if (this.state === 'value' && this.number !== '') {
      this.emit();
      this.state = 'comma-or-end';
    }
    if (this.state !== 'done') this.fail(this.state === 'start' ? 'the file is empty' : 'the document ends early');
  }

  /** Hands on one entry; false when the first entry shows this is not a timing map (jest's `numFailedTests`). */
  private emit(): boolean {
    if (!/^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/.test(this.number)) this.fail(`'${this.number}' is not a JSON number`);
    if (this.flat === undefined) {
      // Timing maps are keyed by paths or test ids; anything else is parsed as a whole.
      if (!/::|[/.]/.test(this.key)) {
        this.flat = false;
        return false;
      }
      this.flat = true;
    }
    this.onEntry(this.key, Number(this.number));
    return true;
  }

  /** The character an escape stands for once complete, else undefined. */
  private unescape(): string | undefined {
    const e = this.escape ?? '';
    const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
    if (e.length === 1 && e !== 'u') {
      const ch = simple[e];
      if (ch === undefined) this.fail(`a bad escape '\\${e}'`);
      return ch;
    }
    if (e.length < 5) return undefined;
    if (!/^u[0-9a-fA-F]{4}$/.test(e)) this.fail(`a bad escape '\\${e}'`);
    return String.fromCharCode(parseInt(e.slice(1), 16));
  }
}

const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\r' || c === '\t';

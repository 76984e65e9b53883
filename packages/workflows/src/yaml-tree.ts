import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { UserError } from '@slipway/core';

/** A YAML value with the 1-based line and column where it starts. */
export type YNode = YMap | YSeq | YScalar;

interface Located {
  line: number;
  column: number;
}

export interface YMap extends Located {
  kind: 'map';
  entries: Map<string, YNode>;
  /** Where each key is written (a finding about a key points at the key, not its value). */
  keys: Map<string, Located>;
}

export interface YSeq extends Located {
  kind: 'seq';
  items: YNode[];
}

export interface YScalar extends Located {
  kind: 'scalar';
  value: string | number | boolean | null;
}

/** A YAML document as a located tree, plus its comments by line (for suppressions). */
export interface YDocument {
  root: YNode;
  lines: string[];
}

/** Parses YAML into a located tree; invalid YAML is a UserError naming the file, line and column. */
export function parseYamlTree(content: string, source: string): YDocument {
  const counter = new LineCounter();
  const doc = parseDocument(content, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const at = counter.linePos(first.pos[0]);
    throw new UserError(`${source}:${at.line}:${at.col}: not valid YAML: ${first.message.split('\n')[0] ?? ''}`);
  }
  return treeFromDocument(doc, counter, content);
}

/** The located tree of a document the `yaml` package already parsed (GitHub's parser shares its parse). */
export function treeFromDocument(doc: Document, counter: LineCounter, content: string): YDocument {
  const locate = (node: YamlNode | null | undefined, fallback: number): Located => {
    const offset = node?.range?.[0] ?? fallback;
    const pos = counter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const convert = (node: unknown, fallback: number): YNode => {
    if (isMap(node)) {
      const at = locate(node, fallback);
      const entries = new Map<string, YNode>();
      const keys = new Map<string, Located>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyAt = locate(isScalar(pair.key) ? pair.key : undefined, at.line);
        keys.set(key, keyAt);
        entries.set(key, convert(pair.value, isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0));
      }
      return { kind: 'map', ...at, entries, keys };
    }
    if (isSeq(node)) {
      return { kind: 'seq', ...locate(node, fallback), items: node.items.map((item) => convert(item, node.range?.[0] ?? fallback)) };
    }
    if (isScalar(node)) {
      const v = node.value;
      // The core schema yields strings, numbers, booleans and null; anything else is kept as its source text.
      const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : (node.source ?? '');
      return { kind: 'scalar', ...locate(node, fallback), value };
    }
    // An empty value (`on: push:` with nothing after) is null at the key's place.
    return { kind: 'scalar', ...locate(undefined, fallback), value: null };
  };
  return { root: convert(doc.contents, 0), lines: content.split(/\r?\n/) };
}

/** The child of a mapping, or undefined. */
export function child(node: YNode | undefined, key: string): YNode | undefined {
  return node?.kind === 'map' ? node.entries.get(key) : undefined;
}

/** A scalar as text (numbers and booleans too), or undefined for maps, sequences and null. */
export function text(node: YNode | undefined): string | undefined {
  return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
}

/** The items of a sequence, or the node itself as a one-item list (YAML's `x` or `[x]`). */
export function items(node: YNode | undefined): YNode[] {
  if (!node) return [];
  return node.kind === 'seq' ? node.items : [node];
}

/** The entries of a mapping, in file order. */
export function entries(node: YNode | undefined): [string, YNode][] {
  return node?.kind === 'map' ? [...node.entries] : [];
}

/** Where a key of a mapping is written, falling back to the mapping itself. */
export function keyLine(node: YNode | undefined, key: string): number {
  if (node?.kind === 'map') return node.keys.get(key)?.line ?? node.line;
  return node?.line ?? 1;
}

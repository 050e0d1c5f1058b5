import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { PathSegment } from './positions.js';

/** Bounds that keep loading linear and shallow whatever the file holds. */
export const MAX_DEPTH = 64;
export const MAX_ALIASES = 100;
/** How much one alias may expand to (yaml's maxAliasCount): an alias bomb stops here. */
export const MAX_ALIAS_EXPANSION = 100;

export interface StructureIssue {
  path: PathSegment[];
  message: string;
  /** Offset in the text of the node the issue is about. */
  offset: number | undefined;
}

/**
 * One iterative pass over the parsed document, in document order: nesting depth, duplicate keys
 * (a Set per mapping, where yaml's own uniqueKeys check is quadratic), aliases and their anchors.
 */
export function checkStructure(doc: Document): StructureIssue[] {
  const issues: StructureIssue[] = [];
  const anchors = new Set<string>();
  let aliases = 0;
  const stack: { node: unknown; path: PathSegment[] }[] = [{ node: doc.contents, path: [] }];
  while (stack.length > 0 && issues.length === 0) {
    const { node, path } = stack.pop()!;
    if (!node) continue;
    const offset = (node as Node).range?.[0];
    if (isAlias(node)) {
      aliases++;
      if (!anchors.has(node.source)) {
        issues.push({
          path,
          offset,
          message: `alias *${node.source} has no anchor &${node.source} before it: define the anchor first or write the value out`,
        });
      } else if (aliases > MAX_ALIASES) {
        issues.push({
          path,
          offset,
          message: `more than ${MAX_ALIASES} YAML aliases: write the values out`,
        });
      }
      continue;
    }
    const anchor = (node as Node).anchor;
    if (anchor) anchors.add(anchor);
    if (path.length > MAX_DEPTH) {
      issues.push({ path, offset, message: `nested deeper than ${MAX_DEPTH} levels` });
      continue;
    }
    const children: { node: unknown; path: PathSegment[] }[] = [];
    if (isMap(node)) {
      const seen = new Map<string, number | undefined>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyOffset = (pair.key as Node | null)?.range?.[0];
        if (seen.has(key)) {
          issues.push({
            path: [...path, key],
            offset: keyOffset,
            message: `duplicate key "${key}": each key may appear once in a mapping`,
          });
          break;
        }
        seen.set(key, keyOffset);
        if (pair.key && !isScalar(pair.key)) children.push({ node: pair.key, path: [...path, key] });
        children.push({ node: pair.value, path: [...path, key] });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        children.push({ node: item, path: [...path, i] });
      });
    }
    // reversed onto the stack so they come off in document order
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return issues;
}

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/** The indentation of the line `node` starts on. */
function indentOf(sourceCode: SourceCode, node: TSESTree.Node | TSESTree.Token): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^\s*/u.exec(line)?.[0] ?? '';
}

/**
 * Adds `text` (a property, or an argument) right after `anchor` in its list, in the list's own
 * style: on a new line with the anchor's indentation when the list is one item per line, after a
 * comma on the same line otherwise. Keeps the comma and the comment that follow the anchor on
 * the anchor's line, and a trailing comma when the list had one.
 */
export function insertAfter(fixer: Fixer, sourceCode: SourceCode, anchor: TSESTree.Node, text: string): Fix {
  const next = sourceCode.getTokenAfter(anchor, { includeComments: false });
  const hasComma = next != null && ASTUtils.isCommaToken(next);
  const afterComma = hasComma ? sourceCode.getTokenAfter(next, { includeComments: false }) : next;
  const multiline = afterComma != null && afterComma.loc.start.line > anchor.loc.end.line;
  if (!multiline) {
    return fixer.insertTextAfter(anchor, `, ${text}`);
  }
  const indent = indentOf(sourceCode, anchor);
  if (!hasComma) return fixer.insertTextAfter(anchor, `,\n${indent}${text}`);
  // Skip a comment that ends the anchor's line: `secret: s, // why`.
  let end: TSESTree.Token | TSESTree.Comment = next;
  const comment = sourceCode.getTokenAfter(next, { includeComments: true });
  if (comment && comment.loc.start.line === anchor.loc.end.line && (comment.type === 'Line' || comment.type === 'Block')) end = comment;
  return fixer.insertTextAfterRange(end.range, `\n${indent}${text},`);
}

/**
 * Removes properties or arguments of one list with their commas. Neighbouring items go in one edit
 * (ESLint rejects overlapping fixes); an item alone on its line takes its whole line with it.
 */
export function removeListItems(fixer: Fixer, sourceCode: SourceCode, items: readonly TSESTree.Node[]): Fix[] {
  const sorted = [...items].sort((a, b) => a.range[0] - b.range[0]);
  const groups: Array<[TSESTree.Node, TSESTree.Node]> = [];
  for (const item of sorted) {
    const group = groups.at(-1);
    if (group) {
      const comma = sourceCode.getTokenAfter(group[1], { includeComments: false });
      // Neighbours even with a comment between them: the comment goes with the items it sits among.
      const next = comma && ASTUtils.isCommaToken(comma) ? sourceCode.getTokenAfter(comma, { includeComments: false }) : null;
      if (next?.range[0] === item.range[0]) {
        group[1] = item;
        continue;
      }
    }
    groups.push([item, item]);
  }
  return groups.map(([first, last]) => fixer.removeRange(removalRange(sourceCode, first, last)));
}

/** Removes one property or argument with its comma (see `removeListItems`). */
export function removeListItem(fixer: Fixer, sourceCode: SourceCode, item: TSESTree.Node): Fix {
  return fixer.removeRange(removalRange(sourceCode, item, item));
}

function removalRange(sourceCode: SourceCode, first: TSESTree.Node, last: TSESTree.Node): [number, number] {
  const before = sourceCode.getTokenBefore(first, { includeComments: false });
  const after = sourceCode.getTokenAfter(last, { includeComments: false });
  if (after && ASTUtils.isCommaToken(after)) {
    const following = sourceCode.getTokenAfter(after, { includeComments: true });
    if (following == null) return [first.range[0], after.range[1]];
    const previous = sourceCode.getTokenBefore(first, { includeComments: true });
    const aloneOnLines = following.loc.start.line > last.loc.end.line && (previous == null || previous.loc.end.line < first.loc.start.line);
    // From the start of the first item's line to the start of the next item's line.
    if (aloneOnLines) return [first.range[0] - first.loc.start.column, following.range[0] - following.loc.start.column];
    return [first.range[0], following.range[0]];
  }
  if (before && ASTUtils.isCommaToken(before)) return [before.range[0], last.range[1]];
  // The only item: close the list up (`({ credentials })` → `({})`) unless a comment sits inside.
  const opening = sourceCode.getTokenBefore(first, { includeComments: true });
  const closing = sourceCode.getTokenAfter(last, { includeComments: true });
  if (opening && closing && before === opening && after === closing) return [opening.range[1], closing.range[0]];
  return [first.range[0], last.range[1]];
}

/** True when a property is a plain `key: value` (not a method, getter or shorthand). */
export function isPlainProperty(node: TSESTree.Node): node is TSESTree.Property {
  return node.type === AST_NODE_TYPES.Property && node.kind === 'init' && !node.method;
}

/**
 * Whether fixes may write TypeScript syntax: a TypeScript file parsed by typescript-eslint's parser (which gives node
 * maps). Asked only when a fix or suggestion is built, and answered once: most files never ask, and a first read of
 * the context costs more than most files' whole check (see `createRule`).
 */
export function typeScriptCheck(context: Readonly<{ filename: string; sourceCode: Readonly<TSESLint.SourceCode> }>): () => boolean {
  let typescript: boolean | undefined;
  return () => (typescript ??= /\.[cm]?tsx?$/u.test(context.filename) && context.sourceCode.parserServices?.esTreeNodeToTSNodeMap != null);
}

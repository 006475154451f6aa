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

/** Removes one property or argument with its comma, and its whole line when it stood alone on it. */
export function removeListItem(fixer: Fixer, sourceCode: SourceCode, item: TSESTree.Node): Fix {
  const before = sourceCode.getTokenBefore(item, { includeComments: false });
  const after = sourceCode.getTokenAfter(item, { includeComments: false });
  if (after && ASTUtils.isCommaToken(after)) {
    const following = sourceCode.getTokenAfter(after, { includeComments: true });
    if (following == null) return fixer.removeRange([item.range[0], after.range[1]]);
    const previous = sourceCode.getTokenBefore(item, { includeComments: true });
    const aloneOnLine = following.loc.start.line > item.loc.end.line && (previous == null || previous.loc.end.line < item.loc.start.line);
    if (aloneOnLine) {
      // From the start of the item's line to the start of the next item's line.
      return fixer.removeRange([item.range[0] - item.loc.start.column, following.range[0] - following.loc.start.column]);
    }
    return fixer.removeRange([item.range[0], following.range[0]]);
  }
  if (before && ASTUtils.isCommaToken(before)) {
    return fixer.removeRange([before.range[0], item.range[1]]);
  }
  return fixer.remove(item);
}

/** True when a property is a plain `key: value` (not a method, getter or shorthand). */
export function isPlainProperty(node: TSESTree.Node): node is TSESTree.Property {
  return node.type === AST_NODE_TYPES.Property && node.kind === 'init' && !node.method;
}

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

type Node = TSESTree.Node;

/** Strips what does not change a value: TS assertions, `!`, `?.` chains, `await` and `satisfies`. */
export function unwrap(node: Node): Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.AwaitExpression:
        current = current.argument;
        break;
      default:
        return current;
    }
  }
}

/** The name of a non-computed key or a computed string key; `null` when it cannot be known statically. */
export function getKeyName(property: TSESTree.Property | TSESTree.MemberExpression | TSESTree.PropertyDefinition): string | null {
  const key = property.type === AST_NODE_TYPES.MemberExpression ? property.property : property.key;
  if (!property.computed) {
    if (key.type === AST_NODE_TYPES.Identifier) return key.name;
    if (key.type === AST_NODE_TYPES.PrivateIdentifier) return null;
  }
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number')) {
    return String(key.value);
  }
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) {
    return key.quasis[0]?.value.cooked ?? null;
  }
  return null;
}

/** The value of a string literal or an expression-free template literal. */
export function getStaticString(node: Node): string | null {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? null;
  }
  return null;
}

/**
 * A readable name for a callee: `S3Client`, `AWS.S3`, `aws4.sign`, `AWS.config.update`.
 * Only identifiers and non-computed members; anything else gives `null`.
 */
export function getCalleeName(callee: Node): string | null {
  const node = unwrap(callee);
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.ThisExpression) return 'this';
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const object = getCalleeName(node.object);
    const property = getKeyName(node);
    return object != null && property != null ? `${object}.${property}` : null;
  }
  return null;
}

/** The last segment of a callee: `send` for `client.send`, `S3Client` for `S3Client`. */
export function getCalleeTail(callee: Node): string | null {
  const node = unwrap(callee);
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression) return getKeyName(node);
  return null;
}

/** The identifier at the root of `a.b.c`, or `null`. */
export function getRootIdentifier(node: Node): TSESTree.Identifier | null {
  let current = unwrap(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) current = unwrap(current.object);
  return current.type === AST_NODE_TYPES.Identifier ? current : null;
}

/** The variable an identifier refers to, from the scope it is used in. */
export function findVariable(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null {
  return ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
}

/** True when a variable is written once (its declaration) and never reassigned. */
export function isSingleAssignment(variable: TSESLint.Scope.Variable): boolean {
  let writes = 0;
  for (const reference of variable.references) {
    if (reference.isWrite()) writes += 1;
  }
  return writes <= 1;
}

/**
 * True when `node` can be copied to another place of the same function and read again with the
 * same result: identifiers, `this`, and member reads of those (no calls, no `await`).
 */
export function isStableReference(node: Node): boolean {
  const current = node.type === AST_NODE_TYPES.ChainExpression || node.type === AST_NODE_TYPES.TSNonNullExpression ? node.expression : node;
  if (current.type === AST_NODE_TYPES.Identifier || current.type === AST_NODE_TYPES.ThisExpression) return true;
  if (current.type === AST_NODE_TYPES.TSNonNullExpression) return isStableReference(current.expression);
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    if (current.computed && current.property.type !== AST_NODE_TYPES.Literal) return false;
    return isStableReference(current.object);
  }
  return false;
}

/** The function a `return` statement or an arrow's expression body belongs to. */
export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

export function isFunction(node: Node | null | undefined): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression
  );
}

/** The expressions a function can return (its `return` arguments, or an arrow's expression body). */
export function getReturnedExpressions(fn: FunctionNode): TSESTree.Expression[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const results: TSESTree.Expression[] = [];
  const visit = (node: Node): void => {
    switch (node.type) {
      case AST_NODE_TYPES.ReturnStatement:
        if (node.argument) results.push(node.argument);
        return;
      case AST_NODE_TYPES.BlockStatement:
        node.body.forEach(visit);
        return;
      case AST_NODE_TYPES.IfStatement:
        visit(node.consequent);
        if (node.alternate) visit(node.alternate);
        return;
      case AST_NODE_TYPES.TryStatement:
        visit(node.block);
        if (node.handler) visit(node.handler.body);
        if (node.finalizer) visit(node.finalizer);
        return;
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.LabeledStatement:
        visit(node.body);
        return;
      case AST_NODE_TYPES.SwitchStatement:
        for (const switchCase of node.cases) switchCase.consequent.forEach(visit);
        return;
      default:
    }
  };
  visit(fn.body);
  return results;
}

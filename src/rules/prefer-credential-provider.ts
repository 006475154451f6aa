import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import type { FunctionNode } from '../analysis/ast.js';
import { findVariable, getCalleeName, getCalleeTail, getKeyName, getRootIdentifier, isFunction, isSingleAssignment, unwrap } from '../analysis/ast.js';
import { findCredentialsSlot, findObjectBundle } from '../analysis/consumers.js';
import { typeScriptCheck } from '../analysis/edits.js';
import type { Provenance } from '../analysis/provenance.js';
import { getProvenance } from '../analysis/provenance.js';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageIds = 'staticSnapshot' | 'passProvider';

type Node = TSESTree.Node;

const PROVIDERS_MODULE = '@aws-sdk/credential-providers';

/** What the `credentials` option was given, when it is a one-time copy of temporary credentials. */
interface Snapshot {
  /** Human words for the message. */
  origin: string;
  /** The provider to pass instead, when one can be written down. */
  provider: string | null;
  /** Where the copy is taken: a call, or the declaration of the response it is read from. */
  source: Node;
}

const rule = createRule<Options, MessageIds>({
  name: 'prefer-credential-provider',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Prefer credential providers over snapshots of temporary credentials in long-lived clients',
      recommended: 'strict',
    },
    hasSuggestions: true,
    messages: {
      staticSnapshot:
        'This client is given {{origin}}, a one-time copy of temporary credentials, and {{lifetime}}: when the session expires every call fails with "The security token included in the request is expired". Pass a credential provider, which the SDK refreshes.',
      passProvider: 'Pass the provider: `{{provider}}`.',
    },
    schema: [],
  },
  create,
});
export default rule;

function create(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, _options: Options, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.RuleListener {
  const inTypeScript = typeScriptCheck(context);

  /** Follows a single-assignment `const` to what it was given. */
  function resolve(node: Node, depth = 0): Node {
    const target = unwrap(node);
    if (depth > 3 || target.type !== AST_NODE_TYPES.Identifier) return target;
    const variable = findVariable(sourceCode, target);
    const definition = variable?.defs[0];
    if (!variable || variable.defs.length !== 1 || definition?.type !== 'Variable' || !isSingleAssignment(variable)) return target;
    if (definition.node.id.type !== AST_NODE_TYPES.Identifier || !definition.node.init) return target;
    return resolve(definition.node.init, depth + 1);
  }

  function snapshotOf(value: Node, provenance: Provenance): Snapshot | null {
    const target = resolve(value);
    // `await fromNodeProviderChain()()`, `await provider()`.
    if (target.type === AST_NODE_TYPES.CallExpression && provenance.valueOf(target.callee)?.kind === 'provider') {
      const callee = unwrap(target.callee);
      return { origin: 'the result of calling a credential provider once', provider: sourceCode.getText(callee), source: target };
    }
    // `(await fetchAuthSession()).credentials`, `session.credentials`.
    if (target.type === AST_NODE_TYPES.MemberExpression && getKeyName(target) === 'credentials') {
      const session = resolve(target.object);
      if (session.type === AST_NODE_TYPES.CallExpression && getCalleeName(session.callee) === 'fetchAuthSession') {
        const args = session.arguments.map((argument) => sourceCode.getText(argument)).join(', ');
        return { origin: 'Amplify `fetchAuthSession()` credentials', provider: `async () => (await fetchAuthSession(${args})).credentials${inTypeScript() ? '!' : ''}`, source: session };
      }
      return null;
    }
    // Amplify v5 `await Auth.currentCredentials()`.
    if (target.type === AST_NODE_TYPES.CallExpression && /^Auth\.(?:currentCredentials|currentUserCredentials)$/u.test(getCalleeName(target.callee) ?? '')) {
      return { origin: 'Amplify `Auth.currentCredentials()` credentials', provider: null, source: target };
    }
    // `{ accessKeyId: out.Credentials.AccessKeyId, … }` mapped from an STS, Cognito or SSO response.
    if (target.type === AST_NODE_TYPES.ObjectExpression) {
      const bundle = findObjectBundle(target);
      if (!bundle) return null;
      const key = provenance.valueOf(bundle.key.value);
      if (key?.kind !== 'field' || key.container.certainty !== 'temporary') return null;
      const root = getRootIdentifier(bundle.key.value);
      const definition = root ? findVariable(sourceCode, root)?.defs[0] : undefined;
      return { origin: key.container.origin, provider: assumeRoleProvider(bundle.key.value), source: definition?.node ?? target };
    }
    return null;
  }

  /** `fromTemporaryCredentials({ params: <the AssumeRole input> })` when the AssumeRole call is visible. */
  function assumeRoleProvider(keyValue: Node): string | null {
    let root = getRootIdentifier(keyValue);
    for (let depth = 0; root && depth < 3; depth += 1) {
      const variable = findVariable(sourceCode, root);
      const definition = variable?.defs[0];
      if (definition?.type !== 'Variable' || !definition.node.init) return null;
      const init = unwrap(definition.node.init);
      const command = findAssumeRoleCommand(init);
      if (command) {
        const params = command.arguments[0];
        return params ? `fromTemporaryCredentials({ params: ${sourceCode.getText(params)} })` : null;
      }
      root = getRootIdentifier(init);
    }
    return null;
  }

  /**
   * The import the suggested provider needs: none when its name is in scope, a specifier added to an existing
   * `@aws-sdk/credential-providers` import, or a new import after the last one; `null` when the file has no
   * ES imports to extend (CommonJS), so that no suggestion leaves a name undefined.
   */
  function importEdits(provider: string, at: Node): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | null {
    const name = /^[A-Za-z_$][\w$]*/u.exec(provider)?.[0];
    if (!name || name === 'async' || ASTUtils.findVariable(sourceCode.getScope(at), name)) return () => [];
    const imports = sourceCode.ast.body.filter((statement): statement is TSESTree.ImportDeclaration => statement.type === AST_NODE_TYPES.ImportDeclaration);
    const existing = imports.find((statement) => statement.source.value === PROVIDERS_MODULE && statement.importKind !== 'type' && statement.specifiers.at(-1)?.type === AST_NODE_TYPES.ImportSpecifier);
    const last = existing?.specifiers.at(-1);
    if (last) return (fixer) => [fixer.insertTextAfter(last, `, ${name}`)];
    const anchor = imports.at(-1);
    if (!anchor) return null;
    return (fixer) => [fixer.insertTextAfter(anchor, `\nimport { ${name} } from '${PROVIDERS_MODULE}';`)];
  }

  return {
    'Property[key.name="credentials"], Property[key.value="credentials"]'(node: TSESTree.Property) {
      if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
      const value = node.value as Node;
      if (isFunction(value)) return;
      const provenance = getProvenance(sourceCode);
      const slot = findCredentialsSlot(value, sourceCode, provenance);
      if (!slot || slot.slot !== 'credentials') return;
      const snapshot = snapshotOf(value, provenance);
      if (!snapshot) return;
      // A client kept beyond one call, or a copy taken once when the module loads and reused by later calls.
      const lifetime = isLongLived(slot.call, sourceCode) ? 'the client outlives the session' : enclosingFunction(snapshot.source) ? null : 'the copy is taken once when the module loads';
      if (!lifetime) return;
      const provider = snapshot.provider;
      const imports = provider ? importEdits(provider, node) : null;
      context.report({
        node: value,
        messageId: 'staticSnapshot',
        data: { origin: snapshot.origin, lifetime },
        suggest:
          provider && imports
            ? [
                {
                  messageId: 'passProvider',
                  data: { provider },
                  fix: (fixer: TSESLint.RuleFixer) => [
                    node.shorthand ? fixer.replaceText(node, `credentials: ${provider}`) : fixer.replaceText(value, provider),
                    ...imports(fixer),
                  ],
                },
              ]
            : [],
      });
    },
  };
}

function findAssumeRoleCommand(node: Node): TSESTree.NewExpression | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.NewExpression) return getCalleeTail(target.callee) === 'AssumeRoleCommand' ? target : null;
  if (target.type === AST_NODE_TYPES.CallExpression) {
    for (const argument of target.arguments) {
      const found = findAssumeRoleCommand(argument);
      if (found) return found;
    }
    // v2: `await sts.assumeRole(params).promise()`, `sts.assumeRole(params)`.
    const callee = unwrap(target.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      if (getKeyName(callee) === 'promise') return findAssumeRoleCommand(callee.object);
    }
  }
  if (target.type === AST_NODE_TYPES.MemberExpression) return findAssumeRoleCommand(target.object);
  return null;
}

/**
 * A client that outlives one call: created at module scope, or stored in a module-level variable
 * (a lazily-built singleton), a class's static field, `module.exports` or `globalThis`.
 */
function isLongLived(call: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (!enclosingFunction(call)) return true;
  let current: Node = call;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.AwaitExpression ||
      current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.LogicalExpression ||
      current.parent.type === AST_NODE_TYPES.ConditionalExpression)
  ) {
    current = current.parent;
  }
  const parent = current.parent;
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === current) {
    const left = parent.left;
    if (left.type === AST_NODE_TYPES.Identifier) {
      const variable = findVariable(sourceCode, left);
      return variable?.scope.type === 'module' || variable?.scope.type === 'global';
    }
    if (left.type === AST_NODE_TYPES.MemberExpression) {
      const root = unwrap(left.object);
      if (root.type === AST_NODE_TYPES.Identifier && (root.name === 'globalThis' || root.name === 'global' || root.name === 'module' || root.name === 'exports')) return true;
      if (root.type === AST_NODE_TYPES.MemberExpression && getCalleeName(root) === 'module.exports') return true;
      // `ClassName.client = …`, `this.client = …` inside a static method.
      if (root.type === AST_NODE_TYPES.Identifier) {
        const variable = findVariable(sourceCode, root);
        return variable?.defs[0]?.type === 'ClassName';
      }
      if (root.type === AST_NODE_TYPES.ThisExpression) {
        const fn = enclosingFunction(left);
        return fn?.parent?.type === AST_NODE_TYPES.MethodDefinition && fn.parent.static;
      }
    }
  }
  return false;
}

/** The function (or instance field initializer) that runs the code each time; `null` at module scope and in static fields. */
function enclosingFunction(node: Node): FunctionNode | TSESTree.PropertyDefinition | null {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current)) return current;
    // A static field's initializer runs once, when the class is defined.
    if (current.type === AST_NODE_TYPES.PropertyDefinition) return current.static ? null : current;
  }
  return null;
}

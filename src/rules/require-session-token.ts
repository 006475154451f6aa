import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import { getRootIdentifier, isStableReference } from '../analysis/ast.js';
import type { Bundle, Consumer, ConsumerKind } from '../analysis/consumers.js';
import { findConsumer, findObjectBundle, findPositionalBundle, POSITIONAL_BUNDLE_CALL } from '../analysis/consumers.js';
import { insertAfter, removeListItems } from '../analysis/edits.js';
import type { Field } from '../analysis/provenance.js';
import { classifyKey, fieldName, fieldRole, getProvenance, STANDARD_ENV } from '../analysis/provenance.js';
import { redactKeyId } from '../analysis/secrets.js';
import { createRule } from '../create-rule.js';

export type Options = [{ checkEnvironmentVariables?: boolean }];
export type MessageIds = 'missingToken' | 'temporaryKeyId' | 'environmentPair' | 'addSessionToken' | 'useDefaultChain';

/**
 * Listeners fire only on the key property of a bundle (every scheme's key names, bare or quoted) and
 * on the positional APIs (`POSITIONAL_BUNDLE_CALL`, shared with the rules that read the same calls): ESLint matches
 * these selectors before the rule runs.
 */
const KEY_PROPERTY = 'accessKeyId|accessKey|access_key|aws_access_id|awsAccessKey|AWS_ACCESS_KEY_ID';
const KEY_SELECTOR = `ObjectExpression > Property[key.name=/^(?:${KEY_PROPERTY})$/], ObjectExpression > Property[key.value=/^(?:${KEY_PROPERTY})$/]`;

/** Consumers that read an AWS key pair for an AWS endpoint, where an environment pair without its token is a bug. */
const ENVIRONMENT_CONSUMERS = new Set<ConsumerKind>([
  'sdk-credentials',
  'master-credentials',
  'v2-options',
  'v2-credentials',
  'aws4',
  'kafkajs',
  'iot',
  'bedrock',
]);

export default createRule<Options, MessageIds>({
  name: 'require-session-token',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the session token wherever temporary AWS credentials are passed on',
      recommended: 'recommended',
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      missingToken:
        'The key and secret come from {{origin}} but their session token is not passed: with temporary credentials AWS rejects every call with "The security token included in the request is invalid". Pass `{{tokenKey}}` from the same source.',
      temporaryKeyId:
        'The access key id {{keyId}} is temporary (`ASIA`) but no session token is passed, so AWS answers "The security token included in the request is invalid". Load the key, secret and token together from a credential provider instead of pasting them.',
      environmentPair:
        '`{{keyName}}` and `{{secretName}}` are passed without `AWS_SESSION_TOKEN`: where the environment holds temporary credentials (Lambda, SSO, assumed roles, containers) AWS answers "The security token included in the request is invalid". Pass the token too, or let the default provider chain read all three.',
      addSessionToken: 'Add `{{tokenKey}}: {{tokenText}}`.',
      useDefaultChain: 'Remove the explicit credentials so that the default provider chain reads the key, secret and token together.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkEnvironmentVariables: {
            type: 'boolean',
            description: 'Report `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` environment pairs passed without `AWS_SESSION_TOKEN`.',
          },
        },
      },
    ],
    defaultOptions: [{ checkEnvironmentVariables: true }],
  },
  create(context, [{ checkEnvironmentVariables }], sourceCode) {

    function check(bundle: Bundle, given: Consumer | null): void {
      if (bundle.token || bundle.mayHaveToken) return;
      const provenance = getProvenance(sourceCode);
      const source = classifyKey(provenance.valueOf(bundle.key.value));
      const tokenKey = bundle.scheme.token;

      if (source.kind === 'temporary-literal') {
        context.report({ node: bundle.key.node, messageId: 'temporaryKeyId', data: { keyId: redactKeyId(source.value) } });
        return;
      }

      if (source.kind === 'container') {
        const { field } = source;
        const { container } = field;
        if (container.certainty === 'long-term' || fieldRole(field) !== 'key') return;
        const tokenField = fieldName(container, 'token');
        if (tokenField == null || !secretMatches(bundle, field)) return;
        const consumer = given ?? findConsumer(bundle, sourceCode, provenance);
        if (consumer?.aws === false) return;
        const edits = tokenEdits(field, tokenField, bundle);
        const fix = edits && ((fixer: TSESLint.RuleFixer) => edits.build(fixer));
        context.report({
          node: bundle.key.node,
          messageId: 'missingToken',
          data: { origin: container.origin, tokenKey },
          ...(fix ? { fix } : {}),
        });
        return;
      }

      if (source.kind === 'standard-env' && checkEnvironmentVariables) {
        const secret = provenance.valueOf(bundle.secret.value);
        if (secret?.kind !== 'env' || !STANDARD_ENV.secret.has(secret.name)) return;
        const consumer = given ?? findConsumer(bundle, sourceCode, provenance);
        if (!consumer || !ENVIRONMENT_CONSUMERS.has(consumer.kind) || consumer.aws === false) return;
        const tokenText = 'process.env.AWS_SESSION_TOKEN';
        const removable = defaultChainRemovals(bundle, consumer);
        context.report({
          node: bundle.key.node,
          messageId: 'environmentPair',
          data: { keyName: source.name, secretName: secret.name },
          suggest: [
            {
              messageId: 'addSessionToken',
              data: { tokenKey: bundle.form === 'object' ? tokenKey : 'sessionToken', tokenText },
              fix: (fixer) => insertAfter(fixer, sourceCode, bundle.secret.node, bundle.form === 'object' ? `${tokenKey}: ${tokenText}` : tokenText),
            },
            ...(removable
              ? [
                  {
                    messageId: 'useDefaultChain' as const,
                    fix: (fixer: TSESLint.RuleFixer) => removeListItems(fixer, sourceCode, removable),
                  },
                ]
              : []),
          ],
        });
      }
    }

    /** The secret must come from the same credential object as the key, or the pair is not ours to fix. */
    function secretMatches(bundle: Bundle, keyField: Field): boolean {
      const secret = getProvenance(sourceCode).valueOf(bundle.secret.value);
      if (secret?.kind !== 'field') return false;
      return secret.container.family === keyField.container.family && secret.container.origin === keyField.container.origin;
    }

    /**
     * How to read the token at the bundle: destructure it next to the key (`{ AccessKeyId, SessionToken }`),
     * or read it from the same stable expression the key was read from (`out.Credentials.SessionToken`).
     */
    function tokenEdits(field: Field, tokenField: string, bundle: Bundle): { build: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[] } | null {
      const property = (text: string): string => (bundle.form === 'object' ? `${bundle.scheme.token}: ${text}` : text);
      const insertProperty = (fixer: TSESLint.RuleFixer, text: string): TSESLint.RuleFix => insertAfter(fixer, sourceCode, bundle.secret.node, property(text));

      if (field.read.type === 'pattern') {
        const { pattern } = field.read;
        const hasRest = pattern.properties.some((item) => item.type === AST_NODE_TYPES.RestElement);
        const last = pattern.properties.at(-1);
        const isFree = (name: string): boolean =>
          ASTUtils.findVariable(sourceCode.getScope(bundle.node), name) == null && ASTUtils.findVariable(sourceCode.getScope(pattern), name) == null;
        // `const { AccessKeyId: accessKeyId, … } = c; ({ accessKeyId, secretAccessKey })`: keep the shorthand style.
        const secret = bundle.secret.node;
        const tokenKey = bundle.scheme.token;
        if (!hasRest && last && secret.type === AST_NODE_TYPES.Property && secret.shorthand && tokenKey !== tokenField && isFree(tokenKey)) {
          return { build: (fixer) => [insertAfter(fixer, sourceCode, last, `${tokenField}: ${tokenKey}`), insertAfter(fixer, sourceCode, secret, tokenKey)] };
        }
        if (!hasRest && last && isFree(tokenField)) {
          return { build: (fixer) => [insertAfter(fixer, sourceCode, last, tokenField), insertProperty(fixer, tokenField)] };
        }
        const base = field.container.node;
        if (base && isReachable(base, bundle.node)) {
          const text = `${sourceCode.getText(base)}.${tokenField}`;
          return { build: (fixer) => [insertProperty(fixer, text)] };
        }
        return null;
      }
      const object = field.read.node.object;
      if (!isReachable(object, bundle.node)) return null;
      const text = `${sourceCode.getText(object)}${field.read.node.optional ? '?.' : '.'}${tokenField}`;
      return { build: (fixer) => [insertProperty(fixer, text)] };
    }

    /** A stable expression whose root variable is the same one where the bundle is. */
    function isReachable(expression: TSESTree.Node, at: TSESTree.Node): boolean {
      if (!isStableReference(expression)) return false;
      const root = getRootIdentifier(expression);
      if (!root) return thisOwner(expression) === thisOwner(at);
      const original = ASTUtils.findVariable(sourceCode.getScope(root), root.name);
      return original != null && ASTUtils.findVariable(sourceCode.getScope(at), root.name) === original;
    }

    // An object naming two key properties (`accessKeyId` and `accessKey`) is checked once.
    const seen = new Set<TSESTree.Node>();
    // Assigned, not computed keys of a literal (see `createRule`).
    const listeners: TSESLint.RuleListener = {};
    listeners[KEY_SELECTOR] = (property: TSESTree.Property) => {
      const object = property.parent as TSESTree.ObjectExpression;
      if (seen.has(object)) return;
      seen.add(object);
      const bundle = findObjectBundle(object);
      if (bundle) check(bundle, null);
    };
    listeners[POSITIONAL_BUNDLE_CALL] = (node: TSESTree.CallExpression | TSESTree.NewExpression) => {
      if (node.arguments.length < 2 || node.arguments.length > 4) return;
      const found = findPositionalBundle(node, getProvenance(sourceCode));
      if (found) check(found.bundle, found.consumer);
    };
    return listeners;
  },
});

/** The function whose `this` a node sees (arrows see their parent's); `null` outside functions. */
function thisOwner(node: TSESTree.Node): TSESTree.Node | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) return current;
    if (current.type === AST_NODE_TYPES.PropertyDefinition || current.type === AST_NODE_TYPES.StaticBlock) return current;
  }
  return null;
}

/** What to remove so the consumer falls back to its own provider chain, if it has one. */
function defaultChainRemovals(bundle: Bundle, consumer: Consumer): readonly TSESTree.Node[] | null {
  if (consumer.removable) return consumer.removable;
  // v2 options: the SDK builds credentials only when both are set; without them it uses its chain.
  if (consumer.kind === 'v2-options' && bundle.form === 'object' && consumer.call?.arguments.includes(bundle.node as TSESTree.CallExpressionArgument)) {
    return [bundle.key.node, bundle.secret.node];
  }
  return null;
}

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { findVariable, getCalleeTail, getKeyName, getStaticString, isSingleAssignment, isStableReference, unwrap } from '../analysis/ast.js';
import type { Bundle, Consumer } from '../analysis/consumers.js';
import { findConsumer, findObjectBundle, findPositionalBundle, POSITIONAL_BUNDLE_CALL } from '../analysis/consumers.js';
import { insertAfter, removeListItems } from '../analysis/edits.js';
import type { Provenance, SourceRoot } from '../analysis/provenance.js';
import { classifyKey, fieldName, getProvenance, sourceRoot } from '../analysis/provenance.js';
import { redactKeyId } from '../analysis/secrets.js';
import { createRule } from '../create-rule.js';

export type Options = [{ checkChildProcessEnv?: boolean }];
export type MessageIds =
  | 'longTermKey'
  | 'longTermSource'
  | 'webToken'
  | 'mixedSources'
  | 'inheritedToken'
  | 'removeToken'
  | 'useKeySource'
  | 'setChildToken'
  | 'clearChildToken';

/** Names of identity-provider tokens (OIDC/OAuth/Cognito user pools), never AWS session tokens. */
const WEB_TOKEN_NAME = /^(?:id_?token|access_?token|jwt_?token|jwt|bearer_?token|refresh_?token|oauth_?token|auth_?token)$/iu;
const WEB_TOKEN_CALL = /^(?:getJwtToken|getIdToken|getAccessToken|getToken)$/u;

/** Functions that start a child process and take `{ env }`. */
const CHILD_PROCESS_CALLS = /^(?:spawn|spawnSync|exec|execSync|execFile|execFileSync|fork|execa|execaSync|execaNode|execaCommand|execaCommandSync|crossSpawn|\$)$/u;
const CHILD_PROCESS_MODULES = /^(?:node:)?child_process$|^execa$|^cross-spawn$|^zx$/u;

/** The token key of every name scheme (consumers.ts `SCHEMES`), and the env key that starts a child-env check. */
const TOKEN_NAMES = '/^(?:sessionToken|session_token|aws_sts_token|awsSessionToken|AWS_SESSION_TOKEN|AWS_ACCESS_KEY_ID)$/';
const TOKEN_PROPERTY = `Property[key.name=${TOKEN_NAMES}], Property[key.value=${TOKEN_NAMES}]`;

const SESSION_TOKEN_ENV = 'AWS_SESSION_TOKEN';
const SECURITY_TOKEN_ENV = 'AWS_SECURITY_TOKEN';

const rule = createRule<Options, MessageIds>({
  name: 'no-mismatched-session-token',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow session tokens that cannot belong to the access key they are sent with',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      longTermKey:
        'The access key id {{keyId}} is long-term (`AKIA`) and has no session token: sending one makes AWS answer "The security token included in the request is invalid". Remove the token.',
      longTermSource:
        'These keys come from {{origin}}, which are long-term and have no session token: sending one makes AWS answer "The security token included in the request is invalid". Remove the token.',
      webToken:
        '`{{name}}` is an identity-provider token (JWT/OAuth), not an AWS session token: AWS answers "The security token included in the request is invalid". Exchange it for AWS credentials (Cognito identity pool, AssumeRoleWithWebIdentity) and pass their session token.',
      mixedSources:
        'The access key comes from {{keySource}} but the session token from {{tokenSource}}: a token only works with the keys it was issued with, so AWS answers "The security token included in the request is invalid". Take the token from the key\'s own source, or drop it for long-term keys.',
      inheritedToken:
        'This environment overrides `{{keyName}}` and `{{secretName}}` but inherits `AWS_SESSION_TOKEN` from `process.env`: the child sends the parent\'s token with other keys and AWS answers "The security token included in the request is invalid". Set the token from the same source as the keys, or clear it.',
      removeToken: 'Remove the session token.',
      useKeySource: 'Take the token from the key\'s source: `{{text}}`.',
      setChildToken: 'Set `AWS_SESSION_TOKEN: {{text}}`.',
      clearChildToken: 'Clear the inherited token (`AWS_SESSION_TOKEN: \'\'`).',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkChildProcessEnv: {
            type: 'boolean',
            description: 'Report child-process environments that spread `process.env`, override the access keys and inherit `AWS_SESSION_TOKEN`.',
          },
        },
      },
    ],
    defaultOptions: [{ checkChildProcessEnv: true }],
  },
  create,
});
export default rule;

function create(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, [options]: Options, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.RuleListener {
  // ESLint applies `meta.defaultOptions`; the fallback keeps the documented default wherever it does not.
  const checkChildProcessEnv = options?.checkChildProcessEnv ?? true;

  function check(bundle: Bundle, given: Consumer | null): void {
    if (bundle.scheme.id === 'env' && bundle.form === 'object' && bundle.token == null) {
      if (checkChildProcessEnv) checkChildEnv(bundle);
      return;
    }
    const token = bundle.token;
    if (!token || isExplicitlyEmpty(token.value)) return;
    const provenance = getProvenance(sourceCode);
    let consumer: Consumer | null | undefined;
    const consumerOf = (): Consumer | null => (consumer === undefined ? (consumer = given ?? findConsumer(bundle, sourceCode, provenance)) : consumer);
    const removal = {
      messageId: 'removeToken' as const,
      fix: (fixer: TSESLint.RuleFixer) => removeListItems(fixer, sourceCode, [token.node]),
    };

    // R1: a long-term key with any token.
    const key = classifyKey(provenance.valueOf(bundle.key.value));
    if (key.kind === 'long-term-literal') {
      if (consumerOf()?.aws === false) return;
      context.report({ node: token.node, messageId: 'longTermKey', data: { keyId: redactKeyId(key.value) }, suggest: [removal] });
      return;
    }
    if (key.kind === 'container' && key.field.container.certainty === 'long-term') {
      context.report({ node: token.node, messageId: 'longTermSource', data: { origin: key.field.container.origin }, suggest: [removal] });
      return;
    }

    const keyRoot = sourceRoot(bundle.key.value, sourceCode, provenance) ?? sourceRoot(bundle.secret.value, sourceCode, provenance);
    const fromKeySource = keyRoot ? tokenFromRoot(keyRoot, bundle, provenance) : null;
    const suggestions = (): TSESLint.ReportSuggestionArray<MessageIds> => [
      ...(fromKeySource
        ? [{ messageId: 'useKeySource' as const, data: { text: fromKeySource }, fix: (fixer: TSESLint.RuleFixer) => replaceValue(fixer, token, fromKeySource) }]
        : []),
      removal,
    ];

    // R6: a JWT or OAuth token where the AWS session token goes.
    const webToken = webTokenName(token.value, 0, sourceCode);
    if (webToken) {
      const found = consumerOf();
      if (found?.aws === false || (found?.call && /supabase/iu.test(sourceCode.getText(found.call)))) return;
      if (keyRoot?.kind === 'env' && /^(?:SUPABASE|NEXT_PUBLIC_SUPABASE|VITE_SUPABASE)/u.test(keyRoot.name ?? '')) return;
      context.report({ node: token.value, messageId: 'webToken', data: { name: webToken }, suggest: suggestions() });
      return;
    }

    // R2: key and token from different sources.
    const tokenRoot = sourceRoot(token.value, sourceCode, provenance);
    if (!keyRoot || !tokenRoot || keyRoot.kind === 'literal' || tokenRoot.kind === 'literal') return;
    if (sameRoot(keyRoot, tokenRoot)) return;
    if (consumerOf()?.aws === false) return;
    context.report({
      node: token.value,
      messageId: 'mixedSources',
      data: { keySource: describe(keyRoot), tokenSource: describe(tokenRoot) },
      suggest: suggestions(),
    });
  }

  /** R4: `spawn(cmd, args, { env: { ...process.env, AWS_ACCESS_KEY_ID: k, AWS_SECRET_ACCESS_KEY: s } })`. */
  function checkChildEnv(bundle: Bundle): void {
    const object = bundle.node as TSESTree.ObjectExpression;
    const provenance = getProvenance(sourceCode);
    let inherits = false;
    for (const property of object.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        if (provenance.valueOf(property.argument)?.kind !== 'env-object') return;
        inherits = true;
        continue;
      }
      if (property.computed && getKeyName(property) == null) return;
      if (getKeyName(property) === SESSION_TOKEN_ENV) return;
    }
    if (!inherits || tokenSetLater(object)) return;
    const consumer = findConsumer(bundle, sourceCode, provenance);
    if (consumer?.kind !== 'child-env' || !consumer.call || !isChildProcessCall(consumer.call, provenance)) return;
    const keyName = getKeyName(bundle.key.node as TSESTree.Property) ?? 'AWS_ACCESS_KEY_ID';
    const secretName = getKeyName(bundle.secret.node as TSESTree.Property) ?? 'AWS_SECRET_ACCESS_KEY';
    const keyRoot = sourceRoot(bundle.key.value, sourceCode, provenance);
    const fromKeySource = keyRoot ? tokenFromRoot(keyRoot, bundle, provenance) : null;
    const hasSecurityToken = object.properties.some((property) => property.type === AST_NODE_TYPES.Property && getKeyName(property) === SECURITY_TOKEN_ENV);
    const clearText = `${SESSION_TOKEN_ENV}: ''${hasSecurityToken ? '' : `, ${SECURITY_TOKEN_ENV}: ''`}`;
    const multiline = object.loc.start.line !== object.loc.end.line;
    const clearInsert = multiline && !hasSecurityToken ? clearText.replace(', ', `,\n${' '.repeat(bundle.secret.node.loc.start.column)}`) : clearText;
    context.report({
      node: bundle.key.node,
      messageId: 'inheritedToken',
      data: { keyName, secretName },
      suggest: [
        ...(fromKeySource
          ? [
              {
                messageId: 'setChildToken' as const,
                data: { text: `${fromKeySource} ?? ''` },
                fix: (fixer: TSESLint.RuleFixer) => insertAfter(fixer, sourceCode, bundle.secret.node, `${SESSION_TOKEN_ENV}: ${fromKeySource} ?? ''`),
              },
            ]
          : []),
        { messageId: 'clearChildToken', fix: (fixer) => insertAfter(fixer, sourceCode, bundle.secret.node, clearInsert) },
      ],
    });
  }

  /** `env.AWS_SESSION_TOKEN = …` or `delete env.AWS_SESSION_TOKEN` after `const env = {…}`. */
  function tokenSetLater(object: TSESTree.ObjectExpression): boolean {
    const declarator = object.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = findVariable(sourceCode, declarator.id);
    return (
      variable?.references.some((reference) => {
        const parent = reference.identifier.parent;
        return parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === reference.identifier && getKeyName(parent) === SESSION_TOKEN_ENV;
      }) ?? false
    );
  }

  /** The token read the way the key was: `<same object>.sessionToken`, `process.env.<PREFIX>SESSION_TOKEN`. */
  function tokenFromRoot(root: SourceRoot, bundle: Bundle, provenance: Provenance): string | null {
    if (root.kind === 'env') {
      const key = provenance.valueOf(bundle.key.value);
      if (key?.kind !== 'env' || root.name == null || /^AWS_$/u.test(root.id)) return null;
      const text = sourceCode.getText(key.node);
      const tokenName = `${root.id}${SESSION_TOKEN_ENV.slice(4)}`;
      return text.includes(key.name) ? text.replace(key.name, tokenName) : null;
    }
    // Keep the object as written (`out.Credentials!`), so that the suggestion type-checks like the key does.
    if (root.kind !== 'object' || !root.node || !isStableReference(root.node)) return null;
    const key = provenance.valueOf(bundle.key.value);
    let field: string | null = null;
    if (key?.kind === 'field') field = fieldName(key.container, 'token');
    else {
      const keyExpression = unwrap(bundle.key.value);
      const keyName = (keyExpression.type === AST_NODE_TYPES.MemberExpression ? getKeyName(keyExpression) : null) ?? 'accessKeyId';
      field = /^[A-Z]/u.test(keyName) ? 'SessionToken' : keyName.includes('_') ? (keyName === keyName.toUpperCase() ? 'SESSION_TOKEN' : 'session_token') : 'sessionToken';
    }
    if (field == null) return null;
    return `${sourceCode.getText(root.node)}.${field}`;
  }

  function describe(root: SourceRoot): string {
    if (root.kind === 'env') return `\`${root.name}\``;
    if (root.kind === 'object' && root.node) return `\`${sourceCode.getText(unwrap(root.node))}\``;
    return 'a parameter object';
  }

  const seen = new WeakSet<TSESTree.ObjectExpression>();

  // Attribute selectors: ESLint only calls these listeners for objects with a token (or an env key) and for
  // the positional APIs.
  // Assigned, not computed keys of a literal (see `createRule`).
  const listeners: TSESLint.RuleListener = {};
  listeners[TOKEN_PROPERTY] = (node: TSESTree.Property) => {
    const object = node.parent;
    if (object.type !== AST_NODE_TYPES.ObjectExpression || seen.has(object)) return;
    seen.add(object);
    const bundle = findObjectBundle(object);
    if (bundle) check(bundle, null);
  };
  listeners[POSITIONAL_BUNDLE_CALL] = (node: TSESTree.CallExpression | TSESTree.NewExpression) => {
    if (node.arguments.length < 3 || node.arguments.length > 4) return;
    const found = findPositionalBundle(node, getProvenance(sourceCode));
    if (found) check(found.bundle, found.consumer);
  };
  return listeners;
}

/** One source: the same env prefix, or the same object or one nested in it (`credentials` and `credentials.mechanismProperties`). */
function sameRoot(a: SourceRoot, b: SourceRoot): boolean {
  if (a.kind !== b.kind) return false;
  if (a.id === b.id) return true;
  return a.kind === 'object' && (a.id.startsWith(`${b.id}.`) || b.id.startsWith(`${a.id}.`));
}

/** Replaces a property's value (a shorthand property becomes `key: text`) or an argument. */
function replaceValue(fixer: TSESLint.RuleFixer, part: NonNullable<Bundle['token']>, text: string): TSESLint.RuleFix {
  const { node } = part;
  if (node.type === AST_NODE_TYPES.Property && node.shorthand) return fixer.replaceText(node, `${getKeyName(node) ?? 'sessionToken'}: ${text}`);
  return fixer.replaceText(part.value, text);
}

/** `undefined`, `null`, `''`, `void 0`: an explicit "no token". */
function isExplicitlyEmpty(node: TSESTree.Node): boolean {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name === 'undefined';
  if (target.type === AST_NODE_TYPES.Literal) return target.value === null || target.value === '' || target.value === false;
  if (target.type === AST_NODE_TYPES.UnaryExpression) return target.operator === 'void';
  return getStaticString(target) === '';
}

/** The name that marks an expression as an identity-provider token: `idToken`, `tokens.access_token`, `getJwtToken()`. */
function webTokenName(node: TSESTree.Node, depth: number, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  if (depth > 3) return null;
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.LogicalExpression:
      return target.operator === '&&' ? null : webTokenName(target.left, depth + 1, sourceCode);
    case AST_NODE_TYPES.CallExpression: {
      const tail = getCalleeTail(target.callee);
      if (tail && WEB_TOKEN_CALL.test(tail)) return `${tail}()`;
      const callee = unwrap(target.callee);
      if (tail === 'toString' && callee.type === AST_NODE_TYPES.MemberExpression) return webTokenName(callee.object, depth + 1, sourceCode);
      return null;
    }
    case AST_NODE_TYPES.MemberExpression: {
      const name = getKeyName(target);
      return name != null && WEB_TOKEN_NAME.test(name) ? name : null;
    }
    case AST_NODE_TYPES.Identifier: {
      if (WEB_TOKEN_NAME.test(target.name)) return target.name;
      // `const token = session.idToken`: what the binding was given.
      const variable = findVariable(sourceCode, target);
      const definition = variable?.defs[0];
      if (definition?.type !== 'Variable' || variable!.defs.length !== 1 || !isSingleAssignment(variable!) || definition.node.id.type !== AST_NODE_TYPES.Identifier) return null;
      return definition.node.init ? webTokenName(definition.node.init, depth + 1, sourceCode) : null;
    }
    default:
      return null;
  }
}

function isChildProcessCall(call: TSESTree.CallExpression | TSESTree.NewExpression, provenance: Provenance): boolean {
  const tail = getCalleeTail(call.callee) ?? '';
  if (!CHILD_PROCESS_CALLS.test(tail)) return false;
  const callee = unwrap(call.callee);
  const root = callee.type === AST_NODE_TYPES.MemberExpression ? unwrap(callee.object) : callee;
  const module = root.type === AST_NODE_TYPES.Identifier ? provenance.moduleOf(root.name) : undefined;
  return module == null || CHILD_PROCESS_MODULES.test(module);
}

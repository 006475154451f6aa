import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getCalleeName, getCalleeTail, getKeyName, isStableReference, unwrap } from '../analysis/ast.js';
import type { Bundle, IntendedKey } from '../analysis/consumers.js';
import {
  CAMEL_CREDENTIAL_KEYS,
  findCredentialsSlot,
  findObjectBundle,
  findPositionalBundle,
  intendedCredentialKeys,
  KEY_OR_SECRET_NAME,
  POSITIONAL_BUNDLE_CALL,
} from '../analysis/consumers.js';
import { insertAfter, removeListItems, typeScriptCheck } from '../analysis/edits.js';
import type { Container, Provenance } from '../analysis/provenance.js';
import { fieldName, fieldRole, getProvenance } from '../analysis/provenance.js';
import { ACCESS_KEY_ID } from '../analysis/secrets.js';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageIds =
  | 'pascalCase'
  | 'misspeltKey'
  | 'misspeltKeyV2'
  | 'cognitoSecretKey'
  | 'metadataToken'
  | 'swapped'
  | 'masterNotCredentials'
  | 'missingRoleArn'
  | 'mapFields'
  | 'renameKey'
  | 'swapValues'
  | 'moveRoleArn';

/**
 * Skips files that cannot hold a credential object, before any AST work. No `u` flag: the scan reads whole files
 * (a third of those past the shared check hold none of these), and the names are ASCII.
 */
const RELEVANT_TEXT = /credentials|secret_?a?c?c?e?s?s?_?key|acc?ess_?key|SessionToken/i;

/** Containers spelt in PascalCase: what a camelCase option cannot read. */
const PASCAL_FAMILIES = new Set<Container['family']>(['sts', 'cognito', 'imds', 'iam']);

/** Files that can hold Cognito Identity or metadata-endpoint credentials without type information. */
const COGNITO_TEXT = /CredentialsForIdentity|cognito/iu;
const METADATA_TEXT = /169\.254\.|fd00:ec2::254|AWS_CONTAINER_CREDENTIALS|security-credentials/u;

/** `{ SecretAccessKey } = c` and `c.SessionToken`: reads of a field that may not exist on this family. */
const FIELD_NAMES = '/^(?:SecretAccessKey|SessionToken)$/';
const FIELD_PROPERTY = `Property[key.name=${FIELD_NAMES}], Property[key.value=${FIELD_NAMES}]`;
const FIELD_MEMBER = `MemberExpression[property.name=${FIELD_NAMES}], MemberExpression[property.value=${FIELD_NAMES}]`;
/** `credentials:` / `masterCredentials:` options. */
const SLOT_NAMES = '/^(?:credentials|masterCredentials)$/';
const SLOT_PROPERTY = `Property[key.name=${SLOT_NAMES}], Property[key.value=${SLOT_NAMES}]`;
/**
 * Property names that can make an object a credential object to check: the key id or the secret, or a misspelling
 * or alias of one (see `intendedCredentialKeys`; a misspelt token or expiration alone is not checked). The first
 * pattern is `intendedCredentialKeys`' own cheap rejection, the second `KEY_OR_SECRET_NAME`.
 */
const KEY_NAMES = '/^_?[aestAEST][\\w$-]{4,23}$/';
const KEY_OR_SECRET = `/${KEY_OR_SECRET_NAME}/i`;
const KEY_PROPERTY = `Property[key.name=${KEY_NAMES}][key.name=${KEY_OR_SECRET}], Property[key.value=${KEY_NAMES}][key.value=${KEY_OR_SECRET}]`;
const TEMPORARY_CREDENTIALS_CALL = [
  'CallExpression[callee.name="fromTemporaryCredentials"]',
  'CallExpression[callee.property.name="fromTemporaryCredentials"]',
  'NewExpression[callee.name="ChainableTemporaryCredentials"]',
  'NewExpression[callee.property.name="ChainableTemporaryCredentials"]',
].join(', ');

const TEMPORARY_CREDENTIAL_CALLS = /^(?:fromTemporaryCredentials|ChainableTemporaryCredentials)$/u;

const rule = createRule<Options, MessageIds>({
  name: 'no-malformed-credentials',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow credential objects the AWS SDKs cannot read: PascalCase responses, misspelt keys, swapped values',
      recommended: 'recommended',
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      pascalCase:
        'This value ({{origin}}) is spelt in PascalCase (`AccessKeyId`, `{{secret}}`…) but `{{slot}}` reads camelCase `accessKeyId`/`secretAccessKey`/`sessionToken`, so the SDK fails with "Resolved credential object is not valid". Map the fields explicitly.',
      misspeltKey:
        '`{{name}}` is not a key the SDK reads, so these credentials are incomplete and calls fail with "Resolved credential object is not valid" or "The security token included in the request is invalid". Use `{{intended}}`.',
      misspeltKeyV2:
        '`{{name}}` is not an option the SDK reads: it is ignored and the client silently falls back to the default credential chain. Use `{{intended}}`.',
      cognitoSecretKey:
        'Cognito Identity credentials name the secret `SecretKey`: `SecretAccessKey` is always `undefined` here, so the SDK fails with "Resolved credential object is not valid". Read `SecretKey`.',
      metadataToken:
        'Instance and container metadata credentials name the token `Token`: `SessionToken` is always `undefined` here, so AWS answers "The security token included in the request is invalid". Read `Token`.',
      swapped:
        'The access key id and the secret access key look swapped ({{reason}}): AWS answers "The security token included in the request is invalid". Swap them.',
      masterNotCredentials:
        '`masterCredentials` must be the credentials (or a provider) used to call AssumeRole, not `{ roleArn, … }`: the SDK fails with "Resolved credential object is not valid". Put the role in `params: { RoleArn }`.',
      missingRoleArn:
        '`{{callee}}` is given no `params.RoleArn`: the AssumeRole call fails with a validation error on `roleArn`. Pass the role to assume in `params: { RoleArn }`.',
      mapFields: 'Map the fields: `{{mapping}}`.',
      renameKey: 'Rename `{{name}}` to `{{intended}}`.',
      swapValues: 'Swap the access key id and the secret access key.',
      moveRoleArn: 'Move the role into `params: { RoleArn }` and drop `masterCredentials`.',
    },
    schema: [],
  },
  textGate: RELEVANT_TEXT,
  create,
});
export default rule;

function create(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, _options: Options, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.RuleListener {
  const inTypeScript = typeScriptCheck(context);
  // Whole-text tests, run at most once per file.
  const hintCache = new Map<'cognito' | 'metadata', boolean>();
  const hints = (kind: 'cognito' | 'metadata'): boolean => {
    let found = hintCache.get(kind);
    if (found === undefined) hintCache.set(kind, (found = (kind === 'cognito' ? COGNITO_TEXT : METADATA_TEXT).test(sourceCode.text)));
    return found;
  };

  /** F9: `credentials: out.Credentials` in a camelCase slot. */
  function checkPascalCase(property: TSESTree.Property): void {
    const value = property.value;
    if (value.type === AST_NODE_TYPES.ObjectExpression || value.type === AST_NODE_TYPES.ArrowFunctionExpression || value.type === AST_NODE_TYPES.FunctionExpression) return;
    const provenance = getProvenance(sourceCode);
    const slot = findCredentialsSlot(value as TSESTree.Node, sourceCode, provenance);
    if (!slot) return;
    const container = provenance.valueOf(value as TSESTree.Node);
    if (container?.kind !== 'container' || !PASCAL_FAMILIES.has(container.family)) return;
    const fields = mappedFields(container);
    const target = unwrapTypeWrappers(value as TSESTree.Node);
    const stable = isStableReference(target);
    const baseText = sourceCode.getText(target);
    // TypeScript: the SDK response types make every field optional, the identity needs a string key and secret.
    const assert = inTypeScript() ? '!' : '';
    const required = (camel: string): string => (camel === 'accessKeyId' || camel === 'secretAccessKey' ? assert : '');
    const base = inTypeScript() && !baseText.endsWith('!') ? `${baseText}!` : baseText;
    const objectText = stable
      ? `{ ${fields.map(([camel, pascal]) => `${camel}: ${base}.${pascal}${required(camel)}`).join(', ')} }`
      : `(({ ${fields.map(([, pascal]) => pascal).join(', ')} }) => ({ ${fields.map(([camel, pascal]) => `${camel}: ${pascal}${required(camel)}`).join(', ')} }))(${baseText}${assert})`;
    const replacement = property.shorthand ? `${sourceCode.getText(property.key)}: ${objectText}` : objectText;
    const replaced: TSESTree.Node = property.shorthand ? property : (value as TSESTree.Node);
    const mapping = fields.map(([camel, pascal]) => `${camel}: ….${pascal}`).join(', ');
    const fix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix => fixer.replaceText(replaced, replacement);
    context.report({
      node: value as TSESTree.Node,
      messageId: 'pascalCase',
      data: { origin: container.origin, secret: fieldName(container, 'secret') ?? 'SecretAccessKey', slot: slot.slot },
      ...(stable ? { fix } : {}),
      suggest: stable ? [] : [{ messageId: 'mapFields', data: { mapping }, fix }],
    });
  }

  /** N1, R7: misspelt, wrong-case and alias keys in a credentials object. */
  function checkKeys(object: TSESTree.ObjectExpression): void {
    // Only objects that can be a credentials option: `credentials: {…}`, `const x = {…}`, a call's first argument.
    const parent = object.parent;
    const placed =
      (parent.type === AST_NODE_TYPES.Property && parent.value === object && /^(?:credentials|masterCredentials)$/u.test(getKeyName(parent) ?? '')) ||
      parent.type === AST_NODE_TYPES.VariableDeclarator ||
      parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      ((parent.type === AST_NODE_TYPES.NewExpression || parent.type === AST_NODE_TYPES.CallExpression) && (parent.arguments[0] === object || parent.arguments[1] === object));
    if (!placed) return;
    const candidates: Array<{ property: TSESTree.Property; name: string; intended: readonly IntendedKey[] }> = [];
    for (const property of object.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed || property.method || property.kind !== 'init') continue;
      const name = getKeyName(property);
      if (name == null) continue;
      const intended = intendedCredentialKeys(name);
      if (intended.length > 0) candidates.push({ property, name, intended });
    }
    if (candidates.length === 0) return;
    // Syntax first: the consumer lookup below is the expensive part.
    const names = new Set(object.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? getKeyName(property) : null)));
    if (!names.has('accessKeyId') && !names.has('secretAccessKey') && !candidates.some(({ intended }) => intended.length === 1 && (intended[0] === 'accessKeyId' || intended[0] === 'secretAccessKey'))) {
      return;
    }
    const provenance = getProvenance(sourceCode);
    let mode: 'v3' | 'v2' | null = null;
    const slot = findCredentialsSlot(object, sourceCode, provenance);
    if (slot || isSignerCredentials(object, provenance)) mode = 'v3';
    else if (isV2Options(object, provenance)) mode = 'v2';
    if (mode == null) return;

    const hasSpread = object.properties.some((property) => property.type !== AST_NODE_TYPES.Property || property.computed);
    const claims = new Map<string, number>();
    for (const { intended } of candidates) if (intended.length === 1) claims.set(intended[0]!, (claims.get(intended[0]!) ?? 0) + 1);

    for (const { property, name, intended } of candidates) {
      const rename = (target: string) => (fixer: TSESLint.RuleFixer): TSESLint.RuleFix =>
        property.shorthand ? fixer.replaceText(property, `${target}: ${name}`) : fixer.replaceText(property.key, target);
      const only = intended.length === 1 ? intended[0]! : null;
      const autofix = mode === 'v3' && only != null && !names.has(only) && !hasSpread && claims.get(only) === 1;
      const available = intended.filter((target) => !names.has(target));
      context.report({
        node: property.key,
        messageId: mode === 'v3' ? 'misspeltKey' : 'misspeltKeyV2',
        data: { name, intended: intended.join('` or `') },
        ...(autofix ? { fix: rename(only) } : {}),
        suggest: autofix ? [] : available.map((target) => ({ messageId: 'renameKey' as const, data: { name, intended: target }, fix: rename(target) })),
      });
    }
  }

  /** N2: a key id in the secret slot, a secret in the key slot. */
  function checkSwapped(bundle: Bundle): void {
    if (bundle.scheme.id !== 'camel' && bundle.scheme.id !== 'secret-key' && bundle.scheme.id !== 'env') return;
    const provenance = getProvenance(sourceCode);
    const keyIsSecret = looksLikeSecret(bundle.key.value, provenance);
    const secretIsKey = looksLikeKeyId(bundle.secret.value, provenance);
    if (!keyIsSecret && !secretIsKey) return;
    if (looksLikeKeyId(bundle.key.value, provenance) || looksLikeSecret(bundle.secret.value, provenance)) return;
    const keyText = sourceCode.getText(bundle.key.value);
    const secretText = sourceCode.getText(bundle.secret.value);
    const shorthand = (part: Bundle['key']): boolean => part.node.type === AST_NODE_TYPES.Property && part.node.shorthand;
    context.report({
      node: bundle.secret.value,
      messageId: 'swapped',
      data: { reason: secretIsKey ? 'the secret holds an access key id' : 'the key id holds a secret' },
      suggest: [
        {
          messageId: 'swapValues',
          fix: (fixer) => [
            shorthand(bundle.key) ? fixer.replaceText(bundle.key.node, `${keyText}: ${secretText}`) : fixer.replaceText(bundle.key.value, secretText),
            shorthand(bundle.secret) ? fixer.replaceText(bundle.secret.node, `${secretText}: ${keyText}`) : fixer.replaceText(bundle.secret.value, keyText),
          ],
        },
      ],
    });
  }

  /** F3, F5: `SecretAccessKey` read from Cognito credentials, `SessionToken` from metadata JSON. */
  function checkFieldRead(read: TSESTree.MemberExpression | TSESTree.Property, valueNode: TSESTree.Node): void {
    const name = getKeyName(read);
    // Without types, Cognito and metadata credentials only come from calls the file names. (`Provenance#typed` is
    // whether the parser gave a program: read it here without building the file's analysis.)
    if (!hints(name === 'SecretAccessKey' ? 'cognito' : 'metadata') && sourceCode.parserServices?.program == null) return;
    const field = getProvenance(sourceCode).valueOf(valueNode);
    if (field?.kind !== 'field' || field.name !== name || fieldRole(field) != null) return;
    const family = field.container.family;
    let correct: string | null = null;
    let messageId: MessageIds | null = null;
    if (family === 'cognito' && name === 'SecretAccessKey') {
      correct = 'SecretKey';
      messageId = 'cognitoSecretKey';
    } else if (family === 'imds' && name === 'SessionToken') {
      correct = 'Token';
      messageId = 'metadataToken';
    }
    if (correct == null || messageId == null) return;
    const fixed = correct;
    const key = read.type === AST_NODE_TYPES.MemberExpression ? read.property : read.key;
    context.report({
      node: key,
      messageId,
      fix: (fixer) => {
        if (read.type === AST_NODE_TYPES.MemberExpression) {
          return read.computed ? fixer.replaceText(read.property, `'${fixed}'`) : fixer.replaceText(read.property, fixed);
        }
        // Destructuring: keep the local name, read the right field.
        return read.shorthand ? fixer.replaceText(read, `${fixed}: ${sourceCode.getText(read.value)}`) : fixer.replaceText(read.key, fixed);
      },
    });
  }

  /** F11: `fromTemporaryCredentials({ masterCredentials: { roleArn, region } })` and no `params.RoleArn`. */
  function checkTemporaryCredentials(call: TSESTree.CallExpression | TSESTree.NewExpression): void {
    const tail = getCalleeTail(call.callee) ?? '';
    if (!TEMPORARY_CREDENTIAL_CALLS.test(tail)) return;
    const options = call.arguments[0] && unwrap(call.arguments[0]);
    if (options?.type !== AST_NODE_TYPES.ObjectExpression) return;
    if (options.properties.some((property) => property.type !== AST_NODE_TYPES.Property || property.computed)) return;
    const property = (object: TSESTree.ObjectExpression, ...names: string[]): TSESTree.Property | null =>
      (object.properties.find((item) => item.type === AST_NODE_TYPES.Property && names.includes(getKeyName(item) ?? '')) as TSESTree.Property | undefined) ?? null;
    const master = property(options, 'masterCredentials');
    const params = property(options, 'params');
    const paramsObject = params && unwrap(params.value).type === AST_NODE_TYPES.ObjectExpression ? (unwrap(params.value) as TSESTree.ObjectExpression) : null;
    const paramsOpaque = params != null && (paramsObject == null || paramsObject.properties.some((item) => item.type !== AST_NODE_TYPES.Property || item.computed));
    const hasRoleArn = paramsOpaque || (paramsObject != null && property(paramsObject, 'RoleArn') != null);
    const masterObject = master && unwrap(master.value).type === AST_NODE_TYPES.ObjectExpression ? (unwrap(master.value) as TSESTree.ObjectExpression) : null;
    const roleInMaster = masterObject ? property(masterObject, 'roleArn', 'RoleArn') : null;
    const masterIsCredentials = masterObject == null || findObjectBundle(masterObject) != null || masterObject.properties.some((item) => item.type !== AST_NODE_TYPES.Property || item.computed || CAMEL_CREDENTIAL_KEYS.has(getKeyName(item) ?? '') || intendedCredentialKeys(getKeyName(item) ?? '').length > 0);

    if (masterObject && !masterIsCredentials) {
      const region = property(masterObject, 'region');
      const configKey = tail === 'fromTemporaryCredentials' ? 'clientConfig' : 'stsConfig';
      const canMove = roleInMaster != null && !hasRoleArn && masterObject.properties.every((item) => item === roleInMaster || item === region);
      const roleText = roleInMaster ? sourceCode.getText(roleInMaster.value) : '';
      context.report({
        node: master!.key,
        messageId: 'masterNotCredentials',
        suggest: canMove
          ? [
              {
                messageId: 'moveRoleArn',
                fix: (fixer) => {
                  const extra = region && property(options, configKey) == null ? `, ${configKey}: { region: ${sourceCode.getText(region.value)} }` : '';
                  if (paramsObject == null) return fixer.replaceText(master!, `params: { RoleArn: ${roleText} }${extra}`);
                  const last = paramsObject.properties.at(-1);
                  const addRole = last ? insertAfter(fixer, sourceCode, last, `RoleArn: ${roleText}`) : fixer.replaceText(paramsObject, `{ RoleArn: ${roleText} }`);
                  return extra ? [addRole, fixer.replaceText(master!, extra.slice(2))] : [addRole, ...removeListItems(fixer, sourceCode, [master!])];
                },
              },
            ]
          : [],
      });
      return;
    }
    if (tail === 'fromTemporaryCredentials' && !hasRoleArn) {
      context.report({ node: params?.key ?? call.callee, messageId: 'missingRoleArn', data: { callee: getCalleeName(call.callee) ?? tail } });
    }
  }

  const seen = new WeakSet<TSESTree.ObjectExpression>();

  // Attribute selectors: ESLint only calls these listeners for the few nodes whose names can matter.
  // Assigned, not computed keys of a literal (see `createRule`).
  const listeners: TSESLint.RuleListener = {};
  listeners[FIELD_PROPERTY] = (node: TSESTree.Property) => {
    if (node.parent.type === AST_NODE_TYPES.ObjectPattern) {
      const value = node.value.type === AST_NODE_TYPES.AssignmentPattern ? node.value.left : node.value;
      if (value.type === AST_NODE_TYPES.Identifier) checkFieldRead(node, value);
    }
  };
  listeners[FIELD_MEMBER] = (node: TSESTree.MemberExpression) => {
    checkFieldRead(node, node);
  };
  listeners[SLOT_PROPERTY] = (node: TSESTree.Property) => {
    if (node.parent.type === AST_NODE_TYPES.ObjectExpression) checkPascalCase(node);
  };
  listeners[KEY_PROPERTY] = (node: TSESTree.Property) => {
    const object = node.parent;
    if (object.type !== AST_NODE_TYPES.ObjectExpression || seen.has(object)) return;
    seen.add(object);
    checkKeys(object);
    const bundle = findObjectBundle(object);
    if (bundle) checkSwapped(bundle);
  };
  listeners[TEMPORARY_CREDENTIALS_CALL] = (node: TSESTree.CallExpression | TSESTree.NewExpression) => {
    checkTemporaryCredentials(node);
  };
  listeners[POSITIONAL_BUNDLE_CALL] = (node: TSESTree.CallExpression | TSESTree.NewExpression) => {
    if (node.arguments.length < 2 || node.arguments.length > 4) return;
    const found = findPositionalBundle(node, getProvenance(sourceCode));
    if (found) checkSwapped(found.bundle);
  };
  return listeners;
}

/** `[camelKey, PascalField]` for every field of a container, in the SDK's order. */
function mappedFields(container: Container): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const [camel, role] of [
    ['accessKeyId', 'key'],
    ['secretAccessKey', 'secret'],
    ['sessionToken', 'token'],
    ['expiration', 'expiration'],
  ] as const) {
    const name = fieldName(container, role);
    if (name) pairs.push([camel, name]);
  }
  return pairs;
}

/** Drops `as T`, `!` and `satisfies T` (kept out of the mapped base), keeps everything else. */
function unwrapTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.type === AST_NODE_TYPES.TSAsExpression || current.type === AST_NODE_TYPES.TSSatisfiesExpression || current.type === AST_NODE_TYPES.TSTypeAssertion) {
    current = current.expression;
  }
  return current;
}

/**
 * Signers that take the credentials object itself and never fall back to a chain once one is given:
 * `aws4.sign(request, {…})`, aws4fetch's `new AwsClient({…})`.
 */
function isSignerCredentials(object: TSESTree.ObjectExpression, provenance: Provenance): boolean {
  const parent = object.parent;
  if (parent?.type !== AST_NODE_TYPES.NewExpression && parent?.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = getCalleeName(parent.callee) ?? '';
  const root = name.split('.')[0] ?? '';
  const module = provenance.moduleOf(root);
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[1] === object) return name === 'aws4.sign' && (module == null || module === 'aws4');
  if (parent.type === AST_NODE_TYPES.NewExpression && parent.arguments[0] === object) return getCalleeTail(parent.callee) === 'AwsClient' && (module == null || module === 'aws4fetch');
  return false;
}

/** v2 service options: `new AWS.S3({…})`, `AWS.config.update({…})`, `new AWS.Config({…})`. */
function isV2Options(object: TSESTree.ObjectExpression, provenance: Provenance): boolean {
  const parent = object.parent;
  if ((parent?.type !== AST_NODE_TYPES.NewExpression && parent?.type !== AST_NODE_TYPES.CallExpression) || parent.arguments[0] !== object) return false;
  const name = getCalleeName(parent.callee) ?? '';
  const root = name.split('.')[0] ?? '';
  const v2 = root === 'AWS' || /^aws-sdk(?:\/|$)/u.test(provenance.moduleOf(root) ?? '');
  if (!v2) return false;
  return parent.type === AST_NODE_TYPES.NewExpression ? !/Credentials$/u.test(name) : /\.config\.update$/u.test(name);
}

const KEY_ID_ENV = /(?:ACCESS_KEY_ID|ACCESS_KEY|KEY_ID)$/u;

function looksLikeKeyId(node: TSESTree.Node, provenance: Provenance): boolean {
  const value = provenance.valueOf(node);
  if (value?.kind === 'literal') return ACCESS_KEY_ID.test(value.value);
  if (value?.kind === 'env') return KEY_ID_ENV.test(value.name) && !/SECRET/u.test(value.name);
  if (value?.kind === 'field') return fieldRole(value) === 'key';
  return false;
}

function looksLikeSecret(node: TSESTree.Node, provenance: Provenance): boolean {
  const value = provenance.valueOf(node);
  if (value?.kind === 'env') return /SECRET/u.test(value.name);
  if (value?.kind === 'field') return fieldRole(value) === 'secret';
  if (value?.kind === 'literal') return /^[A-Za-z0-9/+]{40}$/u.test(value.value) && !ACCESS_KEY_ID.test(value.value);
  return false;
}

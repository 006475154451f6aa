import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { findVariable, getCalleeName, getCalleeTail, getKeyName, getStaticString, isFunction, unwrap } from './ast.js';
import type { Provenance } from './provenance.js';

type Node = TSESTree.Node;

/** How an API spells the three parts of a credential (credential-shapes §1.3). */
export interface NameScheme {
  id: string;
  key: readonly string[];
  secret: readonly string[];
  token: string;
}

export const SCHEMES: readonly NameScheme[] = [
  { id: 'camel', key: ['accessKeyId'], secret: ['secretAccessKey'], token: 'sessionToken' },
  // aws-iot-device-sdk v1 and minio-js.
  { id: 'secret-key', key: ['accessKeyId', 'accessKey'], secret: ['secretKey'], token: 'sessionToken' },
  // Amplify v5 Signer.
  { id: 'snake', key: ['access_key'], secret: ['secret_key'], token: 'session_token' },
  // aws-iot-device-sdk-v2 browser credentials.
  { id: 'iot-v2', key: ['aws_access_id'], secret: ['aws_secret_key'], token: 'aws_sts_token' },
  // @anthropic-ai/bedrock-sdk.
  { id: 'aws-prefixed', key: ['awsAccessKey'], secret: ['awsSecretKey'], token: 'awsSessionToken' },
  // Child-process environments and Amazon SP-API `credentials`.
  { id: 'env', key: ['AWS_ACCESS_KEY_ID'], secret: ['AWS_SECRET_ACCESS_KEY'], token: 'AWS_SESSION_TOKEN' },
];

/** Property names that carry a token whatever the scheme (and aliases the SDK ignores, left to other rules). */
const TOKEN_LIKE = /token/iu;

export interface BundlePart {
  /** The `Property` (object form) or the argument (positional form). */
  node: Node;
  value: Node;
}

/** Credentials handed over in one place: an object literal, or the arguments of a positional API. */
export interface Bundle {
  form: 'object' | 'positional';
  /** The object literal, or the call. */
  node: TSESTree.ObjectExpression | TSESTree.CallExpression | TSESTree.NewExpression;
  scheme: NameScheme;
  key: BundlePart;
  secret: BundlePart;
  token: BundlePart | null;
  /** A spread, a computed key, or a token-like property that may carry the token. */
  mayHaveToken: boolean;
}

export type ConsumerKind =
  | 'sdk-credentials' // `credentials:` of a v3 client, SignatureV4, Signer, createSignedFetcher, aws4-axios…
  | 'master-credentials' // `fromTemporaryCredentials({ masterCredentials })`, `ChainableTemporaryCredentials`
  | 'v2-options' // `new AWS.S3({ accessKeyId… })`, `AWS.config.update`, `new AWS.Config`
  | 'v2-credentials' // `new AWS.Credentials(…)`
  | 'aws4' // `aws4.sign(request, credentials)`
  | 'aws4fetch' // `new AwsClient({…})`
  | 'minio' // `new Minio.Client({ endPoint, accessKey, secretKey })`
  | 'kafkajs' // `sasl: { mechanism: 'aws', … }`
  | 'iot' // `awsIot.device({…})`, `updateWebSocketCredentials(…)`
  | 'amplify-signer' // `Signer.sign(request, { access_key, … })`
  | 'bedrock' // `createAmazonBedrock({…})`, `new AnthropicBedrock({…})`
  | 'child-env'; // `spawn(cmd, args, { env: {…} })`

export interface Consumer {
  kind: ConsumerKind;
  /** The call or `new` that receives the credentials (`null` for `x.credentials = …`). */
  call: TSESTree.CallExpression | TSESTree.NewExpression | null;
  /**
   * The property or argument that can be removed so that the library's default provider chain
   * reads all three values itself; `null` where the library has no such chain.
   */
  removable: readonly Node[] | null;
  /** `false` when the endpoint is not AWS (R2, MinIO, localhost…); `null` when nothing says. */
  aws: boolean | null;
}

/** Hosts that speak SigV4 but are not AWS: no AWS session there (credential-shapes §6.1). */
const NON_AWS_ENDPOINT = /r2\.cloudflarestorage\.com|backblazeb2\.com|digitaloceanspaces\.com|wasabisys\.com|storage\.supabase\.co|localhost|127\.0\.0\.1|minio|localstack|storage\.googleapis\.com|linodeobjects\.com|scw\.cloud|oraclecloud\.com|idrivee2|:\d{2,5}(?:\/|$)/iu;
const AWS_ENDPOINT = /amazonaws\.com(?:\.cn)?(?:[:/]|$)|\.aws(?:[:/]|$)/iu;
const NON_AWS_ENV = /^(?:R2|B2|MINIO|SPACES|DO|WASABI|SUPABASE|CLOUDFLARE|LINODE|SCALEWAY|GCS)_/u;
const ENDPOINT_KEYS = new Set(['endpoint', 'endPoint', 'host', 'hostname', 'url', 'baseURL', 'baseUrl']);

/** Reads the names of an object literal's properties; `null` entries stand for spreads and computed keys. */
function propertyNames(object: TSESTree.ObjectExpression): Array<[string | null, TSESTree.Property | null]> {
  return object.properties.map((property) =>
    property.type === AST_NODE_TYPES.Property ? [getKeyName(property), property] : [null, null],
  );
}

/** Every key-id property name of every scheme: the first, allocation-free filter. */
const KEY_NAMES = new Set(SCHEMES.flatMap((scheme) => scheme.key));

/** A cheap test used by listeners before anything else: does this object name a key and a secret? */
export function findObjectBundle(object: TSESTree.ObjectExpression): Bundle | null {
  if (object.properties.length < 2) return null;
  let hasKeyName = false;
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = property.key;
    const name = !property.computed && key.type === AST_NODE_TYPES.Identifier ? key.name : key.type === AST_NODE_TYPES.Literal ? String(key.value) : null;
    if (name != null && KEY_NAMES.has(name)) {
      hasKeyName = true;
      break;
    }
  }
  if (!hasKeyName) return null;
  const names = propertyNames(object);
  for (const scheme of SCHEMES) {
    const key = names.find(([name]) => name != null && scheme.key.includes(name));
    const secret = names.find(([name]) => name != null && scheme.secret.includes(name));
    if (!key?.[1] || !secret?.[1]) continue;
    const token = names.find(([name]) => name === scheme.token);
    const mayHaveToken = names.some(([name]) => name == null || (name !== scheme.token && TOKEN_LIKE.test(name)));
    return {
      form: 'object',
      node: object,
      scheme,
      key: { node: key[1], value: key[1].value },
      secret: { node: secret[1], value: secret[1].value },
      token: token?.[1] ? { node: token[1], value: token[1].value } : null,
      mayHaveToken,
    };
  }
  return null;
}

const CAMEL = SCHEMES[0]!;
const POSITIONAL_V2 = /^(?:AWS\.)?Credentials$/u;

/** The calls `findPositionalBundle` reads, as an ESLint selector: listeners on it see no other call. */
export const POSITIONAL_BUNDLE_CALL = [
  'NewExpression[callee.name="Credentials"]',
  'NewExpression[callee.property.name="Credentials"]',
  'CallExpression[callee.property.name="updateWebSocketCredentials"]',
  'CallExpression[callee.name="updateWebSocketCredentials"]',
].join(', ');

/** Positional APIs: `new AWS.Credentials(key, secret, token?)`, `updateWebSocketCredentials(key, secret, token, expiration)`. */
export function findPositionalBundle(call: TSESTree.CallExpression | TSESTree.NewExpression, provenance: Provenance): { bundle: Bundle; consumer: Consumer } | null {
  const tail = getCalleeTail(call.callee);
  if (tail !== 'Credentials' && tail !== 'updateWebSocketCredentials') return null;
  const args = call.arguments;
  const [key, secret, token] = args;
  if (!key || !secret || args.some((arg) => arg.type === AST_NODE_TYPES.SpreadElement)) return null;
  if (key.type === AST_NODE_TYPES.ObjectExpression) return null;
  const name = getCalleeName(call.callee) ?? '';
  let kind: ConsumerKind | null = null;
  if (call.type === AST_NODE_TYPES.NewExpression && POSITIONAL_V2.test(name)) {
    const root = name.split('.')[0]!;
    if (root === 'AWS' || /^aws-sdk/u.test(provenance.moduleOf(root) ?? '')) kind = 'v2-credentials';
  } else if (call.type === AST_NODE_TYPES.CallExpression && getCalleeTail(call.callee) === 'updateWebSocketCredentials') {
    kind = 'iot';
  }
  if (kind == null) return null;
  return {
    bundle: {
      form: 'positional',
      node: call,
      scheme: CAMEL,
      key: { node: key, value: key },
      secret: { node: secret, value: secret },
      token: token ? { node: token, value: token } : null,
      mayHaveToken: false,
    },
    consumer: { kind, call, removable: null, aws: null },
  };
}

/**
 * Where an object bundle ends up: a known consumer reached directly, through a `const`, or as the
 * value a provider function returns. `null` when the object goes nowhere we know.
 */
export function findConsumer(bundle: Bundle, sourceCode: Readonly<TSESLint.SourceCode>, provenance: Provenance): Consumer | null {
  if (bundle.form !== 'object') return null;
  return consumerOfSlot(bundle.node, bundle.scheme, sourceCode, provenance, 0, null);
}

/**
 * `slot` is the `credentials`/`masterCredentials` property the search started from when the object
 * holding it is not itself an argument (`const config = { credentials }; new S3Client(config)`).
 */
function consumerOfSlot(
  node: Node,
  scheme: NameScheme,
  sourceCode: Readonly<TSESLint.SourceCode>,
  provenance: Provenance,
  depth: number,
  slot: TSESTree.Property | null,
): Consumer | null {
  if (depth > 3) return null;
  let current: Node = node;
  // Climb through wrappers that keep the value: `x as T`, `x!`, `(x)`, `cond ? x : y`, `x ?? y`.
  for (;;) {
    const parent: Node | undefined = current.parent;
    if (!parent) return null;
    if (
      parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      parent.type === AST_NODE_TYPES.ConditionalExpression ||
      parent.type === AST_NODE_TYPES.LogicalExpression ||
      parent.type === AST_NODE_TYPES.AwaitExpression
    ) {
      current = parent;
      continue;
    }
    break;
  }
  const parent = current.parent!;

  // `client.config.credentials = {…}`, `AWS.config.credentials = {…}`.
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === current && parent.left.type === AST_NODE_TYPES.MemberExpression) {
    if (slot == null && getKeyName(parent.left) === 'credentials' && scheme.id === 'camel') {
      return { kind: 'sdk-credentials', call: null, removable: null, aws: null };
    }
    return null;
  }

  // `{ credentials: <bundle> }` and friends.
  if (parent.type === AST_NODE_TYPES.Property && parent.value === current) {
    const slotName = getKeyName(parent);
    const owner = parent.parent;
    if (owner.type !== AST_NODE_TYPES.ObjectExpression) return null;
    if (slot == null && (slotName === 'credentials' || slotName === 'masterCredentials')) {
      const call = callOfArgument(owner);
      if (call) {
        const kind: ConsumerKind = slotName === 'masterCredentials' ? 'master-credentials' : 'sdk-credentials';
        return { kind, call, removable: [parent], aws: endpointIsAws(owner, provenance) };
      }
      // The options object is built first and passed later (`const config = {…}; new S3Client(config)`).
      return consumerOfSlot(owner, scheme, sourceCode, provenance, depth + 1, parent);
    }
    if (slot != null) return null;
    const slot_ = slotName;
    if (slot_ === 'sasl' && scheme.id === 'camel' && isAwsSasl(bundleObject(current))) {
      const call = callOfArgument(owner) ?? nearestCall(owner);
      return call ? { kind: 'kafkajs', call, removable: null, aws: true } : null;
    }
    if (slot_ === 'env' && scheme.id === 'env') {
      const call = callOfArgument(owner);
      return call ? { kind: 'child-env', call, removable: null, aws: null } : null;
    }
    return null;
  }

  // A direct argument: v2 service options, aws4, aws4fetch, minio, bedrock, Amplify Signer, IoT.
  if ((parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(current as TSESTree.CallExpressionArgument)) {
    if (slot) {
      const kind: ConsumerKind = getKeyName(slot) === 'masterCredentials' ? 'master-credentials' : 'sdk-credentials';
      const options = bundleObject(current);
      return { kind, call: parent, removable: [slot], aws: options ? endpointIsAws(options, provenance) : null };
    }
    return consumerOfArgument(parent, current, scheme, provenance);
  }
  if (slot != null && parent.type !== AST_NODE_TYPES.VariableDeclarator) return null;

  // A provider: `credentials: async () => ({…})`, `getCredentials: () => Promise.resolve({…})`.
  const fn = enclosingReturnFunction(current);
  if (fn) {
    const slot = fn.parent;
    if (slot?.type === AST_NODE_TYPES.Property && slot.value === fn) {
      const slotName = getKeyName(slot);
      if (slotName === 'credentials' || slotName === 'getCredentials' || slotName === 'masterCredentials' || slotName === 'credentialProvider') {
        const call = callOfArgument(slot.parent as TSESTree.ObjectExpression);
        if (call) return { kind: slotName === 'masterCredentials' ? 'master-credentials' : 'sdk-credentials', call, removable: [slot], aws: endpointIsAws(slot.parent as TSESTree.ObjectExpression, provenance) };
      }
    }
    return null;
  }

  // `const credentials = {…}` used later in a consumer slot.
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(sourceCode, parent.id);
    if (!variable) return null;
    for (const reference of variable.references) {
      if (reference.init || !reference.isRead()) continue;
      const consumer = consumerOfSlot(reference.identifier, scheme, sourceCode, provenance, depth + 1, slot);
      // The removable slot is still in the declaration when the options object was declared first.
      if (consumer) return { ...consumer, removable: slot ? consumer.removable : null };
    }
  }
  return null;
}

function bundleObject(node: Node): TSESTree.ObjectExpression | null {
  const target = unwrap(node);
  return target.type === AST_NODE_TYPES.ObjectExpression ? target : null;
}

function isAwsSasl(object: TSESTree.ObjectExpression | null): boolean {
  if (!object) return false;
  return object.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.Property && getKeyName(property) === 'mechanism' && getStaticString(property.value)?.toLowerCase() === 'aws',
  );
}

/** The call an object literal is an argument of. */
function callOfArgument(object: Node): TSESTree.CallExpression | TSESTree.NewExpression | null {
  let current: Node = object;
  while (current.parent?.type === AST_NODE_TYPES.TSAsExpression || current.parent?.type === AST_NODE_TYPES.TSSatisfiesExpression) current = current.parent;
  const parent = current.parent;
  if ((parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(current as TSESTree.CallExpressionArgument)) {
    return parent;
  }
  return null;
}

function nearestCall(node: Node): TSESTree.CallExpression | TSESTree.NewExpression | null {
  for (let current: Node | undefined = node; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.CallExpression || current.type === AST_NODE_TYPES.NewExpression) return current;
    if (isFunction(current)) return null;
  }
  return null;
}

/** The function whose return value (or arrow body, or `Promise.resolve` argument) is `node`. */
function enclosingReturnFunction(node: Node): TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | null {
  let current = node;
  const parent = current.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && getCalleeName(parent.callee) === 'Promise.resolve') current = parent;
  const holder = current.parent;
  if (holder?.type === AST_NODE_TYPES.ArrowFunctionExpression && holder.body === current) return holder;
  if (holder?.type === AST_NODE_TYPES.ReturnStatement) {
    for (let scope: Node | undefined = holder.parent; scope; scope = scope.parent) {
      if (scope.type === AST_NODE_TYPES.ArrowFunctionExpression || scope.type === AST_NODE_TYPES.FunctionExpression) return scope;
      if (scope.type === AST_NODE_TYPES.FunctionDeclaration) return null;
    }
  }
  return null;
}

function consumerOfArgument(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  argument: Node,
  scheme: NameScheme,
  provenance: Provenance,
): Consumer | null {
  const name = getCalleeName(call.callee) ?? '';
  const tail = getCalleeTail(call.callee) ?? '';
  const root = name.split('.')[0] ?? '';
  const module = provenance.moduleOf(root) ?? '';
  const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
  const object = bundleObject(argument);
  const isNew = call.type === AST_NODE_TYPES.NewExpression;
  const awsV2 = root === 'AWS' || /^aws-sdk(?:\/|$)/u.test(module);

  if (scheme.id === 'camel') {
    if (isNew && /^(?:AWS\.)?Credentials$/u.test(name) && awsV2) return { kind: 'v2-credentials', call, removable: null, aws: null };
    if (tail === 'update' && /config$/iu.test(name.split('.').slice(-2, -1)[0] ?? '')) {
      return { kind: 'v2-options', call, removable: null, aws: object ? endpointIsAws(object, provenance) : null };
    }
    if (isNew && awsV2) return { kind: 'v2-options', call, removable: null, aws: object ? endpointIsAws(object, provenance) : null };
    if (tail === 'sign' && (root === 'aws4' || module === 'aws4') && index === 1) {
      return { kind: 'aws4', call, removable: [argument], aws: null };
    }
    // aws4-axios before 2.0: `aws4Interceptor(options, credentials)`.
    if (tail === 'aws4Interceptor' && index === 1) return { kind: 'aws4', call, removable: [argument], aws: null };
    if (isNew && tail === 'AwsClient') return { kind: 'aws4fetch', call, removable: null, aws: null };
    if (tail === 'createAmazonBedrock' || /bedrock/iu.test(module)) return { kind: 'bedrock', call, removable: null, aws: true };
    if (tail === 'device' || tail === 'thingShadow' || /aws-iot-device-sdk/u.test(module)) return { kind: 'iot', call, removable: null, aws: true };
    if (tail === 'ChainableTemporaryCredentials' || tail === 'TemporaryCredentials') return { kind: 'master-credentials', call, removable: null, aws: true };
  }
  if (scheme.id === 'secret-key') {
    if (isNew && (tail === 'Client' && (/minio/iu.test(module) || /minio/iu.test(root)))) {
      return { kind: 'minio', call, removable: null, aws: object ? endpointIsAws(object, provenance) : null };
    }
    if (tail === 'device' || tail === 'thingShadow' || /aws-iot-device-sdk/u.test(module)) return { kind: 'iot', call, removable: null, aws: true };
  }
  if (scheme.id === 'snake' && index === 1 && (tail === 'sign' || tail === 'signUrl')) return { kind: 'amplify-signer', call, removable: null, aws: true };
  if (scheme.id === 'aws-prefixed' && isNew && /Bedrock/u.test(tail)) return { kind: 'bedrock', call, removable: null, aws: true };
  return null;
}

/** Looks at a client's options for an endpoint that is plainly AWS or plainly not. */
export function endpointIsAws(options: TSESTree.ObjectExpression, provenance: Provenance): boolean | null {
  for (const property of options.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const name = getKeyName(property);
    if (name == null || !ENDPOINT_KEYS.has(name)) continue;
    const value = provenance.valueOf(property.value);
    if (value?.kind === 'env') return NON_AWS_ENV.test(value.name) ? false : null;
    const text = value?.kind === 'literal' ? value.value : null;
    if (text == null) return null;
    if (AWS_ENDPOINT.test(text)) return true;
    return NON_AWS_ENDPOINT.test(text) || /^[a-z]+:\/\//iu.test(text) || text.includes('.') ? false : null;
  }
  return null;
}

/** Modules whose `credentials` / `masterCredentials` options read a camelCase `AwsCredentialIdentity`. */
const CAMEL_CREDENTIAL_MODULES = /^@aws-sdk\/|^@smithy\/|^aws-sdk(?:\/|$)|^aws4-axios$|^aws-sigv4-fetch$|^@opensearch-project\/opensearch/u;
/** Callees that take camelCase credentials when nothing says where they come from (a global, a re-export). */
const CAMEL_CREDENTIAL_CALLEES = /^(?:[A-Z][A-Za-z0-9]*Client|SignatureV4|Signer|fromTemporaryCredentials|createSignedFetcher|aws4Interceptor|ChainableTemporaryCredentials)$/u;

/**
 * Whether a call reads its `credentials` / `masterCredentials` option as camelCase credentials:
 * v3 clients, `SignatureV4`, `Signer`, `fromTemporaryCredentials`, v2 service constructors and credential classes.
 * A callee imported from a module we do not know is not one.
 */
export function isCamelCredentialsCall(call: TSESTree.CallExpression | TSESTree.NewExpression, provenance: Provenance): boolean {
  const name = getCalleeName(call.callee) ?? '';
  const tail = getCalleeTail(call.callee) ?? '';
  const root = name.split('.')[0] ?? '';
  const module = provenance.moduleOf(root);
  if (module != null) return CAMEL_CREDENTIAL_MODULES.test(module);
  if (root === 'AWS') return call.type === AST_NODE_TYPES.NewExpression || /\.config\.update$/u.test(name);
  return CAMEL_CREDENTIAL_CALLEES.test(tail);
}

/** A `credentials:` or `masterCredentials:` option of a camelCase consumer, and what fills it. */
export interface CredentialsSlot {
  slot: 'credentials' | 'masterCredentials';
  property: TSESTree.Property;
  call: TSESTree.CallExpression | TSESTree.NewExpression;
}

/**
 * The camelCase credentials slot a value fills: directly (`new S3Client({ credentials: <node> })`), or
 * through a single-assignment `const` that is used there. `null` when the value goes nowhere we know.
 */
export function findCredentialsSlot(node: Node, sourceCode: Readonly<TSESLint.SourceCode>, provenance: Provenance, depth = 0): CredentialsSlot | null {
  if (depth > 2) return null;
  let current: Node = node;
  while (
    current.parent?.type === AST_NODE_TYPES.TSAsExpression ||
    current.parent?.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.parent?.type === AST_NODE_TYPES.TSNonNullExpression
  ) {
    current = current.parent;
  }
  const parent = current.parent;
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === current && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const slot = getKeyName(parent);
    if (slot !== 'credentials' && slot !== 'masterCredentials') return null;
    const call = callOfArgument(parent.parent);
    if (!call || !isCamelCredentialsCall(call, provenance)) return null;
    return { slot, property: parent, call };
  }
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(sourceCode, parent.id);
    if (!variable) return null;
    for (const reference of variable.references) {
      if (reference.init || !reference.isRead()) continue;
      const found = findCredentialsSlot(reference.identifier, sourceCode, provenance, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

/** The keys a camelCase credential identity has (`@smithy/types` `AwsCredentialIdentity`). */
export const CAMEL_CREDENTIAL_KEYS = new Set(['accessKeyId', 'secretAccessKey', 'sessionToken', 'expiration', 'credentialScope', 'accountId']);
const INTENDED_KEYS = ['accessKeyId', 'secretAccessKey', 'sessionToken', 'expiration'] as const;
export type IntendedKey = (typeof INTENDED_KEYS)[number];

/** Names people use for a credential key that the SDKs never read (lowercased, `_` and `-` removed). */
const KEY_ALIASES: Readonly<Record<string, IntendedKey>> = {
  accesskey: 'accessKeyId',
  awsaccesskeyid: 'accessKeyId',
  awsaccesskey: 'accessKeyId',
  secretkey: 'secretAccessKey',
  secret: 'secretAccessKey',
  awssecretaccesskey: 'secretAccessKey',
  awssecretkey: 'secretAccessKey',
  securitytoken: 'sessionToken',
  awssessiontoken: 'sessionToken',
  awssecuritytoken: 'sessionToken',
  ststoken: 'sessionToken',
  token: 'sessionToken',
  expiretime: 'expiration',
  expirationtime: 'expiration',
  expires: 'expiration',
  expiry: 'expiration',
  expiresat: 'expiration',
};

/**
 * Property names that can name the key id or the secret of a credential object: every key-id name of `SCHEMES`,
 * `secretAccessKey`, and every name `intendedCredentialKeys` maps to exactly one of `accessKeyId` and
 * `secretAccessKey`. Written for selectors (with the `i` flag): a name within two edits of `accesskeyid` keeps one
 * of `acce`, `sske`, `yid` whole (two edits change at most two of three pieces), one within two edits of
 * `secretaccesskey` keeps one of `secre`, `tacce`, `sskey`, and every alias holds `acce` or `secre`; `_` and `-`
 * may stand anywhere between the letters, as normalisation drops them. `tests/analysis.test.ts` checks it.
 */
export const KEY_OR_SECRET_NAME = 'a[-_]*c[-_]*c[-_]*e|s[-_]*s[-_]*k[-_]*e|y[-_]*i[-_]*d|s[-_]*e[-_]*c[-_]*r[-_]*e';

const NAME_START = /^_?[aestAEST]/u;
const INTENDED_LOWER = INTENDED_KEYS.map((key) => key.toLowerCase());
const normalizeKey = (name: string): string => {
  const lower = name.toLowerCase();
  return lower.includes('_') || lower.includes('-') ? lower.replace(/[_-]/gu, '') : lower;
};

/** Two rows of the edit-distance table, reused by every call (names are at most 24 characters, keys 15). */
const ROWS = [new Int32Array(32), new Int32Array(32)] as const;

/** The edit distance of `a` and `b`, or `limit + 1` as soon as it must exceed `limit`. Allocates nothing. */
function levenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = ROWS[0];
  let current = ROWS[1];
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let best = i;
    const char = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (char === b.charCodeAt(j - 1) ? 0 : 1));
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]!;
}

/**
 * The credential keys a property name was meant to be (`secretAcessKey`, `AccessKeyId`, `access_key_id`,
 * `securityToken`): an alias, or within two edits of a key once lowercased without `_`. Empty for real keys
 * and for names that are nothing like one.
 */
export function intendedCredentialKeys(name: string): readonly IntendedKey[] {
  // Cheap rejections first: this runs on property names of many objects. Every alias and every key within two
  // edits starts with a, e, s or t (case-insensitive, after an optional `_`) and is 5 to 24 characters long.
  if (name.length < 5 || name.length > 24 || !NAME_START.test(name) || CAMEL_CREDENTIAL_KEYS.has(name)) return NONE;
  let intended = INTENDED_BY_NAME.get(name);
  if (intended === undefined) {
    // Names repeat across objects and files (`status`, `timeout`, `endpoint`): remember a bounded number.
    if (INTENDED_BY_NAME.size >= 4096) INTENDED_BY_NAME.clear();
    intended = computeIntendedKeys(name);
    INTENDED_BY_NAME.set(name, intended);
  }
  return intended;
}

const NONE: readonly IntendedKey[] = Object.freeze([]);
const INTENDED_BY_NAME = new Map<string, readonly IntendedKey[]>();

function computeIntendedKeys(name: string): readonly IntendedKey[] {
  const normalized = normalizeKey(name);
  const alias = KEY_ALIASES[normalized];
  if (alias) return Object.freeze([alias]);
  if (normalized.length < 5) return NONE;
  const found = INTENDED_KEYS.filter((_, index) => levenshtein(normalized, INTENDED_LOWER[index]!, 2) <= 2);
  return found.length === 0 ? NONE : Object.freeze(found);
}

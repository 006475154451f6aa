import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { FunctionNode } from './ast.js';
import {
  findVariable,
  getCalleeName,
  getCalleeTail,
  getKeyName,
  getReturnedExpressions,
  getStaticString,
  isFunction,
  isSingleAssignment,
  unwrap,
} from './ast.js';
import { getKeyIdKind, isDocumentationOrPlaceholder } from './secrets.js';

type Node = TSESTree.Node;

/**
 * Field layouts of credential objects (credential-shapes §1.1):
 * - `sts`: STS, S3 CreateSession, S3 Access Grants, SSM, Lake Formation (PascalCase, `SessionToken`);
 * - `cognito`: Cognito Identity `GetCredentialsForIdentity` (`SecretKey`);
 * - `imds`: EC2 instance metadata and the ECS/EKS container endpoint (`Token`);
 * - `camel`: SDK credential identities, SSO, Roles Anywhere, Amplify, v2 `AWS.Credentials`;
 * - `iam`: IAM `CreateAccessKey` (long-term, no token).
 */
export type Family = 'sts' | 'cognito' | 'imds' | 'camel' | 'iam';

export interface Shape {
  key: string;
  secret: string;
  token: string | null;
  expiration: string | null;
}

export const SHAPES: Readonly<Record<Family, Shape>> = {
  sts: { key: 'AccessKeyId', secret: 'SecretAccessKey', token: 'SessionToken', expiration: 'Expiration' },
  cognito: { key: 'AccessKeyId', secret: 'SecretKey', token: 'SessionToken', expiration: 'Expiration' },
  imds: { key: 'AccessKeyId', secret: 'SecretAccessKey', token: 'Token', expiration: 'Expiration' },
  camel: { key: 'accessKeyId', secret: 'secretAccessKey', token: 'sessionToken', expiration: 'expiration' },
  iam: { key: 'AccessKeyId', secret: 'SecretAccessKey', token: null, expiration: null },
};

/**
 * How sure we are of what a credential object holds:
 * - `temporary`: only temporary credentials come from there (STS, Cognito, SSO, IMDS…);
 * - `typed`: a credentials type or class that carries a session token when there is one;
 * - `long-term`: never temporary (IAM `CreateAccessKey`).
 */
export type Certainty = 'temporary' | 'typed' | 'long-term';

/** A credential object: where it came from and how its fields are spelt. */
export interface Container {
  kind: 'container';
  family: Family;
  certainty: Certainty;
  /** Human words for messages: "an STS AssumeRole response", "Cognito Identity credentials". */
  origin: string;
  /** The expression that evaluates to this object, when one exists (for building `base.Token`). */
  node: Node | null;
  /** Field name overrides (SSM's `ExpirationTime`). */
  expiration?: string;
}

/** A field read from a credential object: `creds.AccessKeyId`, or a name destructured from it. */
export interface Field {
  kind: 'field';
  name: string;
  container: Container;
  /** How the field was read: a member expression, or a binding in an object pattern. */
  read:
    | { type: 'member'; node: TSESTree.MemberExpression }
    | { type: 'pattern'; pattern: TSESTree.ObjectPattern; declarator: TSESTree.VariableDeclarator | null };
}

/** An object that holds credentials somewhere inside (an API response, an HTTP response). */
export interface Holder {
  kind: 'holder';
  origin: string;
  fields: Readonly<Record<string, Value>>;
  methods?: Readonly<Record<string, Value>>;
  /** What indexing it gives (`credentialSet[0]`). */
  items?: Value;
}

export type StringValue =
  | { kind: 'env'; name: string; node: Node }
  | { kind: 'literal'; value: string; node: Node };

export type Value =
  | Container
  | Field
  | Holder
  | StringValue
  | { kind: 'env-object'; node: Node }
  /** A name, or the value, of each variable in turn, from a loop over `process.env` (`for…in`, `Object.entries`…). */
  | { kind: 'env-key'; node: Node }
  | { kind: 'env-value'; node: Node }
  | { kind: 'object'; node: TSESTree.ObjectExpression }
  | { kind: 'command'; operation: Operation }
  | { kind: 'provider'; node: Node }
  | Signed;

/**
 * A string signed with AWS credentials that works on its own: a presigned URL or POST (it carries
 * `X-Amz-Credential`, the signature and, with temporary credentials, `X-Amz-Security-Token`), or an
 * RDS / Aurora DSQL IAM auth token (a database password valid for 15 minutes).
 */
export interface Signed {
  kind: 'signed';
  what: 'presigned-url' | 'auth-token';
  origin: string;
  node: Node;
}

/** API operations whose results hold credentials. */
interface Operation {
  /** Command class name (v3) and method name (v2 and v3 aggregated clients). */
  command: string;
  method: string;
  /** Whether the method name alone (without a known client) is distinctive enough. */
  distinctive: boolean;
  result: (origin: string) => Value;
}

const temporary = (family: Family, origin: string, extra: Partial<Container> = {}): Container => ({
  kind: 'container',
  family,
  certainty: 'temporary',
  origin,
  node: null,
  ...extra,
});

const OPERATIONS: readonly Operation[] = [
  ...['AssumeRole', 'AssumeRoleWithWebIdentity', 'AssumeRoleWithSAML', 'GetSessionToken', 'GetFederationToken', 'AssumeRoot'].map(
    (name): Operation => ({
      command: `${name}Command`,
      method: name[0]!.toLowerCase() + name.slice(1),
      distinctive: true,
      result: () => ({ kind: 'holder', origin: `an STS ${name} response`, fields: { Credentials: temporary('sts', `STS ${name} credentials`) } }),
    }),
  ),
  {
    command: 'GetCredentialsForIdentityCommand',
    method: 'getCredentialsForIdentity',
    distinctive: true,
    result: () => ({
      kind: 'holder',
      origin: 'a Cognito Identity GetCredentialsForIdentity response',
      fields: { Credentials: temporary('cognito', 'Cognito Identity credentials') },
    }),
  },
  {
    command: 'GetRoleCredentialsCommand',
    method: 'getRoleCredentials',
    distinctive: false,
    result: () => ({
      kind: 'holder',
      origin: 'an SSO GetRoleCredentials response',
      fields: { roleCredentials: temporary('camel', 'SSO role credentials') },
    }),
  },
  {
    // S3 directory-bucket sessions (`Credentials`) and IAM Roles Anywhere (`credentialSet[].credentials`).
    command: 'CreateSessionCommand',
    method: 'createSession',
    distinctive: false,
    result: () => ({
      kind: 'holder',
      origin: 'a CreateSession response',
      fields: {
        Credentials: temporary('sts', 'S3 session credentials'),
        credentialSet: {
          kind: 'holder',
          origin: 'a Roles Anywhere credential set',
          fields: {},
          items: { kind: 'holder', origin: 'a Roles Anywhere credential', fields: { credentials: temporary('camel', 'Roles Anywhere credentials') } },
        },
      },
    }),
  },
  ...['GetTemporaryGlueTableCredentials', 'GetTemporaryGluePartitionCredentials'].map(
    (name): Operation => ({
      command: `${name}Command`,
      method: name[0]!.toLowerCase() + name.slice(1),
      distinctive: true,
      result: () => temporary('sts', `Lake Formation ${name} credentials`),
    }),
  ),
  {
    command: 'GetDataAccessCommand',
    method: 'getDataAccess',
    distinctive: false,
    result: () => ({ kind: 'holder', origin: 'an S3 Access Grants response', fields: { Credentials: temporary('sts', 'S3 Access Grants credentials') } }),
  },
  {
    command: 'GetAccessTokenCommand',
    method: 'getAccessToken',
    distinctive: false,
    result: () => ({
      kind: 'holder',
      origin: 'an SSM GetAccessToken response',
      fields: { Credentials: temporary('sts', 'SSM access token credentials', { expiration: 'ExpirationTime' }) },
    }),
  },
  {
    command: 'CreateAccessKeyCommand',
    method: 'createAccessKey',
    distinctive: true,
    result: () => ({
      kind: 'holder',
      origin: 'an IAM CreateAccessKey response',
      fields: { AccessKey: { kind: 'container', family: 'iam', certainty: 'long-term', origin: 'an IAM access key', node: null } },
    }),
  },
];

const OPERATIONS_BY_COMMAND = new Map(OPERATIONS.map((operation) => [operation.command, operation]));
const OPERATIONS_BY_METHOD = new Map(OPERATIONS.map((operation) => [operation.method, operation]));

/** Clients whose non-distinctive method names we trust: `new SSO()`, `new AWS.SSM()`, `ssoClient`. */
const CLIENT_NAME = /(?:^|[^a-z])(?:sts|sso|ssm|iam|cognito|rolesanywhere|s3control|s3)/iu;

/** v3 credential providers: calling one returns a credential identity (`await fromIni()()`). */
export const PROVIDER_FACTORIES = new Set([
  'fromNodeProviderChain',
  'defaultProvider',
  'fromEnv',
  'fromIni',
  'fromSSO',
  'fromProcess',
  'fromTokenFile',
  'fromWebToken',
  'fromContainerMetadata',
  'fromInstanceMetadata',
  'fromHttp',
  'fromCognitoIdentity',
  'fromCognitoIdentityPool',
  'fromTemporaryCredentials',
  'createCredentialChain',
  'fromLoginCredentials',
  'awsCredentialsProvider',
]);

/** v2 credential classes: instances expose `accessKeyId`, `secretAccessKey` and `sessionToken`. */
const V2_CREDENTIAL_CLASSES = new Map<string, Certainty>([
  ['TemporaryCredentials', 'temporary'],
  ['ChainableTemporaryCredentials', 'temporary'],
  ['CognitoIdentityCredentials', 'temporary'],
  ['WebIdentityCredentials', 'temporary'],
  ['SAMLCredentials', 'temporary'],
  ['EC2MetadataCredentials', 'temporary'],
  ['ECSCredentials', 'temporary'],
  ['RemoteCredentials', 'temporary'],
  ['SsoCredentials', 'temporary'],
  ['TokenFileWebIdentityCredentials', 'temporary'],
  ['SharedIniFileCredentials', 'typed'],
  ['EnvironmentCredentials', 'typed'],
  ['ProcessCredentials', 'typed'],
  ['FileSystemCredentials', 'typed'],
]);

/** Amplify v5 `Auth.*` methods that resolve to camelCase Cognito credentials. */
const AMPLIFY_CREDENTIAL_METHODS = new Set(['currentCredentials', 'currentUserCredentials', 'essentialCredentials']);

/** Instance metadata and container credential endpoints (IMDS IPv4/IPv6, ECS, EKS Pod Identity). */
const METADATA_URL = /169\.254\.169\.254|\[fd00:ec2::254\]|169\.254\.170\.2(?!\d)|169\.254\.170\.23|AWS_CONTAINER_CREDENTIALS_(?:RELATIVE|FULL)_URI|security-credentials/u;

/** Functions that read one environment variable by name: `requireEnv('X')`, `getEnv('X')`, `env('X')`. */
const ENV_READER = /env/iu;

const typedCamel = (origin: string, node: Node | null): Container => ({
  kind: 'container',
  family: 'camel',
  certainty: 'typed',
  origin,
  node,
});

/** Array methods whose first callback parameter is each element in turn. */
const ARRAY_CALLBACKS = new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex']);

/** An environment object that is `process.env` itself (not `import.meta.env`, which a bundler fills with public variables only). */
export function isProcessEnvObject(value: Extract<Value, { kind: 'env-object' }>): boolean {
  const target = unwrap(value.node);
  return target.type === AST_NODE_TYPES.MemberExpression && getCalleeName(target.object) === 'process';
}

function isProcessEnv(node: Node, provenance: Provenance): boolean {
  const value = provenance.valueOf(node);
  return value?.kind === 'env-object' && isProcessEnvObject(value);
}

/** Type names that, imported from these modules, mean a credential object. */
const TYPE_CONTAINERS: ReadonlyArray<{ name: string; modules: RegExp; family: Family; certainty: Certainty; origin: string }> = [
  { name: 'AwsCredentialIdentity', modules: /./u, family: 'camel', certainty: 'typed', origin: 'an `AwsCredentialIdentity`' },
  { name: 'Credentials', modules: /^@aws-sdk\/types$|^@smithy\/types$/u, family: 'camel', certainty: 'typed', origin: 'SDK `Credentials`' },
  { name: 'Credentials', modules: /^@aws-sdk\/client-sts$/u, family: 'sts', certainty: 'temporary', origin: 'STS `Credentials`' },
  { name: 'Credentials', modules: /^@aws-sdk\/client-cognito-identity$/u, family: 'cognito', certainty: 'temporary', origin: 'Cognito Identity `Credentials`' },
  { name: 'RoleCredentials', modules: /^@aws-sdk\/client-sso$/u, family: 'camel', certainty: 'temporary', origin: 'SSO `RoleCredentials`' },
];

/** The names of the calls `#signed` knows: presigned URLs and POSTs, RDS and DSQL auth tokens. */
const SIGNING_CALLS = /^(?:getSignedUrl(?:Promise)?|createPresignedPost|formatUrl|presign|getAuthToken|generateDbConnect(?:Admin)?AuthToken)$/u;

/** Declaration files whose PascalCase `Credentials` types only ever hold temporary credentials. */
const TEMPORARY_DECLARATIONS = /[\\/]@aws-sdk[\\/]client-(?:sts|cognito-identity|sso|lakeformation|s3-control|ssm|rolesanywhere)[\\/]|[\\/]aws-sdk[\\/]clients[\\/](?:sts|cognitoidentity|sso)\.d\.ts$/u;

/** What `Provenance#valueOf` remembers for a node while computing its value. */
const COMPUTING: unique symbol = Symbol('computing');

/**
 * The provenance half of the shared analysis: what a value in this file is, as far as reading the
 * file (and, when the parser provides them, types) can tell. Results are memoised per node.
 */
export class Provenance {
  #imports: ReadonlyMap<string, string> | null = null;
  readonly #sourceCode: Readonly<TSESLint.SourceCode>;
  /** Each node's value once computed, `COMPUTING` while it is. */
  readonly #memo = new Map<Node, Value | null | typeof COMPUTING>();
  /** `this.<name> = …` right-hand sides per class body and name, found once. */
  readonly #thisAssignments = new Map<TSESTree.ClassBody, Map<string, Node[]>>();
  readonly #checker: ts.TypeChecker | null;
  readonly #nodeMap: { get(key: Node): ts.Node | undefined } | null;

  constructor(sourceCode: Readonly<TSESLint.SourceCode>) {
    this.#sourceCode = sourceCode;
    const services = sourceCode.parserServices;
    const program = services?.program;
    this.#checker = program ? program.getTypeChecker() : null;
    this.#nodeMap = program && services?.esTreeNodeToTSNodeMap ? (services.esTreeNodeToTSNodeMap as never) : null;
  }

  /** Whether type information is available (the user's `parserOptions.projectService`). */
  get typed(): boolean {
    return this.#checker != null;
  }

  /** The module a local name was imported or required from. */
  moduleOf(name: string): string | undefined {
    // Read from the top-level imports and requires when first asked.
    return (this.#imports ??= collectImports(this.#sourceCode.ast)).get(name);
  }

  /** What an expression is: a credential object, a field of one, an environment variable, a literal… */
  valueOf(node: Node): Value | null {
    const cached = this.#memo.get(node);
    if (cached !== undefined) return cached === COMPUTING ? null : cached;
    // A value that depends on itself (`const a = b; const b = a`) is unknown. One map, not a map and a set of the
    // nodes being computed: each lookup reads cold memory.
    this.#memo.set(node, COMPUTING);
    let value: Value | null = null;
    try {
      value = this.#compute(node);
      if (value == null && this.#checker) value = this.#fromType(node);
    } catch (error) {
      this.#memo.delete(node);
      throw error;
    }
    this.#memo.set(node, value);
    return value;
  }

  /** The value of `<value>.<name>`. */
  memberOf(value: Value | null, name: string, read: Field['read'] | null, objectNode: Node | null): Value | null {
    if (value == null) return null;
    switch (value.kind) {
      case 'holder':
        return withNode(value.fields[name] ?? null, read?.type === 'member' ? read.node : null);
      case 'container':
        if (read == null) return null;
        return { kind: 'field', name, container: objectNode && value.node == null ? { ...value, node: objectNode } : value, read };
      case 'env-object':
        // `process.env.NAME`, or `const { NAME } = process.env`.
        return read ? { kind: 'env', name, node: read.type === 'member' ? read.node : read.pattern } : null;
      case 'object': {
        const property = findProperty(value.node, name);
        return property ? this.valueOf(property.value) : null;
      }
      default:
        return null;
    }
  }

  #compute(raw: Node): Value | null {
    const node = unwrap(raw);
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
      case AST_NODE_TYPES.TemplateLiteral: {
        // `${process.env.AWS_ACCESS_KEY_ID}` is the variable itself.
        if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 1 && node.quasis.every((quasi) => quasi.value.cooked === '')) {
          return stringOnly(this.valueOf(node.expressions[0]!));
        }
        const text = getStaticString(node);
        return text == null ? null : { kind: 'literal', value: text, node };
      }
      case AST_NODE_TYPES.Identifier:
        return this.#fromIdentifier(node);
      case AST_NODE_TYPES.MemberExpression:
        return this.#fromMember(node);
      case AST_NODE_TYPES.LogicalExpression:
        // `a || ''`, `a ?? undefined`: the left side decides; a literal fallback adds nothing.
        if (node.operator === '&&') return null;
        return this.valueOf(node.left) ?? this.valueOf(node.right);
      case AST_NODE_TYPES.ObjectExpression:
        return { kind: 'object', node };
      case AST_NODE_TYPES.NewExpression:
        return this.#fromNew(node);
      case AST_NODE_TYPES.CallExpression:
        return this.#fromCall(node);
      default:
        return null;
    }
  }

  #fromMember(node: TSESTree.MemberExpression): Value | null {
    const name = getKeyName(node);
    if (name == null) {
      // `credentialSet[0]`: indexing a holder with items.
      const object = this.valueOf(node.object);
      if (object?.kind === 'holder' && object.items) return object.items;
      // `process.env[key]` inside a loop over the environment's names.
      if (object?.kind === 'env-object' && node.computed && this.valueOf(node.property)?.kind === 'env-key') return { kind: 'env-value', node };
      return null;
    }
    const object = unwrap(node.object);
    if (object.type === AST_NODE_TYPES.Identifier && object.name === 'process' && name === 'env') {
      return { kind: 'env-object', node };
    }
    if (object.type === AST_NODE_TYPES.MetaProperty && name === 'env') return { kind: 'env-object', node };
    if (
      name === 'credentials' &&
      object.type === AST_NODE_TYPES.MemberExpression &&
      getKeyName(object) === 'config' &&
      isAwsNamespace(object.object, this)
    ) {
      return typedCamel('`AWS.config.credentials`', node);
    }
    if (object.type === AST_NODE_TYPES.ThisExpression) return this.#fromThisMember(node, name);
    const objectValue = this.valueOf(node.object);
    if (objectValue?.kind === 'holder' && objectValue.items && /^\d+$/u.test(name)) return objectValue.items;
    return this.memberOf(objectValue, name, { type: 'member', node }, node.object);
  }

  #fromIdentifier(node: TSESTree.Identifier): Value | null {
    const variable = findVariable(this.#sourceCode, node);
    const definition = variable?.defs[0];
    if (!variable || !definition || variable.defs.length > 1) return null;
    if (definition.type === 'Variable') {
      const declarator = definition.node;
      const { id } = declarator;
      const declared = id.type === AST_NODE_TYPES.Identifier && id.typeAnnotation ? this.#fromTypeNode(id.typeAnnotation.typeAnnotation, node) : null;
      const loop = declarator.parent.parent;
      if ((loop?.type === AST_NODE_TYPES.ForOfStatement || loop?.type === AST_NODE_TYPES.ForInStatement) && loop.left === declarator.parent) {
        if (declarator.parent.kind !== 'const' && !isSingleAssignment(variable)) return null;
        return this.#fromEnvironmentLoop(loop.type === AST_NODE_TYPES.ForInStatement ? 'in' : 'of', loop.right, id, definition.name as TSESTree.Identifier);
      }
      if (!isSingleAssignment(variable)) return null;
      if (!declarator.init) {
        // `let creds; … creds = (await sts.send(…)).Credentials;`: the one later assignment.
        const write = variable.references.find((reference) => reference.isWrite());
        const assignment = write?.identifier.parent;
        if (id.type === AST_NODE_TYPES.Identifier && assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.operator === '=' && assignment.left === write?.identifier) {
          return this.valueOf(assignment.right) ?? declared;
        }
        return declared;
      }
      if (id.type === AST_NODE_TYPES.Identifier) return this.valueOf(declarator.init) ?? declared;
      return this.#fromPattern(id, definition.name as TSESTree.Identifier, this.valueOf(declarator.init), declarator.init, declarator);
    }
    if (definition.type === 'Parameter') return this.#fromParameter(definition.node, definition.name as TSESTree.Identifier);
    if (definition.type === 'FunctionName' || definition.type === 'ImportBinding') return null;
    return null;
  }

  /**
   * The binding `target` in `pattern`, one element of iterating `iterable` (`for…in` / `for…of` or an array
   * callback), when that walks `process.env`: its names (`for…in`, `Object.keys`) or values (`Object.values`), or
   * `[name, value]` pairs (`Object.entries`). A whole pair prints the value, so it counts as one.
   */
  #fromEnvironmentLoop(loop: 'in' | 'of', iterable: Node, pattern: Node, target: TSESTree.Identifier): Value | null {
    let walk: 'keys' | 'values' | 'entries' | null = null;
    const source = unwrap(iterable);
    if (loop === 'in') {
      walk = isProcessEnv(source, this) ? 'keys' : null;
    } else if (source.type === AST_NODE_TYPES.CallExpression && source.arguments[0] && isProcessEnv(unwrap(source.arguments[0] as Node), this)) {
      const name = getCalleeName(source.callee);
      walk = name === 'Object.keys' ? 'keys' : name === 'Object.values' ? 'values' : name === 'Object.entries' ? 'entries' : null;
    }
    if (walk == null) return null;
    if (pattern.type === AST_NODE_TYPES.Identifier) return pattern === target ? { kind: walk === 'keys' ? 'env-key' : 'env-value', node: target } : null;
    if (walk !== 'entries' || pattern.type !== AST_NODE_TYPES.ArrayPattern) return null;
    const [name, value] = pattern.elements;
    if (name?.type === AST_NODE_TYPES.Identifier && name === target) return { kind: 'env-key', node: target };
    if (value?.type === AST_NODE_TYPES.Identifier && value === target) return { kind: 'env-value', node: target };
    return null;
  }

  /** Walks from a pattern's root value down to the binding `target`. */
  #fromPattern(
    pattern: Node,
    target: TSESTree.Identifier,
    value: Value | null,
    valueNode: Node | null,
    declarator: TSESTree.VariableDeclarator | null,
  ): Value | null {
    switch (pattern.type) {
      case AST_NODE_TYPES.Identifier:
        return pattern === target ? value : null;
      case AST_NODE_TYPES.AssignmentPattern:
        return this.#fromPattern(pattern.left, target, value, valueNode, declarator);
      case AST_NODE_TYPES.ObjectPattern: {
        if (value == null && valueNode != null && this.#checker) value = this.#fromType(valueNode);
        for (const property of pattern.properties) {
          if (property.type === AST_NODE_TYPES.RestElement) {
            if (property.argument === target) return value?.kind === 'container' ? value : null;
            continue;
          }
          if (!containsNode(property.value, target)) continue;
          const name = getKeyName(property);
          if (name == null) return null;
          const container = value?.kind === 'container' && value.node == null && valueNode ? { ...value, node: valueNode } : value;
          const inner = this.memberOf(container, name, { type: 'pattern', pattern, declarator }, valueNode);
          return this.#fromPattern(property.value, target, inner, null, null);
        }
        return null;
      }
      case AST_NODE_TYPES.ArrayPattern: {
        const items = value?.kind === 'holder' ? (value.items ?? null) : null;
        for (const element of pattern.elements) {
          if (element && containsNode(element, target)) return this.#fromPattern(element, target, items, null, null);
        }
        return null;
      }
      default:
        return null;
    }
  }

  #fromParameter(fn: Node, target: TSESTree.Identifier): Value | null {
    if (!isFunction(fn)) return null;
    const index = fn.params.findIndex((param) => containsNode(param, target));
    const param = fn.params[index];
    if (!param) return null;
    const annotated = this.#fromAnnotation(param, target);
    if (annotated) return annotated;
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return null;
    const tail = getCalleeTail(call.callee);
    // `promise.then((data) => …)`: the parameter is what the promise resolves to.
    if (tail === 'then' && call.arguments[0] === fn && index === 0 && call.callee.type === AST_NODE_TYPES.MemberExpression) {
      return this.#fromPattern(param, target, this.valueOf(call.callee.object), call.callee.object, null);
    }
    // `Object.entries(process.env).forEach(([name, value]) => …)`.
    if (index === 0 && call.arguments[0] === fn && tail != null && ARRAY_CALLBACKS.has(tail) && call.callee.type === AST_NODE_TYPES.MemberExpression) {
      const element = this.#fromEnvironmentLoop('of', call.callee.object, param, target);
      if (element) return element;
    }
    // v2 and v3 callbacks: `sts.assumeRole(params, (err, data) => …)`.
    if (index === 1 && call.arguments.at(-1) === fn) {
      return this.#fromPattern(param, target, this.#fromCall(call), null, null);
    }
    return null;
  }

  /** `(creds: AwsCredentialIdentity)`, `({ Credentials }: AssumeRoleCommandOutput)`. */
  #fromAnnotation(param: TSESTree.Parameter, target: TSESTree.Identifier): Value | null {
    const root = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
    if (!('typeAnnotation' in root) || !root.typeAnnotation) return null;
    const value = this.#fromTypeNode(root.typeAnnotation.typeAnnotation, root === target ? target : null);
    if (value == null || root === target) return value;
    return this.#fromPattern(root, target, value, null, null);
  }

  /** A declared type that names a credential object or a response: `Credentials | undefined`, `AWS.Credentials`. */
  #fromTypeNode(type: TSESTree.TypeNode, node: Node | null): Value | null {
    if (type.type === AST_NODE_TYPES.TSUnionType) {
      for (const member of type.types) {
        const value = this.#fromTypeNode(member, node);
        if (value) return value;
      }
      return null;
    }
    if (type.type !== AST_NODE_TYPES.TSTypeReference) return null;
    const typeName = type.typeName;
    const name = typeName.type === AST_NODE_TYPES.Identifier ? typeName.name : typeName.type === AST_NODE_TYPES.TSQualifiedName ? typeName.right.name : null;
    const rootName =
      typeName.type === AST_NODE_TYPES.Identifier
        ? typeName.name
        : typeName.type === AST_NODE_TYPES.TSQualifiedName && typeName.left.type === AST_NODE_TYPES.Identifier
          ? typeName.left.name
          : null;
    if (name == null || rootName == null) return null;
    const module = this.moduleOf(rootName) ?? '';
    const known = TYPE_CONTAINERS.find((entry) => entry.name === name && entry.modules.test(module));
    if (known) return { kind: 'container', family: known.family, certainty: known.certainty, origin: known.origin, node };
    if (typeName.type === AST_NODE_TYPES.TSQualifiedName && name === 'Credentials' && (rootName === 'AWS' || /^aws-sdk/u.test(module))) {
      return typedCamel('`AWS.Credentials`', node);
    }
    const operation = OPERATIONS_BY_COMMAND.get(name.replace(/Output$/u, ''));
    return operation ? operation.result(operation.command) : null;
  }

  /**
   * `this.credentials` inside a class: the field's declared type or initialiser, or the one
   * `this.credentials = …` assignment the class makes.
   */
  #fromThisMember(node: TSESTree.MemberExpression, name: string): Value | null {
    let classBody: TSESTree.ClassBody | null = null;
    for (let current: Node | undefined = node.parent; current; current = current.parent) {
      if (current.type === AST_NODE_TYPES.ClassBody) {
        classBody = current;
        break;
      }
      // A plain function has its own `this`, unless it is a method of the class.
      const isFunctionWithThis = current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration;
      if (isFunctionWithThis && current.parent?.type !== AST_NODE_TYPES.MethodDefinition) return null;
    }
    if (!classBody) return null;
    let field: TSESTree.PropertyDefinition | null = null;
    for (const member of classBody.body) {
      if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.static && getKeyName(member) === name) field = member;
    }
    const declared = field?.typeAnnotation ? this.#fromTypeNode(field.typeAnnotation.typeAnnotation, null) : null;
    let byName = this.#thisAssignments.get(classBody);
    if (!byName) this.#thisAssignments.set(classBody, (byName = new Map()));
    let assignments = byName.get(name);
    if (!assignments) byName.set(name, (assignments = findThisAssignments(classBody, name, this.#sourceCode)));
    if (field?.value) return assignments.length === 0 ? (this.valueOf(field.value) ?? declared) : declared;
    if (assignments.length === 1) return this.valueOf(assignments[0]!) ?? declared;
    return declared;
  }

  #fromNew(node: TSESTree.NewExpression): Value | null {
    const tail = getCalleeTail(node.callee);
    if (tail == null) return null;
    const operation = OPERATIONS_BY_COMMAND.get(tail);
    if (operation) return { kind: 'command', operation };
    const certainty = V2_CREDENTIAL_CLASSES.get(tail);
    if (certainty) return { kind: 'container', family: 'camel', certainty, origin: `an \`AWS.${tail}\` instance`, node: null };
    return null;
  }

  #fromCall(node: TSESTree.CallExpression): Value | null {
    const callee = unwrap(node.callee);
    const tail = getCalleeTail(callee);
    const firstArgument = node.arguments[0];

    // `client.send(new AssumeRoleCommand(…))` or `client.send(command)`.
    if (tail === 'send' && firstArgument) {
      const command = this.valueOf(firstArgument);
      if (command?.kind === 'command') return command.operation.result(command.operation.command);
    }
    const signed = this.#signed(node, callee, tail);
    if (signed) return signed;
    if (callee.type === AST_NODE_TYPES.MemberExpression && tail != null) {
      // `promise.then((r) => r.json())` resolves to what the callback returns.
      if (tail === 'then' && isFunction(firstArgument)) return this.#fromReturns(firstArgument);
      // v2 `.promise()` resolves to the request's response.
      if (tail === 'promise' && node.arguments.length === 0 && callee.object.type === AST_NODE_TYPES.CallExpression) {
        return this.valueOf(callee.object);
      }
      const receiver = this.valueOf(callee.object);
      if (receiver?.kind === 'holder' && receiver.methods?.[tail]) return receiver.methods[tail];
      if (receiver?.kind === 'provider' && tail === 'call') return typedCamel('a credential provider result', node);
      const operation = OPERATIONS_BY_METHOD.get(tail);
      if (operation && (operation.distinctive || CLIENT_NAME.test(getCalleeName(callee.object) ?? '') || this.#isAwsClient(callee.object))) {
        return operation.result(operation.method);
      }
      if (tail === 'credentialsFrom') return typedCamel('`sts.credentialsFrom()` credentials', node);
      if (AMPLIFY_CREDENTIAL_METHODS.has(tail) && getCalleeName(callee.object) === 'Auth') {
        return temporary('camel', 'Amplify (Cognito) credentials');
      }
      if ((tail === 'get' || tail === 'post' || tail === 'request') && getCalleeName(callee.object) === 'axios' && this.#isMetadataUrl(firstArgument)) {
        return metadataResponse();
      }
    }
    if (callee.type === AST_NODE_TYPES.Identifier) {
      const name = callee.name;
      if (name === 'fetchAuthSession') {
        return { kind: 'holder', origin: 'an Amplify auth session', fields: { credentials: temporary('camel', 'Amplify (Cognito identity pool) credentials') } };
      }
      if (PROVIDER_FACTORIES.has(name)) return { kind: 'provider', node };
      if ((name === 'fetch' || name === 'got' || name === 'axios' || name === 'ky') && this.#isMetadataUrl(firstArgument)) return metadataResponse();
      if (ENV_READER.test(name) && firstArgument && node.arguments.length <= 2) {
        const envName = getStaticString(firstArgument);
        if (envName && /^[A-Z][A-Z0-9_]*$/u.test(envName)) return { kind: 'env', name: envName, node };
      }
    }
    // Calling a provider: `await fromNodeProviderChain()()`, `await provider()`.
    const calleeValue = this.valueOf(callee);
    if (calleeValue?.kind === 'provider') return typedCamel('a credential provider result', node);
    // `String(x)`, `x.trim()`, `x.toString()` keep a string's provenance.
    if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'String' && firstArgument) return stringOnly(this.valueOf(firstArgument));
    if (callee.type === AST_NODE_TYPES.MemberExpression && (tail === 'trim' || tail === 'toString')) return stringOnly(this.valueOf(callee.object));
    // A function of this file: what all of its returns agree on.
    if (callee.type === AST_NODE_TYPES.Identifier) return this.#fromLocalFunction(callee);
    return null;
  }

  /** Presigned URLs and POSTs, RDS / DSQL auth tokens (credential-shapes L12). */
  #signed(node: TSESTree.CallExpression, callee: Node, tail: string | null): Signed | null {
    // Most calls are none of these: decided before any other work.
    if (tail == null || !SIGNING_CALLS.test(tail)) return null;
    const url = (origin: string): Signed => ({ kind: 'signed', what: 'presigned-url', origin, node });
    const token = (origin: string): Signed => ({ kind: 'signed', what: 'auth-token', origin, node });
    if (callee.type === AST_NODE_TYPES.Identifier) {
      const module = this.moduleOf(tail) ?? '';
      // CloudFront signed URLs are signed with a CloudFront key pair, not AWS credentials.
      if (/cloudfront-signer/u.test(module)) return null;
      if (tail === 'getSignedUrl' && (module === '' || /^@aws-sdk\/|presigner/u.test(module))) return url('a presigned URL');
      if (tail === 'createPresignedPost') return url('a presigned POST');
      if (tail === 'formatUrl' && node.arguments[0]) {
        const inner = this.valueOf(node.arguments[0]);
        return inner?.kind === 'signed' ? { ...inner, node } : null;
      }
      if (/^generateDbConnect(?:Admin)?AuthToken$/u.test(tail)) return token('an Aurora DSQL auth token');
      if (tail === 'getAuthToken' && /signer/u.test(module)) return token('an RDS auth token');
      return null;
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    const receiver = getCalleeName(callee.object) ?? '';
    const receiverTail = receiver.split('.').at(-1) ?? '';
    if ((tail === 'getSignedUrl' || tail === 'getSignedUrlPromise') && (/s3/iu.test(receiverTail) || this.#isAwsClient(callee.object))) {
      return url('a presigned S3 URL');
    }
    if (tail === 'createPresignedPost' && (/s3/iu.test(receiverTail) || this.#isAwsClient(callee.object))) return url('a presigned POST');
    if (tail === 'presign' && /presign|signer|sigv4/iu.test(receiverTail)) return url('a presigned request');
    if (/^generateDbConnect(?:Admin)?AuthToken$/u.test(tail)) return token('an Aurora DSQL auth token');
    if (tail === 'getAuthToken' && (/signer|rds|dsql/iu.test(receiverTail) || this.#isSignerInstance(callee.object))) return token('an RDS auth token');
    return null;
  }

  /** `const s = new Signer(…)` from `@aws-sdk/rds-signer` / `dsql-signer`, or `new AWS.RDS.Signer(…)`. */
  #isSignerInstance(node: Node): boolean {
    const value = unwrap(node);
    let init: Node | null = value;
    if (value.type === AST_NODE_TYPES.Identifier) {
      const variable = findVariable(this.#sourceCode, value);
      const definition = variable?.defs[0];
      init = definition?.type === 'Variable' && definition.node.init ? unwrap(definition.node.init) : null;
    }
    if (init?.type !== AST_NODE_TYPES.NewExpression) return false;
    const name = getCalleeName(init.callee) ?? '';
    return name === 'AWS.RDS.Signer' || /-signer$/u.test(this.moduleOf(name.split('.')[0] ?? '') ?? '');
  }

  #fromLocalFunction(callee: TSESTree.Identifier): Value | null {
    const variable = findVariable(this.#sourceCode, callee);
    const definition = variable?.defs[0];
    if (!variable || variable.defs.length !== 1 || !definition) return null;
    let fn: Node | null | undefined = null;
    if (definition.type === 'FunctionName') fn = definition.node;
    else if (definition.type === 'Variable' && isSingleAssignment(variable)) fn = definition.node.init;
    if (!isFunction(fn)) return null;
    return this.#fromReturns(fn);
  }

  /** What all of a function's returns agree on. */
  #fromReturns(fn: FunctionNode): Value | null {
    let result: Value | null = null;
    for (const returned of getReturnedExpressions(fn)) {
      const value = this.valueOf(returned);
      if (value == null) continue;
      if (result != null && !sameKind(result, value)) return null;
      result ??= value;
    }
    // The returned object is built inside the function: its node cannot be reused at the call site.
    return result?.kind === 'container' ? { ...result, node: null } : result;
  }

  #isAwsClient(node: Node): boolean {
    const value = unwrap(node);
    if (value.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = findVariable(this.#sourceCode, value);
    const definition = variable?.defs[0];
    if (definition?.type !== 'Variable' || !definition.node.init) return false;
    const init = unwrap(definition.node.init);
    if (init.type !== AST_NODE_TYPES.NewExpression) return false;
    const root = getCalleeName(init.callee)?.split('.')[0];
    return root != null && (root === 'AWS' || /^@aws-sdk\/client-|^aws-sdk/u.test(this.moduleOf(root) ?? ''));
  }

  /** A URL built from literals, constants, `+` and templates that points at a metadata endpoint. */
  #isMetadataUrl(node: Node | undefined, depth = 0): boolean {
    if (!node || depth > 4) return false;
    const target = unwrap(node);
    switch (target.type) {
      case AST_NODE_TYPES.Literal:
        return typeof target.value === 'string' && METADATA_URL.test(target.value);
      case AST_NODE_TYPES.TemplateLiteral:
        return target.quasis.some((quasi) => METADATA_URL.test(quasi.value.raw)) || target.expressions.some((part) => this.#isMetadataUrl(part, depth + 1));
      case AST_NODE_TYPES.BinaryExpression:
        return target.operator === '+' && (this.#isMetadataUrl(target.left, depth + 1) || this.#isMetadataUrl(target.right, depth + 1));
      case AST_NODE_TYPES.NewExpression:
        // `new URL(path, base)`
        return getCalleeName(target.callee) === 'URL' && target.arguments.some((part) => this.#isMetadataUrl(part, depth + 1));
      case AST_NODE_TYPES.MemberExpression:
        // `process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI`
        return METADATA_URL.test(getKeyName(target) ?? '');
      case AST_NODE_TYPES.Identifier: {
        const variable = findVariable(this.#sourceCode, target);
        const definition = variable?.defs[0];
        return (
          definition?.type === 'Variable' &&
          definition.node.id.type === AST_NODE_TYPES.Identifier &&
          definition.node.init != null &&
          isSingleAssignment(variable!) &&
          this.#isMetadataUrl(definition.node.init, depth + 1)
        );
      }
      default:
        return false;
    }
  }

  /** With type information: a value whose type is a credential object or a response holding one. */
  #fromType(node: Node): Value | null {
    const checker = this.#checker;
    const tsNode = this.#nodeMap?.get(node);
    if (!checker || !tsNode) return null;
    if (node.type === AST_NODE_TYPES.Literal || node.type === AST_NODE_TYPES.ObjectExpression) return null;
    let type: ts.Type;
    try {
      type = checker.getTypeAtLocation(tsNode);
    } catch {
      return null;
    }
    return containerFromType(checker, type, node) ?? holderFromType(checker, type, node);
  }
}

/**
 * The right-hand sides of `this.<name> = …` (any assignment operator, `this['<name>']` too) in a class body. Found
 * from the text: each place the name is written with an assignment operator after it is looked up in the AST and
 * kept only if it is such an assignment (a comment between the name and the operator hides one). Walking the whole
 * class instead cost more than everything else asked of it: classes in SDK code run to thousands of nodes, and the
 * name is assigned in few places.
 */
function findThisAssignments(classBody: TSESTree.ClassBody, name: string, sourceCode: Readonly<TSESLint.SourceCode>): Node[] {
  const { text } = sourceCode;
  const end = classBody.range[1];
  const found: Node[] = [];
  for (let at = text.indexOf(name, classBody.range[0]); at !== -1 && at + name.length <= end; at = text.indexOf(name, at + name.length)) {
    if (IDENTIFIER_CHAR.test(text.charAt(at + name.length)) || IDENTIFIER_CHAR.test(text.charAt(at - 1))) continue;
    // Most places read the name (`this.credentials.accessKeyId`): only one an assignment operator follows is looked up.
    ASSIGNED_AFTER.lastIndex = at + name.length;
    if (!ASSIGNED_AFTER.test(text)) continue;
    let key = innermostNodeAt(classBody, at, sourceCode.visitorKeys);
    if (key.type === AST_NODE_TYPES.TemplateElement && key.parent) key = key.parent;
    const member = key.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.property !== key || member.object.type !== AST_NODE_TYPES.ThisExpression) continue;
    const assignment = member.parent;
    if (assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === member && getKeyName(member) === name) found.push(assignment.right);
  }
  return found;
}

const IDENTIFIER_CHAR = /[\w$\u0080-\uffff]/u;
/** After a name: the end of a computed key (`'name']`, `0]`), then an assignment operator (not `==`, `===` or `=>`). */
const ASSIGNED_AFTER = /\s*(?:['"`]?\s*\])?\s*(?:\*\*|<<|>>>?|&&|\|\||\?\?|[-+*/%&|^])?=(?![=>])/uy;

/** The innermost node under `root` whose range holds `index`. */
function innermostNodeAt(root: Node, index: number, visitorKeys: TSESLint.SourceCode.VisitorKeys): Node {
  let node = root;
  descend: for (;;) {
    const keys = visitorKeys[node.type];
    if (!keys) return node;
    for (const key of keys) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child as Array<Node | null>) {
          if (item && typeof item.type === 'string' && item.range[0] <= index && index < item.range[1]) {
            node = item;
            continue descend;
          }
        }
      } else {
        const candidate = child as Node | null;
        if (candidate && typeof candidate.type === 'string' && candidate.range[0] <= index && index < candidate.range[1]) {
          node = candidate;
          continue descend;
        }
      }
    }
    return node;
  }
}

function withNode(value: Value | null, node: Node | null): Value | null {
  return value?.kind === 'container' && node != null ? { ...value, node } : value;
}

function stringOnly(value: Value | null): Value | null {
  return value?.kind === 'env' || value?.kind === 'literal' || value?.kind === 'field' ? value : null;
}

function sameKind(a: Value, b: Value): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'container' && b.kind === 'container') return a.family === b.family && a.certainty === b.certainty;
  return true;
}

function metadataResponse(): Holder {
  const json = temporary('imds', 'instance or container metadata credentials');
  return { kind: 'holder', origin: 'a metadata endpoint response', fields: { data: json, body: json }, methods: { json } };
}

function findProperty(object: TSESTree.ObjectExpression, name: string): TSESTree.Property | null {
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.Property && getKeyName(property) === name) return property;
  }
  return null;
}

function containsNode(root: Node, target: Node): boolean {
  return root.range[0] <= target.range[0] && target.range[1] <= root.range[1];
}

function isAwsNamespace(node: Node, provenance: Provenance): boolean {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  return target.name === 'AWS' || /^aws-sdk(?:\/|$)/u.test(provenance.moduleOf(target.name) ?? '');
}

function typeHas(type: ts.Type, name: string): boolean {
  return type.getProperty(name) != null;
}

function containerFromType(checker: ts.TypeChecker, type: ts.Type, node: Node): Container | null {
  const candidate = checker.getNonNullableType(type);
  if ((candidate.flags & (1 | 2)) !== 0) return null; // any, unknown
  if (typeHas(candidate, 'accessKeyId') && typeHas(candidate, 'secretAccessKey')) {
    return typeHas(candidate, 'sessionToken') ? typedCamel('a credentials type with `sessionToken`', node) : null;
  }
  if (!typeHas(candidate, 'AccessKeyId')) return null;
  const declaration = (candidate.getSymbol() ?? candidate.aliasSymbol)?.declarations?.[0];
  const temporaryDeclaration = declaration != null && TEMPORARY_DECLARATIONS.test(declaration.getSourceFile().fileName);
  const certainty: Certainty = temporaryDeclaration ? 'temporary' : 'typed';
  if (typeHas(candidate, 'SecretKey') && typeHas(candidate, 'SessionToken')) {
    return { kind: 'container', family: 'cognito', certainty, origin: 'Cognito Identity `Credentials`', node };
  }
  if (!typeHas(candidate, 'SecretAccessKey')) return null;
  if (typeHas(candidate, 'SessionToken')) {
    return { kind: 'container', family: 'sts', certainty, origin: temporaryDeclaration ? 'STS `Credentials`' : 'a credentials type with `SessionToken`', node };
  }
  if (typeHas(candidate, 'Token')) return { kind: 'container', family: 'imds', certainty: 'typed', origin: 'a metadata credentials type', node };
  return null;
}

function holderFromType(checker: ts.TypeChecker, type: ts.Type, node: Node): Holder | null {
  const candidate = checker.getNonNullableType(type);
  if ((candidate.flags & (1 | 2)) !== 0) return null;
  const fields: Record<string, Value> = {};
  for (const name of ['Credentials', 'roleCredentials', 'credentials']) {
    const symbol = candidate.getProperty(name);
    if (!symbol) continue;
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (!declaration) continue;
    const container = containerFromType(checker, checker.getTypeOfSymbolAtLocation(symbol, declaration), node);
    if (container) fields[name] = { ...container, node: null };
  }
  return Object.keys(fields).length > 0 ? { kind: 'holder', origin: 'a typed response', fields } : null;
}

/** Local name → module specifier, for every top-level import and `require`. */
function collectImports(program: TSESTree.Program): ReadonlyMap<string, string> {
  const imports = new Map<string, string>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      for (const specifier of statement.specifiers) imports.set(specifier.local.name, statement.source.value);
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) recordRequire(declarator, imports);
    } else if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declaration.declarations) recordRequire(declarator, imports);
    }
  }
  return imports;
}

/** `const AWS = require('aws-sdk')`, `const { S3Client } = require('@aws-sdk/client-s3')`. */
function recordRequire(declarator: TSESTree.VariableDeclarator, imports: Map<string, string>): void {
  const init = declarator.init && unwrap(declarator.init);
  if (init?.type !== AST_NODE_TYPES.CallExpression) return;
  const callee = init.callee;
  const argument = init.arguments[0];
  const isRequire = callee.type === AST_NODE_TYPES.Identifier && callee.name === 'require';
  const module = argument ? getStaticString(argument) : null;
  if (!isRequire || module == null) return;
  if (declarator.id.type === AST_NODE_TYPES.Identifier) imports.set(declarator.id.name, module);
  if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
    for (const property of declarator.id.properties) {
      if (property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier) imports.set(property.value.name, module);
    }
  }
}

/** Classification of the value passed as an access key id, for the rules' decisions. */
export type KeySource =
  | { kind: 'container'; field: Field }
  | { kind: 'temporary-literal'; value: string }
  | { kind: 'long-term-literal'; value: string }
  | { kind: 'standard-env'; name: string }
  | { kind: 'custom-env'; name: string }
  | { kind: 'unknown' };

/** Standard environment variable names the SDKs and aws4 read (credential-shapes §1.1, R7). */
export const STANDARD_ENV = {
  key: new Set(['AWS_ACCESS_KEY_ID', 'AWS_ACCESS_KEY']),
  secret: new Set(['AWS_SECRET_ACCESS_KEY', 'AWS_SECRET_KEY']),
  token: new Set(['AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN']),
} as const;

export function classifyKey(value: Value | null): KeySource {
  if (value == null) return { kind: 'unknown' };
  if (value.kind === 'field') return { kind: 'container', field: value };
  if (value.kind === 'env') return STANDARD_ENV.key.has(value.name) ? { kind: 'standard-env', name: value.name } : { kind: 'custom-env', name: value.name };
  if (value.kind === 'literal') {
    const kind = getKeyIdKind(value.value);
    if (kind == null || isDocumentationOrPlaceholder(value.value)) return { kind: 'unknown' };
    return kind === 'temporary' ? { kind: 'temporary-literal', value: value.value } : { kind: 'long-term-literal', value: value.value };
  }
  return { kind: 'unknown' };
}

/** The shape's name for a role: `SessionToken`, `Token`, `sessionToken`… */
export function fieldName(container: Container, role: keyof Shape): string | null {
  if (role === 'expiration' && container.expiration) return container.expiration;
  return SHAPES[container.family][role];
}

/** The role of a field name in its container: `key`, `secret`, `token`, `expiration`, or `null`. */
export function fieldRole(field: Field): keyof Shape | null {
  const shape = SHAPES[field.container.family];
  for (const role of ['key', 'secret', 'token', 'expiration'] as const) {
    if (fieldName(field.container, role) === field.name) return role;
  }
  return shape.key === field.name ? 'key' : null;
}

/**
 * Keyed by the file's AST, and only there: a "last file" shortcut kept the previous file's AST and analysis alive
 * while the next file was linted (up to 8 MB more peak live heap over the benchmark corpus, to save a lookup that a
 * listener call makes a few times at most).
 */
const CACHE = new WeakMap<TSESTree.Program, Provenance>();

/** The file's provenance analysis, built once per file on first use and shared by every rule. */
export function getProvenance(sourceCode: Readonly<TSESLint.SourceCode>): Provenance {
  const ast = sourceCode.ast;
  let provenance = CACHE.get(ast);
  if (!provenance) {
    provenance = new Provenance(sourceCode);
    CACHE.set(ast, provenance);
  }
  return provenance;
}

/**
 * Where a credential part comes from, coarsely enough to compare a key, its secret and its token
 * (credential-shapes R2): the same environment family, the same object, the same parameter object.
 * - `env`: `process.env.APP_AWS_ACCESS_KEY_ID` → prefix `APP_AWS_` (`AWS_SESSION_TOKEN` → `AWS_`);
 * - `object`: a member read (`cfg.aws.key` → `cfg.aws`, `out.Credentials.SessionToken` → `out.Credentials`),
 *   or a name destructured from an object (`const { key } = cfg` → `cfg`);
 * - `literal`: a string literal.
 * `null` when nothing can be said (a plain parameter, a call, a bare local), so that callers never compare it.
 */
export interface SourceRoot {
  kind: 'env' | 'object' | 'literal';
  /** Compared for equality: the env prefix, or the object's source text. */
  id: string;
  /** For `object`: the expression, to read a sibling field from (`<node>.sessionToken`). */
  node: Node | null;
  /** For `env`: the variable's name. */
  name?: string;
}

const ENV_PART_SUFFIX = /(?:ACCESS_KEY_ID|ACCESS_KEY|SECRET_ACCESS_KEY|SECRET_KEY|SESSION_TOKEN|SECURITY_TOKEN|KEY_ID|SECRET|TOKEN|KEY)$/u;

/** `APP_AWS_ACCESS_KEY_ID` → `APP_AWS_`, `AWS_SESSION_TOKEN` → `AWS_`. */
export function envPrefix(name: string): string {
  return name.replace(ENV_PART_SUFFIX, '');
}

const textOf = (sourceCode: Readonly<TSESLint.SourceCode>, node: Node): string => sourceCode.getText(node).replace(/\s+/gu, '').replace(/\?\./gu, '.').replace(/!/gu, '');

export function sourceRoot(node: Node, sourceCode: Readonly<TSESLint.SourceCode>, provenance: Provenance, depth = 0): SourceRoot | null {
  if (depth > 4) return null;
  let target = unwrap(node);
  // `a || ''`, `a ?? b`: the left side is the source.
  while (target.type === AST_NODE_TYPES.LogicalExpression && target.operator !== '&&') target = unwrap(target.left);
  // `String(x)`, `x.trim()`, `x.toString()`.
  if (target.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(target.callee);
    if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'String' && target.arguments[0]) return sourceRoot(target.arguments[0], sourceCode, provenance, depth + 1);
    if (callee.type === AST_NODE_TYPES.MemberExpression && /^(?:trim|toString)$/u.test(getKeyName(callee) ?? '')) return sourceRoot(callee.object, sourceCode, provenance, depth + 1);
  }
  const value = provenance.valueOf(target);
  if (value?.kind === 'env') return { kind: 'env', id: envPrefix(value.name), node: null, name: value.name };
  if (target.type === AST_NODE_TYPES.Literal || target.type === AST_NODE_TYPES.TemplateLiteral) {
    return getStaticString(target) == null ? null : { kind: 'literal', id: 'literal', node: null };
  }
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const object = unwrap(target.object);
    if (object.type === AST_NODE_TYPES.MemberExpression && getKeyName(object) === 'env') return null;
    return { kind: 'object', id: textOf(sourceCode, object), node: target.object };
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariable(sourceCode, target);
  const definition = variable?.defs[0];
  if (!variable || !definition || variable.defs.length !== 1) return null;
  if (definition.type === 'Variable') {
    const declarator = definition.node;
    if (!declarator.init || !isSingleAssignment(variable)) return null;
    if (declarator.id.type === AST_NODE_TYPES.Identifier) return sourceRoot(declarator.init, sourceCode, provenance, depth + 1);
    if (declarator.id.type === AST_NODE_TYPES.ObjectPattern && declarator.id.properties.some((property) => property.type === AST_NODE_TYPES.Property && property.value === definition.name)) {
      return { kind: 'object', id: textOf(sourceCode, unwrap(declarator.init)), node: unwrap(declarator.init) };
    }
    return null;
  }
  if (definition.type === 'Parameter') {
    // `({ accessKeyId, sessionToken }) => …`: one parameter object.
    const fn = definition.node;
    if (!isFunction(fn)) return null;
    const param = fn.params.find((item) => containsNode(item, target));
    const root = param?.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
    if (root?.type === AST_NODE_TYPES.ObjectPattern) return { kind: 'object', id: `parameter@${root.range[0]}`, node: null };
  }
  return null;
}

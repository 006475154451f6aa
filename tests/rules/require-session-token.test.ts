import rule from '../../src/rules/require-session-token.js';
import { createJavaScriptRuleTester, createRuleTester, createTypedRuleTester } from '../rule-tester.js';

// Built at run time so that no whole temporary key id sits in the repository.
const TEMPORARY_KEY_ID = ['AS', 'IA', 'Q3EGRWQHZL4JXN7P'].join('');
const LONG_TERM_KEY_ID = ['AK', 'IA', 'Q3EGRWQHZL4JXN7P'].join('');

const STS_IMPORTS = `import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { S3Client } from '@aws-sdk/client-s3';
const sts = new STSClient({});
`;

createRuleTester().run('require-session-token', rule, {
  valid: [
    {
      name: 'F1 with the token',
      code: `${STS_IMPORTS}const out = await sts.send(new AssumeRoleCommand({ RoleArn, RoleSessionName }));
new S3Client({ credentials: { accessKeyId: out.Credentials!.AccessKeyId!, secretAccessKey: out.Credentials!.SecretAccessKey!, sessionToken: out.Credentials!.SessionToken } });`,
    },
    {
      name: 'Cognito mapping with the token',
      code: `const { Credentials: c } = await cognito.send(new GetCredentialsForIdentityCommand({ IdentityId }));
new KMSClient({ credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretKey, sessionToken: c.SessionToken } });`,
    },
    {
      name: 'IAM CreateAccessKey is long-term',
      code: `const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName }));
new S3Client({ credentials: { accessKeyId: AccessKey.AccessKeyId, secretAccessKey: AccessKey.SecretAccessKey } });`,
    },
    {
      name: 'providers never need a token',
      code: `new S3Client({ credentials: fromNodeProviderChain() });
new S3Client({ credentials: fromTemporaryCredentials({ params: { RoleArn } }) });
new S3Client({});`,
    },
    {
      name: 'an explicit undefined token says long-term on purpose',
      code: `new S3Client({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!, sessionToken: undefined } });`,
    },
    {
      name: 'an explicit null third argument says long-term on purpose',
      code: `const AWS = require('aws-sdk');
AWS.config.credentials = new AWS.Credentials(process.env.AWS_ACCESS_KEY_ID, process.env.AWS_SECRET_ACCESS_KEY, null);`,
    },
    {
      name: 'a spread may carry the token',
      code: `const out = await sts.send(new AssumeRoleCommand({}));
new S3Client({ credentials: { ...base, accessKeyId: out.Credentials.AccessKeyId, secretAccessKey: out.Credentials.SecretAccessKey } });`,
    },
    {
      name: 'a conditional token spread',
      code: `new S3Client({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!, ...(process.env.AWS_SESSION_TOKEN ? { sessionToken: process.env.AWS_SESSION_TOKEN } : {}) } });`,
    },
    {
      name: 'custom environment names are usually long-term keys of the app (R5)',
      code: `new S3Client({ credentials: { accessKeyId: process.env.MY_AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.MY_AWS_SECRET_ACCESS_KEY! } });`,
    },
    {
      name: 'non-AWS endpoint: Cloudflare R2',
      code: `new S3Client({ region: 'auto', endpoint: 'https://acct.r2.cloudflarestorage.com', credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } });`,
    },
    {
      name: 'non-AWS endpoint: localhost MinIO',
      code: `new S3Client({ endpoint: 'http://localhost:9000', forcePathStyle: true, credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } });`,
    },
    {
      name: 'non-AWS endpoint from an R2_ variable',
      code: `new S3Client({ endpoint: process.env.R2_ENDPOINT, credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } });`,
    },
    {
      name: 'aws4fetch with environment keys targets R2 and B2 as often as AWS',
      code: `import { AwsClient } from 'aws4fetch';
const client = new AwsClient({ accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY });`,
    },
    {
      name: 'minio against a MinIO server',
      code: `import * as Minio from 'minio';
const out = await sts.send(new AssumeRoleCommand({}));
new Minio.Client({ endPoint: 'minio.internal', accessKey: out.Credentials.AccessKeyId, secretKey: out.Credentials.SecretAccessKey });`,
    },
    {
      name: 'a long-term key literal',
      code: `new S3Client({ credentials: { accessKeyId: '${LONG_TERM_KEY_ID}', secretAccessKey: secret } });`,
    },
    {
      name: 'the documentation key id',
      code: `new S3Client({ credentials: { accessKeyId: 'ASIAIOSFODNN7EXAMPLE', secretAccessKey: secret } });`,
    },
    {
      name: 'an environment pair that reaches no consumer',
      code: `export const config = { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY };`,
    },
    {
      name: 'environment pairs switched off by option',
      code: `new S3Client({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } });`,
      options: [{ checkEnvironmentVariables: false }],
    },
    {
      name: 'names alone are not provenance',
      code: `const data = await getUser();
new S3Client({ credentials: { accessKeyId: data.Credentials.AccessKeyId, secretAccessKey: data.Credentials.SecretAccessKey } });`,
    },
    {
      name: 'a local assumeRole function of unknown shape',
      code: `const creds = await assumeRole(arn);
new S3Client({ credentials: { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey } });`,
    },
    {
      name: 'key and secret from different sources are the mismatch rule’s business',
      code: `const out = await sts.send(new AssumeRoleCommand({}));
new S3Client({ credentials: { accessKeyId: out.Credentials.AccessKeyId, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY } });`,
    },
    {
      name: 'a reassigned binding is not followed',
      code: `let out = await sts.send(new AssumeRoleCommand({}));
out = await loadCached();
new S3Client({ credentials: { accessKeyId: out.Credentials.AccessKeyId, secretAccessKey: out.Credentials.SecretAccessKey } });`,
    },
    {
      name: 'a token alias is present (no-malformed-credentials renames it)',
      code: `const out = await sts.send(new AssumeRoleCommand({}));
new S3Client({ credentials: { accessKeyId: out.Credentials.AccessKeyId, secretAccessKey: out.Credentials.SecretAccessKey, securityToken: out.Credentials.SessionToken } });`,
    },
    {
      name: 'PascalCase objects passed whole are no-malformed-credentials’ business',
      code: `const out = await sts.send(new AssumeRoleCommand({}));
new S3Client({ credentials: out.Credentials });`,
    },
    {
      name: 'a user interface without a token (no type information)',
      code: `function make(config: AppConfig) {
  return new S3Client({ credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } });
}`,
    },
    {
      name: 'child environment inheriting the parent token is no-mismatched-session-token’s business',
      code: `const out = await sts.send(new AssumeRoleCommand({}));
spawn('aws', args, { env: { ...process.env, AWS_ACCESS_KEY_ID: out.Credentials.AccessKeyId, AWS_SECRET_ACCESS_KEY: out.Credentials.SecretAccessKey } });`,
    },
    {
      name: 'class state assigned twice is not followed',
      code: `class Uploader {
  async init() { this.credentials = (await this.sts.send(new AssumeRoleCommand({}))).Credentials; }
  useLongTerm(keys) { this.credentials = keys; }
  client() { return new S3Client({ credentials: { accessKeyId: this.credentials.AccessKeyId, secretAccessKey: this.credentials.SecretAccessKey } }); }
}`,
    },
    {
      name: 'a let assigned twice is not followed',
      code: `let creds;
creds = (await sts.send(new AssumeRoleCommand({}))).Credentials;
creds = loadLongTerm();
new S3Client({ credentials: { accessKeyId: creds.AccessKeyId, secretAccessKey: creds.SecretAccessKey } });`,
    },
    {
      name: 'unrelated objects with similar names',
      code: `const keys = { accessKey: 'public', secretKey: hash(password) };
upload({ accessKey: user.accessKey, secretKey: user.secretKey });`,
    },
  ],
  invalid: [
    {
      name: 'F1: v3 client from an STS response, multi-line with a comment',
      code: `${STS_IMPORTS}const out = await sts.send(new AssumeRoleCommand({ RoleArn, RoleSessionName }));
const s3 = new S3Client({
  region: 'us-east-1',
  credentials: {
    accessKeyId: out.Credentials!.AccessKeyId!,
    secretAccessKey: out.Credentials!.SecretAccessKey!, // from STS
  },
});`,
      output: `${STS_IMPORTS}const out = await sts.send(new AssumeRoleCommand({ RoleArn, RoleSessionName }));
const s3 = new S3Client({
  region: 'us-east-1',
  credentials: {
    accessKeyId: out.Credentials!.AccessKeyId!,
    secretAccessKey: out.Credentials!.SecretAccessKey!, // from STS
    sessionToken: out.Credentials!.SessionToken,
  },
});`,
      errors: [{ messageId: 'missingToken', data: { origin: 'STS AssumeRole credentials', tokenKey: 'sessionToken' }, line: 8, column: 5, suggestions: [] }],
    },
    {
      name: 'F1: destructured Credentials, single line',
      code: `const { Credentials } = await sts.send(new AssumeRoleCommand({}));
new S3Client({ credentials: { accessKeyId: Credentials.AccessKeyId, secretAccessKey: Credentials.SecretAccessKey } });`,
      output: `const { Credentials } = await sts.send(new AssumeRoleCommand({}));
new S3Client({ credentials: { accessKeyId: Credentials.AccessKeyId, secretAccessKey: Credentials.SecretAccessKey, sessionToken: Credentials.SessionToken } });`,
      errors: [{ messageId: 'missingToken', line: 2, column: 31, suggestions: [] }],
    },
    {
      name: 'F1: destructured fields gain SessionToken in the pattern',
      code: `const { Credentials } = await sts.send(new AssumeRoleCommand({}));
const { AccessKeyId, SecretAccessKey } = Credentials;
new S3Client({
  credentials: {
    accessKeyId: AccessKeyId,
    secretAccessKey: SecretAccessKey,
  },
});`,
      output: `const { Credentials } = await sts.send(new AssumeRoleCommand({}));
const { AccessKeyId, SecretAccessKey, SessionToken } = Credentials;
new S3Client({
  credentials: {
    accessKeyId: AccessKeyId,
    secretAccessKey: SecretAccessKey,
    sessionToken: SessionToken,
  },
});`,
      errors: [{ messageId: 'missingToken', line: 5, column: 5, suggestions: [] }],
    },
    {
      name: 'F1: nested destructuring and shorthand-free mapping',
      code: `const { Credentials: { AccessKeyId, SecretAccessKey } } = await client.send(new AssumeRoleWithWebIdentityCommand(params));
new DynamoDBClient({ credentials: { accessKeyId: AccessKeyId, secretAccessKey: SecretAccessKey } });`,
      output: `const { Credentials: { AccessKeyId, SecretAccessKey, SessionToken } } = await client.send(new AssumeRoleWithWebIdentityCommand(params));
new DynamoDBClient({ credentials: { accessKeyId: AccessKeyId, secretAccessKey: SecretAccessKey, sessionToken: SessionToken } });`,
      errors: [{ messageId: 'missingToken', line: 2, column: 37, suggestions: [] }],
    },
    {
      name: 'F1: SessionToken already taken, so the token is read from the object',
      code: `const SessionToken = 'unrelated';
const result = await sts.send(new GetSessionTokenCommand({ DurationSeconds: 900 }));
const { AccessKeyId, SecretAccessKey } = result.Credentials;
new S3Client({ credentials: { accessKeyId: AccessKeyId, secretAccessKey: SecretAccessKey } });`,
      output: `const SessionToken = 'unrelated';
const result = await sts.send(new GetSessionTokenCommand({ DurationSeconds: 900 }));
const { AccessKeyId, SecretAccessKey } = result.Credentials;
new S3Client({ credentials: { accessKeyId: AccessKeyId, secretAccessKey: SecretAccessKey, sessionToken: result.Credentials.SessionToken } });`,
      errors: [{ messageId: 'missingToken', line: 4, column: 31, suggestions: [] }],
    },
    {
      name: 'F1: optional chain and a command held in a variable',
      code: `const command = new GetFederationTokenCommand({ Name: 'x' });
const res = await sts.send(command);
new S3Client({ credentials: { accessKeyId: res.Credentials?.AccessKeyId, secretAccessKey: res.Credentials?.SecretAccessKey } });`,
      output: `const command = new GetFederationTokenCommand({ Name: 'x' });
const res = await sts.send(command);
new S3Client({ credentials: { accessKeyId: res.Credentials?.AccessKeyId, secretAccessKey: res.Credentials?.SecretAccessKey, sessionToken: res.Credentials?.SessionToken } });`,
      errors: [{ messageId: 'missingToken', line: 3, column: 31, suggestions: [] }],
    },
    {
      name: 'F1: .then callback parameter',
      code: `sts.send(new AssumeRoleCommand(params)).then((data) =>
  new S3Client({ credentials: { accessKeyId: data.Credentials.AccessKeyId, secretAccessKey: data.Credentials.SecretAccessKey } }),
);`,
      output: `sts.send(new AssumeRoleCommand(params)).then((data) =>
  new S3Client({ credentials: { accessKeyId: data.Credentials.AccessKeyId, secretAccessKey: data.Credentials.SecretAccessKey, sessionToken: data.Credentials.SessionToken } }),
);`,
      errors: [{ messageId: 'missingToken', line: 2, column: 33, suggestions: [] }],
    },
    {
      name: 'F1: a same-file function returning STS credentials',
      code: `async function getCredentials(roleArn: string) {
  const response = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'app' }));
  return response.Credentials;
}
const creds = await getCredentials(arn);
new S3Client({ credentials: { accessKeyId: creds.AccessKeyId, secretAccessKey: creds.SecretAccessKey } });`,
      output: `async function getCredentials(roleArn: string) {
  const response = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'app' }));
  return response.Credentials;
}
const creds = await getCredentials(arn);
new S3Client({ credentials: { accessKeyId: creds.AccessKeyId, secretAccessKey: creds.SecretAccessKey, sessionToken: creds.SessionToken } });`,
      errors: [{ messageId: 'missingToken', line: 6, column: 31, suggestions: [] }],
    },
    {
      name: 'F1: a provider function returning a mapped object',
      code: `const out = await sts.send(new AssumeRoleCommand({}));
new S3Client({ credentials: async () => ({ accessKeyId: out.Credentials.AccessKeyId, secretAccessKey: out.Credentials.SecretAccessKey }) });`,
      output: `const out = await sts.send(new AssumeRoleCommand({}));
new S3Client({ credentials: async () => ({ accessKeyId: out.Credentials.AccessKeyId, secretAccessKey: out.Credentials.SecretAccessKey, sessionToken: out.Credentials.SessionToken }) });`,
      errors: [{ messageId: 'missingToken', line: 2, column: 44, suggestions: [] }],
    },
    {
      name: 'a variable declared first and assigned once later',
      code: `let creds;
async function refresh() {
  creds = (await sts.send(new AssumeRoleWithSAMLCommand(input))).Credentials;
}
export function client() {
  return new S3Client({ credentials: { accessKeyId: creds.AccessKeyId, secretAccessKey: creds.SecretAccessKey } });
}`,
      output: `let creds;
async function refresh() {
  creds = (await sts.send(new AssumeRoleWithSAMLCommand(input))).Credentials;
}
export function client() {
  return new S3Client({ credentials: { accessKeyId: creds.AccessKeyId, secretAccessKey: creds.SecretAccessKey, sessionToken: creds.SessionToken } });
}`,
      errors: [{ messageId: 'missingToken', line: 6, column: 40, suggestions: [] }],
    },
    {
      name: 'class state assigned in one method and used in another',
      code: `class Uploader {
  async init(roleArn) {
    const result = await this.sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'upload' }));
    this.credentials = result.Credentials;
  }
  client() {
    return new S3Client({ credentials: { accessKeyId: this.credentials.AccessKeyId, secretAccessKey: this.credentials.SecretAccessKey } });
  }
}`,
      output: `class Uploader {
  async init(roleArn) {
    const result = await this.sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'upload' }));
    this.credentials = result.Credentials;
  }
  client() {
    return new S3Client({ credentials: { accessKeyId: this.credentials.AccessKeyId, secretAccessKey: this.credentials.SecretAccessKey, sessionToken: this.credentials.SessionToken } });
  }
}`,
      errors: [{ messageId: 'missingToken', line: 7, column: 42, suggestions: [] }],
    },
    {
      name: 'class state assigned once with a computed key and ??=, beside the name in a comment, a string and a longer name',
      code: `class Uploader {
  async init(roleArn) {
    // this.credentials = keys;
    const result = await this.sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'this.credentials = keys' }));
    this.credentialsSource = 'sts';
    this['credentials'] ??= result.Credentials;
  }
  client() {
    return new S3Client({ credentials: { accessKeyId: this.credentials.AccessKeyId, secretAccessKey: this.credentials.SecretAccessKey } });
  }
}`,
      output: `class Uploader {
  async init(roleArn) {
    // this.credentials = keys;
    const result = await this.sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'this.credentials = keys' }));
    this.credentialsSource = 'sts';
    this['credentials'] ??= result.Credentials;
  }
  client() {
    return new S3Client({ credentials: { accessKeyId: this.credentials.AccessKeyId, secretAccessKey: this.credentials.SecretAccessKey, sessionToken: this.credentials.SessionToken } });
  }
}`,
      errors: [{ messageId: 'missingToken', line: 9, column: 42, suggestions: [] }],
    },
    {
      name: 'a class field typed with STS Credentials',
      code: `import type { Credentials } from '@aws-sdk/client-sts';
class Session {
  private creds?: Credentials;
  client() {
    return new S3Client({ credentials: { accessKeyId: this.creds!.AccessKeyId!, secretAccessKey: this.creds!.SecretAccessKey! } });
  }
}`,
      output: `import type { Credentials } from '@aws-sdk/client-sts';
class Session {
  private creds?: Credentials;
  client() {
    return new S3Client({ credentials: { accessKeyId: this.creds!.AccessKeyId!, secretAccessKey: this.creds!.SecretAccessKey!, sessionToken: this.creds!.SessionToken } });
  }
}`,
      errors: [{ messageId: 'missingToken', line: 5, column: 42, suggestions: [] }],
    },
    {
      name: 'renaming destructure with shorthand properties keeps the style',
      code: `const { Credentials } = await sts.send(new AssumeRoleCommand({}));
const { AccessKeyId: accessKeyId, SecretAccessKey: secretAccessKey } = Credentials;
new S3Client({ credentials: { accessKeyId, secretAccessKey } });`,
      output: `const { Credentials } = await sts.send(new AssumeRoleCommand({}));
const { AccessKeyId: accessKeyId, SecretAccessKey: secretAccessKey, SessionToken: sessionToken } = Credentials;
new S3Client({ credentials: { accessKeyId, secretAccessKey, sessionToken } });`,
      errors: [{ messageId: 'missingToken', line: 3, column: 31, suggestions: [] }],
    },
    {
      name: 'a template literal around an environment variable',
      code: 'new S3Client({ credentials: { accessKeyId: `${process.env.AWS_ACCESS_KEY_ID}`, secretAccessKey: `${process.env.AWS_SECRET_ACCESS_KEY}` } });',
      output: null,
      errors: [
        {
          messageId: 'environmentPair',
          line: 1,
          column: 31,
          suggestions: [
            {
              messageId: 'addSessionToken',
              output:
                'new S3Client({ credentials: { accessKeyId: `${process.env.AWS_ACCESS_KEY_ID}`, secretAccessKey: `${process.env.AWS_SECRET_ACCESS_KEY}`, sessionToken: process.env.AWS_SESSION_TOKEN } });',
            },
            { messageId: 'useDefaultChain', output: 'new S3Client({});' },
          ],
        },
      ],
    },
    {
      name: 'F2: v2 callback into a service constructor',
      code: `const AWS = require('aws-sdk');
const sts = new AWS.STS();
sts.assumeRole(params, (err, data) => {
  const s3 = new AWS.S3({ accessKeyId: data.Credentials.AccessKeyId, secretAccessKey: data.Credentials.SecretAccessKey });
});`,
      output: `const AWS = require('aws-sdk');
const sts = new AWS.STS();
sts.assumeRole(params, (err, data) => {
  const s3 = new AWS.S3({ accessKeyId: data.Credentials.AccessKeyId, secretAccessKey: data.Credentials.SecretAccessKey, sessionToken: data.Credentials.SessionToken });
});`,
      errors: [{ messageId: 'missingToken', line: 4, column: 27, suggestions: [] }],
    },
    {
      name: 'F2: v2 .promise() into AWS.config.update',
      code: `const data = await sts.getSessionToken({ DurationSeconds: 3600 }).promise();
AWS.config.update({
  accessKeyId: data.Credentials.AccessKeyId,
  secretAccessKey: data.Credentials.SecretAccessKey
});`,
      output: `const data = await sts.getSessionToken({ DurationSeconds: 3600 }).promise();
AWS.config.update({
  accessKeyId: data.Credentials.AccessKeyId,
  secretAccessKey: data.Credentials.SecretAccessKey,
  sessionToken: data.Credentials.SessionToken
});`,
      errors: [{ messageId: 'missingToken', line: 3, column: 3, suggestions: [] }],
    },
    {
      name: 'F3: Cognito identity pool credentials (SecretKey)',
      code: `const { Credentials: c } = await cognito.send(new GetCredentialsForIdentityCommand({ IdentityId, Logins }));
const kms = new KMSClient({ credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretKey } });`,
      output: `const { Credentials: c } = await cognito.send(new GetCredentialsForIdentityCommand({ IdentityId, Logins }));
const kms = new KMSClient({ credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretKey, sessionToken: c.SessionToken } });`,
      errors: [{ messageId: 'missingToken', line: 2, column: 44, suggestions: [] }],
    },
    {
      name: 'F4: SSO role credentials (camelCase)',
      code: `const { roleCredentials } = await sso.send(new GetRoleCredentialsCommand({ roleName, accountId, accessToken }));
new S3Client({ credentials: { accessKeyId: roleCredentials.accessKeyId, secretAccessKey: roleCredentials.secretAccessKey } });`,
      output: `const { roleCredentials } = await sso.send(new GetRoleCredentialsCommand({ roleName, accountId, accessToken }));
new S3Client({ credentials: { accessKeyId: roleCredentials.accessKeyId, secretAccessKey: roleCredentials.secretAccessKey, sessionToken: roleCredentials.sessionToken } });`,
      errors: [{ messageId: 'missingToken', line: 2, column: 31, suggestions: [] }],
    },
    {
      name: 'F4: Roles Anywhere credential set',
      code: `const session = await rolesAnywhere.send(new CreateSessionCommand(input));
new S3Client({ credentials: { accessKeyId: session.credentialSet[0].credentials.accessKeyId, secretAccessKey: session.credentialSet[0].credentials.secretAccessKey } });`,
      output: `const session = await rolesAnywhere.send(new CreateSessionCommand(input));
new S3Client({ credentials: { accessKeyId: session.credentialSet[0].credentials.accessKeyId, secretAccessKey: session.credentialSet[0].credentials.secretAccessKey, sessionToken: session.credentialSet[0].credentials.sessionToken } });`,
      errors: [{ messageId: 'missingToken', line: 2, column: 31, suggestions: [] }],
    },
    {
      name: 'F4: Lake Formation credentials at the top level',
      code: `const glue = await lakeFormation.send(new GetTemporaryGlueTableCredentialsCommand({ TableArn }));
new S3Client({ credentials: { accessKeyId: glue.AccessKeyId, secretAccessKey: glue.SecretAccessKey } });`,
      output: `const glue = await lakeFormation.send(new GetTemporaryGlueTableCredentialsCommand({ TableArn }));
new S3Client({ credentials: { accessKeyId: glue.AccessKeyId, secretAccessKey: glue.SecretAccessKey, sessionToken: glue.SessionToken } });`,
      errors: [{ messageId: 'missingToken', line: 2, column: 31, suggestions: [] }],
    },
    {
      name: 'F5: instance metadata JSON (Token) into aws4.sign',
      code: `import aws4 from 'aws4';
const res = await fetch('http://169.254.169.254/latest/meta-data/iam/security-credentials/' + role);
const c = await res.json();
aws4.sign(request, { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey });`,
      output: `import aws4 from 'aws4';
const res = await fetch('http://169.254.169.254/latest/meta-data/iam/security-credentials/' + role);
const c = await res.json();
aws4.sign(request, { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.Token });`,
      errors: [{ messageId: 'missingToken', line: 4, column: 22, suggestions: [] }],
    },
    {
      name: 'F5: ECS container credentials through axios',
      code: `const { data } = await axios.get(\`http://169.254.170.2\${process.env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI}\`);
new SignatureV4({ service: 'es', region, sha256: Sha256, credentials: { accessKeyId: data.AccessKeyId, secretAccessKey: data.SecretAccessKey } });`,
      output: `const { data } = await axios.get(\`http://169.254.170.2\${process.env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI}\`);
new SignatureV4({ service: 'es', region, sha256: Sha256, credentials: { accessKeyId: data.AccessKeyId, secretAccessKey: data.SecretAccessKey, sessionToken: data.Token } });`,
      errors: [{ messageId: 'missingToken', line: 2, column: 73, suggestions: [] }],
    },
    {
      name: 'F5: metadata URL held in a constant, token read through a .then chain',
      code: `const METADATA = 'http://169.254.169.254/latest/meta-data/iam/security-credentials/';
fetch(METADATA + role).then((r) => r.json()).then((c) => {
  aws4.sign(request, { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey });
});`,
      output: `const METADATA = 'http://169.254.169.254/latest/meta-data/iam/security-credentials/';
fetch(METADATA + role).then((r) => r.json()).then((c) => {
  aws4.sign(request, { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.Token });
});`,
      errors: [{ messageId: 'missingToken', line: 3, column: 24, suggestions: [] }],
    },
    {
      name: 'F5: container endpoint from AWS_CONTAINER_CREDENTIALS_FULL_URI',
      code: `const response = await fetch(process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI!, { headers: { Authorization: token } });
const body = await response.json();
const aws = new AwsClient({ accessKeyId: body.AccessKeyId, secretAccessKey: body.SecretAccessKey });`,
      output: `const response = await fetch(process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI!, { headers: { Authorization: token } });
const body = await response.json();
const aws = new AwsClient({ accessKeyId: body.AccessKeyId, secretAccessKey: body.SecretAccessKey, sessionToken: body.Token });`,
      errors: [{ messageId: 'missingToken', line: 3, column: 29, suggestions: [] }],
    },
    {
      name: 'F6/F7: environment pair in a v3 client',
      code: `const client = new DynamoDBClient({
  region: process.env.AWS_REGION,
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
  },
});`,
      output: null,
      errors: [
        {
          messageId: 'environmentPair',
          data: { keyName: 'AWS_ACCESS_KEY_ID', secretName: 'AWS_SECRET_ACCESS_KEY' },
          line: 4,
          column: 5,
          suggestions: [
            {
              messageId: 'addSessionToken',
              output: `const client = new DynamoDBClient({
  region: process.env.AWS_REGION,
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
    sessionToken: process.env.AWS_SESSION_TOKEN,
  },
});`,
            },
            {
              messageId: 'useDefaultChain',
              output: `const client = new DynamoDBClient({
  region: process.env.AWS_REGION,
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'F7: fallbacks and a destructured environment',
      code: `const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY } = process.env;
new S3Client({ region, credentials: { accessKeyId: AWS_ACCESS_KEY_ID ?? '', secretAccessKey: AWS_SECRET_ACCESS_KEY || '' } });`,
      output: null,
      errors: [
        {
          messageId: 'environmentPair',
          line: 2,
          column: 39,
          suggestions: [
            {
              messageId: 'addSessionToken',
              output: `const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY } = process.env;
new S3Client({ region, credentials: { accessKeyId: AWS_ACCESS_KEY_ID ?? '', secretAccessKey: AWS_SECRET_ACCESS_KEY || '', sessionToken: process.env.AWS_SESSION_TOKEN } });`,
            },
            {
              messageId: 'useDefaultChain',
              output: `const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY } = process.env;
new S3Client({ region });`,
            },
          ],
        },
      ],
    },
    {
      name: 'F7: v2 AWS.config.update with the environment',
      code: `AWS.config.update({
  region: 'eu-west-1',
  accessKeyId: process.env.AWS_ACCESS_KEY_ID,
  secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
});`,
      output: null,
      errors: [
        {
          messageId: 'environmentPair',
          line: 3,
          column: 3,
          suggestions: [
            {
              messageId: 'addSessionToken',
              output: `AWS.config.update({
  region: 'eu-west-1',
  accessKeyId: process.env.AWS_ACCESS_KEY_ID,
  secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
  sessionToken: process.env.AWS_SESSION_TOKEN,
});`,
            },
            {
              messageId: 'useDefaultChain',
              output: `AWS.config.update({
  region: 'eu-west-1',
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'F7: removing both v2 keys takes a comment between them along',
      code: `new AWS.S3({
  region,
  accessKeyId: process.env.AWS_ACCESS_KEY_ID, // the key
  /* and its secret */ secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
});`,
      output: null,
      errors: [
        {
          messageId: 'environmentPair',
          line: 3,
          column: 3,
          suggestions: [
            {
              messageId: 'addSessionToken',
              output: `new AWS.S3({
  region,
  accessKeyId: process.env.AWS_ACCESS_KEY_ID, // the key
  /* and its secret */ secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
  sessionToken: process.env.AWS_SESSION_TOKEN,
});`,
            },
            {
              messageId: 'useDefaultChain',
              output: `new AWS.S3({
  region,
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'F8: a parameter typed AwsCredentialIdentity',
      code: `import type { AwsCredentialIdentity } from '@aws-sdk/types';
function makeClient(creds: AwsCredentialIdentity) {
  return new SecretsManagerClient({ credentials: { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey } });
}`,
      output: `import type { AwsCredentialIdentity } from '@aws-sdk/types';
function makeClient(creds: AwsCredentialIdentity) {
  return new SecretsManagerClient({ credentials: { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey, sessionToken: creds.sessionToken } });
}`,
      errors: [{ messageId: 'missingToken', data: { origin: 'an `AwsCredentialIdentity`', tokenKey: 'sessionToken' }, line: 3, column: 52, suggestions: [] }],
    },
    {
      name: 'F8: a provider result awaited once',
      code: `const creds = await fromNodeProviderChain()();
const signer = aws4Interceptor({ options: { region, service: 'execute-api' }, credentials: { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey } });`,
      output: `const creds = await fromNodeProviderChain()();
const signer = aws4Interceptor({ options: { region, service: 'execute-api' }, credentials: { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey, sessionToken: creds.sessionToken } });`,
      errors: [{ messageId: 'missingToken', line: 2, column: 94, suggestions: [] }],
    },
    {
      name: 'F8: v2 AWS.config.credentials',
      code: `const AWS = require('aws-sdk');
aws4.sign(opts, { accessKeyId: AWS.config.credentials.accessKeyId, secretAccessKey: AWS.config.credentials.secretAccessKey });`,
      output: `const AWS = require('aws-sdk');
aws4.sign(opts, { accessKeyId: AWS.config.credentials.accessKeyId, secretAccessKey: AWS.config.credentials.secretAccessKey, sessionToken: AWS.config.credentials.sessionToken });`,
      errors: [{ messageId: 'missingToken', line: 2, column: 19, suggestions: [] }],
    },
    {
      name: 'F10: positional AWS.Credentials from STS',
      code: `const AWS = require('aws-sdk');
const d = await new AWS.STS().assumeRole(params).promise();
AWS.config.credentials = new AWS.Credentials(d.Credentials.AccessKeyId, d.Credentials.SecretAccessKey);`,
      output: `const AWS = require('aws-sdk');
const d = await new AWS.STS().assumeRole(params).promise();
AWS.config.credentials = new AWS.Credentials(d.Credentials.AccessKeyId, d.Credentials.SecretAccessKey, d.Credentials.SessionToken);`,
      errors: [{ messageId: 'missingToken', line: 3, column: 46, suggestions: [] }],
    },
    {
      name: 'F10: positional AWS.Credentials from the environment',
      code: `import AWS from 'aws-sdk';
AWS.config.credentials = new AWS.Credentials(process.env.AWS_ACCESS_KEY_ID, process.env.AWS_SECRET_ACCESS_KEY);`,
      output: null,
      errors: [
        {
          messageId: 'environmentPair',
          line: 2,
          column: 46,
          suggestions: [
            {
              messageId: 'addSessionToken',
              output: `import AWS from 'aws-sdk';
AWS.config.credentials = new AWS.Credentials(process.env.AWS_ACCESS_KEY_ID, process.env.AWS_SECRET_ACCESS_KEY, process.env.AWS_SESSION_TOKEN);`,
            },
          ],
        },
      ],
    },
    {
      name: 'F10: IoT websocket credentials from Cognito',
      code: `const { Credentials: c } = await cognitoIdentity.getCredentialsForIdentity({ IdentityId });
device.updateWebSocketCredentials(c.AccessKeyId, c.SecretKey);`,
      output: `const { Credentials: c } = await cognitoIdentity.getCredentialsForIdentity({ IdentityId });
device.updateWebSocketCredentials(c.AccessKeyId, c.SecretKey, c.SessionToken);`,
      errors: [{ messageId: 'missingToken', line: 2, column: 35, suggestions: [] }],
    },
    {
      name: 'F10: the websocket update called bare, after destructuring it from the device',
      code: `const { Credentials: c } = await cognitoIdentity.getCredentialsForIdentity({ IdentityId });
const { updateWebSocketCredentials } = device;
updateWebSocketCredentials(c.AccessKeyId, c.SecretKey);`,
      output: `const { Credentials: c } = await cognitoIdentity.getCredentialsForIdentity({ IdentityId });
const { updateWebSocketCredentials } = device;
updateWebSocketCredentials(c.AccessKeyId, c.SecretKey, c.SessionToken);`,
      errors: [{ messageId: 'missingToken', line: 3, column: 28, suggestions: [] }],
    },
    {
      name: 'F11: fromTemporaryCredentials with an environment master',
      code: `const provider = fromTemporaryCredentials({
  masterCredentials: { accessKeyId: requireEnv('AWS_ACCESS_KEY_ID'), secretAccessKey: requireEnv('AWS_SECRET_ACCESS_KEY') },
  params: { RoleArn },
});`,
      output: null,
      errors: [
        {
          messageId: 'environmentPair',
          line: 2,
          column: 24,
          suggestions: [
            {
              messageId: 'addSessionToken',
              output: `const provider = fromTemporaryCredentials({
  masterCredentials: { accessKeyId: requireEnv('AWS_ACCESS_KEY_ID'), secretAccessKey: requireEnv('AWS_SECRET_ACCESS_KEY'), sessionToken: process.env.AWS_SESSION_TOKEN },
  params: { RoleArn },
});`,
            },
            {
              messageId: 'useDefaultChain',
              output: `const provider = fromTemporaryCredentials({
  params: { RoleArn },
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'F12: aws4fetch AwsClient with assumed-role credentials',
      code: `import { AwsClient } from 'aws4fetch';
const { Credentials } = await sts.send(new AssumeRoleCommand({}));
const aws = new AwsClient({ accessKeyId: Credentials.AccessKeyId, secretAccessKey: Credentials.SecretAccessKey, service: 'execute-api' });`,
      output: `import { AwsClient } from 'aws4fetch';
const { Credentials } = await sts.send(new AssumeRoleCommand({}));
const aws = new AwsClient({ accessKeyId: Credentials.AccessKeyId, secretAccessKey: Credentials.SecretAccessKey, sessionToken: Credentials.SessionToken, service: 'execute-api' });`,
      errors: [{ messageId: 'missingToken', line: 3, column: 29, suggestions: [] }],
    },
    {
      name: 'F12: kafkajs sasl with mechanism aws',
      code: `const { Credentials } = await sts.send(new AssumeRoleCommand({}));
const kafka = new Kafka({
  brokers,
  sasl: {
    mechanism: 'aws',
    authorizationIdentity: userId,
    accessKeyId: Credentials.AccessKeyId,
    secretAccessKey: Credentials.SecretAccessKey,
  },
});`,
      output: `const { Credentials } = await sts.send(new AssumeRoleCommand({}));
const kafka = new Kafka({
  brokers,
  sasl: {
    mechanism: 'aws',
    authorizationIdentity: userId,
    accessKeyId: Credentials.AccessKeyId,
    secretAccessKey: Credentials.SecretAccessKey,
    sessionToken: Credentials.SessionToken,
  },
});`,
      errors: [{ messageId: 'missingToken', line: 7, column: 5, suggestions: [] }],
    },
    {
      name: 'F12: minio against S3',
      code: `import * as Minio from 'minio';
const { Credentials } = await sts.send(new AssumeRoleCommand({}));
new Minio.Client({ endPoint: 's3.amazonaws.com', accessKey: Credentials.AccessKeyId, secretKey: Credentials.SecretAccessKey });`,
      output: `import * as Minio from 'minio';
const { Credentials } = await sts.send(new AssumeRoleCommand({}));
new Minio.Client({ endPoint: 's3.amazonaws.com', accessKey: Credentials.AccessKeyId, secretKey: Credentials.SecretAccessKey, sessionToken: Credentials.SessionToken });`,
      errors: [{ messageId: 'missingToken', line: 3, column: 50, suggestions: [] }],
    },
    {
      name: 'F12: SignatureV4 with Amplify session credentials',
      code: `const { credentials } = await fetchAuthSession();
const signer = new SignatureV4({ credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey }, region, service: 'appsync', sha256: Sha256 });`,
      output: `const { credentials } = await fetchAuthSession();
const signer = new SignatureV4({ credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey, sessionToken: credentials.sessionToken }, region, service: 'appsync', sha256: Sha256 });`,
      errors: [{ messageId: 'missingToken', line: 2, column: 49, suggestions: [] }],
    },
    {
      name: 'child-process environment without AWS_SESSION_TOKEN',
      code: `const { Credentials: c } = await sts.send(new AssumeRoleCommand({}));
execFile('terraform', ['plan'], { env: { PATH: process.env.PATH, AWS_ACCESS_KEY_ID: c.AccessKeyId, AWS_SECRET_ACCESS_KEY: c.SecretAccessKey } });`,
      output: `const { Credentials: c } = await sts.send(new AssumeRoleCommand({}));
execFile('terraform', ['plan'], { env: { PATH: process.env.PATH, AWS_ACCESS_KEY_ID: c.AccessKeyId, AWS_SECRET_ACCESS_KEY: c.SecretAccessKey, AWS_SESSION_TOKEN: c.SessionToken } });`,
      errors: [{ messageId: 'missingToken', line: 2, column: 66, suggestions: [] }],
    },
    {
      name: 'a temporary key id literal: reported, never fixed',
      code: `new S3Client({ credentials: { accessKeyId: '${TEMPORARY_KEY_ID}', secretAccessKey: secret } });`,
      output: null,
      errors: [{ messageId: 'temporaryKeyId', data: { keyId: 'ASIA…XN7P' }, line: 1, column: 31, suggestions: [] }],
    },
    {
      name: 'a trailing comma and a comment after the secret are kept',
      code: `const { Credentials } = await sts.send(new AssumeRoleCommand({}));
const credentials = {
  accessKeyId: Credentials.AccessKeyId,
  secretAccessKey: Credentials.SecretAccessKey, /* keep me */
};
new S3Client({ credentials });`,
      output: `const { Credentials } = await sts.send(new AssumeRoleCommand({}));
const credentials = {
  accessKeyId: Credentials.AccessKeyId,
  secretAccessKey: Credentials.SecretAccessKey, /* keep me */
  sessionToken: Credentials.SessionToken,
};
new S3Client({ credentials });`,
      errors: [{ messageId: 'missingToken', line: 3, column: 3, suggestions: [] }],
    },
    {
      name: 'an options object declared first and passed later',
      code: `const config = {
  region: 'us-east-1',
  credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! },
};
export const s3 = new S3Client(config);`,
      output: null,
      errors: [
        {
          messageId: 'environmentPair',
          line: 3,
          column: 18,
          suggestions: [
            {
              messageId: 'addSessionToken',
              output: `const config = {
  region: 'us-east-1',
  credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!, sessionToken: process.env.AWS_SESSION_TOKEN },
};
export const s3 = new S3Client(config);`,
            },
            {
              messageId: 'useDefaultChain',
              output: `const config = {
  region: 'us-east-1',
};
export const s3 = new S3Client(config);`,
            },
          ],
        },
      ],
    },
    {
      name: 'assigning to a credentials property',
      code: `if (process.env.AWS_ACCESS_KEY_ID) {
  client.config.credentials = { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY };
}`,
      output: null,
      errors: [
        {
          messageId: 'environmentPair',
          line: 2,
          column: 33,
          suggestions: [
            {
              messageId: 'addSessionToken',
              output: `if (process.env.AWS_ACCESS_KEY_ID) {
  client.config.credentials = { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN };
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'aws4-axios positional credentials',
      code: `axios.interceptors.request.use(aws4Interceptor({ region: 'eu-west-1', service: 'execute-api' }, { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY }));`,
      output: null,
      errors: [
        {
          messageId: 'environmentPair',
          line: 1,
          column: 99,
          suggestions: [
            {
              messageId: 'addSessionToken',
              output: `axios.interceptors.request.use(aws4Interceptor({ region: 'eu-west-1', service: 'execute-api' }, { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN }));`,
            },
            {
              messageId: 'useDefaultChain',
              output: `axios.interceptors.request.use(aws4Interceptor({ region: 'eu-west-1', service: 'execute-api' }));`,
            },
          ],
        },
      ],
    },
    {
      name: 'an environment pair reaching a client through a const',
      code: `const credentials = { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! };
export const s3 = new S3Client({ credentials });`,
      output: null,
      errors: [
        {
          messageId: 'environmentPair',
          line: 1,
          column: 23,
          suggestions: [
            {
              messageId: 'addSessionToken',
              output: `const credentials = { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!, sessionToken: process.env.AWS_SESSION_TOKEN };
export const s3 = new S3Client({ credentials });`,
            },
          ],
        },
      ],
    },
  ],
});

// Plain JavaScript through ESLint's default parser, as most v2 and Lambda code is written.
const javascript = await createJavaScriptRuleTester();
javascript.run('require-session-token (espree)', rule, {
  valid: [
    `const AWS = require('aws-sdk');
const s3 = new AWS.S3({ accessKeyId: process.env.S3_KEY, secretAccessKey: process.env.S3_SECRET });`,
    `exports.handler = async () => new DynamoDBClient({});`,
  ],
  invalid: [
    {
      code: `const AWS = require('aws-sdk');
exports.handler = async (event) => {
  const sqs = new AWS.SQS({ region: 'us-east-1', accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY });
  return sqs.sendMessage(event).promise();
};`,
      output: null,
      errors: [
        {
          messageId: 'environmentPair',
          line: 3,
          column: 50,
          suggestions: [
            {
              messageId: 'addSessionToken',
              output: `const AWS = require('aws-sdk');
exports.handler = async (event) => {
  const sqs = new AWS.SQS({ region: 'us-east-1', accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN });
  return sqs.sendMessage(event).promise();
};`,
            },
            {
              messageId: 'useDefaultChain',
              output: `const AWS = require('aws-sdk');
exports.handler = async (event) => {
  const sqs = new AWS.SQS({ region: 'us-east-1' });
  return sqs.sendMessage(event).promise();
};`,
            },
          ],
        },
      ],
    },
    {
      code: `const sts = new AWS.STS();
sts.assumeRole({ RoleArn: arn, RoleSessionName: 'job' }, function (err, data) {
  if (err) throw err;
  AWS.config.update({ accessKeyId: data.Credentials.AccessKeyId, secretAccessKey: data.Credentials.SecretAccessKey });
});`,
      output: `const sts = new AWS.STS();
sts.assumeRole({ RoleArn: arn, RoleSessionName: 'job' }, function (err, data) {
  if (err) throw err;
  AWS.config.update({ accessKeyId: data.Credentials.AccessKeyId, secretAccessKey: data.Credentials.SecretAccessKey, sessionToken: data.Credentials.SessionToken });
});`,
      errors: [{ messageId: 'missingToken', line: 4, column: 23, suggestions: [] }],
    },
  ],
});

// With type information the rule follows values across functions and modules.
createTypedRuleTester().run('require-session-token (typed)', rule, {
  valid: [
    {
      name: 'a user-defined interface without sessionToken',
      code: `import { S3Client } from '@aws-sdk/client-s3';
import { loadAppConfig } from './helpers.js';
const config = loadAppConfig();
new S3Client({ credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } });`,
    },
    {
      name: 'any is not a credential type',
      code: `import { S3Client } from '@aws-sdk/client-s3';
declare const creds: any;
new S3Client({ credentials: { accessKeyId: creds.AccessKeyId, secretAccessKey: creds.SecretAccessKey } });`,
    },
  ],
  invalid: [
    {
      name: 'STS Credentials returned by a helper module',
      code: `import { S3Client } from '@aws-sdk/client-s3';
import { getRoleCredentials } from './helpers.js';
const c = await getRoleCredentials('arn:aws:iam::123456789012:role/app');
new S3Client({ credentials: { accessKeyId: c!.AccessKeyId!, secretAccessKey: c!.SecretAccessKey! } });`,
      output: `import { S3Client } from '@aws-sdk/client-s3';
import { getRoleCredentials } from './helpers.js';
const c = await getRoleCredentials('arn:aws:iam::123456789012:role/app');
new S3Client({ credentials: { accessKeyId: c!.AccessKeyId!, secretAccessKey: c!.SecretAccessKey!, sessionToken: c!.SessionToken } });`,
      errors: [{ messageId: 'missingToken', data: { origin: 'STS `Credentials`', tokenKey: 'sessionToken' }, line: 4, column: 31, suggestions: [] }],
    },
    {
      name: 'a declared AssumeRoleCommandOutput',
      code: `import type { AssumeRoleCommandOutput } from '@aws-sdk/client-sts';
import { S3Client } from '@aws-sdk/client-s3';
declare const out: AssumeRoleCommandOutput;
new S3Client({ credentials: { accessKeyId: out.Credentials!.AccessKeyId!, secretAccessKey: out.Credentials!.SecretAccessKey! } });`,
      output: `import type { AssumeRoleCommandOutput } from '@aws-sdk/client-sts';
import { S3Client } from '@aws-sdk/client-s3';
declare const out: AssumeRoleCommandOutput;
new S3Client({ credentials: { accessKeyId: out.Credentials!.AccessKeyId!, secretAccessKey: out.Credentials!.SecretAccessKey!, sessionToken: out.Credentials!.SessionToken } });`,
      errors: [{ messageId: 'missingToken', line: 4, column: 31, suggestions: [] }],
    },
    {
      name: 'an identity loaded by a helper module',
      code: `import { S3Client } from '@aws-sdk/client-s3';
import { loadIdentity } from './helpers.js';
const identity = await loadIdentity();
new S3Client({ credentials: { accessKeyId: identity.accessKeyId, secretAccessKey: identity.secretAccessKey } });`,
      output: `import { S3Client } from '@aws-sdk/client-s3';
import { loadIdentity } from './helpers.js';
const identity = await loadIdentity();
new S3Client({ credentials: { accessKeyId: identity.accessKeyId, secretAccessKey: identity.secretAccessKey, sessionToken: identity.sessionToken } });`,
      errors: [{ messageId: 'missingToken', line: 4, column: 31, suggestions: [] }],
    },
  ],
});

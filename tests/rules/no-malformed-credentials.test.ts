import rule from '../../src/rules/no-malformed-credentials.js';
import { createJavaScriptRuleTester, createRuleTester, createTypedRuleTester } from '../rule-tester.js';

// Built at run time so that no whole key id sits in the repository.
const TEMPORARY_KEY_ID = ['AS', 'IA', 'Q3EGRWQHZL4JXN7P'].join('');

const STS = `import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { S3Client } from '@aws-sdk/client-s3';
const sts = new STSClient({});
`;
const COGNITO = `const { Credentials: c } = await cognito.send(new GetCredentialsForIdentityCommand({ IdentityId }));
`;
const IMDS = `const m = await (await fetch(\`http://169.254.169.254/latest/meta-data/iam/security-credentials/\${role}\`)).json();
`;

createRuleTester().run('no-malformed-credentials', rule, {
  valid: [
    {
      name: 'a correct camelCase mapping',
      code: `${STS}const out = await sts.send(new AssumeRoleCommand({ RoleArn }));
new S3Client({ credentials: { accessKeyId: out.Credentials.AccessKeyId, secretAccessKey: out.Credentials.SecretAccessKey, sessionToken: out.Credentials.SessionToken, expiration: out.Credentials.Expiration } });`,
    },
    {
      name: 'camelCase credentials passed straight in',
      code: `const session = await fetchAuthSession();
new S3Client({ credentials: session.credentials });`,
    },
    { name: 'a provider', code: `new S3Client({ credentials: fromNodeProviderChain() });` },
    {
      name: 'Cognito SecretKey and metadata Token are right',
      code: `${COGNITO}${IMDS}new S3Client({ credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretKey, sessionToken: c.SessionToken } });
new S3Client({ credentials: { accessKeyId: m.AccessKeyId, secretAccessKey: m.SecretAccessKey, sessionToken: m.Token } });`,
    },
    {
      name: 'STS SecretAccessKey and SessionToken are right',
      code: `${STS}const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn }));
const { SecretAccessKey, SessionToken } = Credentials;`,
    },
    {
      name: 'PascalCase credentials returned to a browser are not a camelCase slot',
      code: `${STS}const out = await sts.send(new AssumeRoleCommand({ RoleArn }));
res.json({ credentials: out.Credentials });`,
    },
    {
      name: 'a credentials option of a library we do not know',
      code: `import { GraphQLClient } from 'graphql-request';
new GraphQLClient(url, { credentials: { acessKeyId: a, secretAcessKey: b } });`,
    },
    {
      name: 'a signer options object with other keys, and another library’s sign',
      code: `import { AwsClient } from 'aws4fetch';
new AwsClient({ accessKeyId: key, secretAccessKey: secret, service: 's3', region: 'auto', retries: 3 });
jwt.sign(payload, { secret: key, expiresIn: '1h' });`,
    },
    {
      name: 'valid extra identity keys',
      code: `new S3Client({ credentials: { accessKeyId: a, secretAccessKey: b, sessionToken: t, expiration: e, accountId: id, credentialScope: scope } });`,
    },
    {
      name: 'a token-only object is not a credentials object',
      code: `new ApiClient({ credentials: { token } });`,
    },
    {
      name: 'v2 options with unrelated keys',
      code: `const AWS = require('aws-sdk');
new AWS.S3({ region: 'eu-west-1', signatureVersion: 'v4', params: { Bucket } });`,
    },
    {
      name: 'key and secret in their slots',
      code: `new S3Client({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } });
new S3Client({ credentials: { accessKeyId: '${TEMPORARY_KEY_ID}', secretAccessKey: secret, sessionToken: token } });`,
    },
    {
      name: 'fromTemporaryCredentials with real master credentials and a role',
      code: `fromTemporaryCredentials({ masterCredentials: fromIni({ profile }), params: { RoleArn } });
fromTemporaryCredentials({ masterCredentials: { accessKeyId: a, secretAccessKey: b }, params: { RoleArn: arn } });
fromTemporaryCredentials({ params: buildParams() });
new AWS.ChainableTemporaryCredentials({ params: { RoleSessionName } });`,
    },
  ],
  invalid: [
    {
      name: 'F9: STS Credentials passed straight into a v3 client',
      code: `${STS}const out = await sts.send(new AssumeRoleCommand({ RoleArn }));
new S3Client({ credentials: out.Credentials });`,
      output: `${STS}const out = await sts.send(new AssumeRoleCommand({ RoleArn }));
new S3Client({ credentials: { accessKeyId: out.Credentials!.AccessKeyId!, secretAccessKey: out.Credentials!.SecretAccessKey!, sessionToken: out.Credentials!.SessionToken, expiration: out.Credentials!.Expiration } });`,
      errors: [{ messageId: 'pascalCase', data: { origin: 'STS AssumeRole credentials', secret: 'SecretAccessKey', slot: 'credentials' }, line: 5, column: 29, suggestions: [] }],
    },
    {
      name: 'F9: a destructured Credentials, with a non-null assertion',
      code: `${STS}const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn }));
new S3Client({ region, credentials: Credentials! });`,
      output: `${STS}const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn }));
new S3Client({ region, credentials: { accessKeyId: Credentials!.AccessKeyId!, secretAccessKey: Credentials!.SecretAccessKey!, sessionToken: Credentials!.SessionToken, expiration: Credentials!.Expiration } });`,
      errors: [{ messageId: 'pascalCase', line: 5, column: 37, suggestions: [] }],
    },
    {
      name: 'F9: shorthand credentials',
      code: `${STS}const credentials = (await sts.send(new AssumeRoleCommand({ RoleArn }))).Credentials;
new S3Client({ credentials });`,
      output: `${STS}const credentials = (await sts.send(new AssumeRoleCommand({ RoleArn }))).Credentials;
new S3Client({ credentials: { accessKeyId: credentials!.AccessKeyId!, secretAccessKey: credentials!.SecretAccessKey!, sessionToken: credentials!.SessionToken, expiration: credentials!.Expiration } });`,
      errors: [{ messageId: 'pascalCase', line: 5, column: 16, suggestions: [] }],
    },
    {
      name: 'F9: an expression that cannot be repeated gets a suggestion',
      code: `${STS}new S3Client({ credentials: (await sts.send(new AssumeRoleCommand({ RoleArn }))).Credentials });`,
      output: null,
      errors: [
        {
          messageId: 'pascalCase',
          line: 4,
          column: 29,
          suggestions: [
            {
              messageId: 'mapFields',
              output: `${STS}new S3Client({ credentials: (({ AccessKeyId, SecretAccessKey, SessionToken, Expiration }) => ({ accessKeyId: AccessKeyId!, secretAccessKey: SecretAccessKey!, sessionToken: SessionToken, expiration: Expiration }))((await sts.send(new AssumeRoleCommand({ RoleArn }))).Credentials!) });`,
            },
          ],
        },
      ],
    },
    {
      name: 'F9 + F3: Cognito credentials map SecretKey',
      code: `${COGNITO}new KMSClient({ credentials: c });`,
      output: `${COGNITO}new KMSClient({ credentials: { accessKeyId: c!.AccessKeyId!, secretAccessKey: c!.SecretKey!, sessionToken: c!.SessionToken, expiration: c!.Expiration } });`,
      errors: [{ messageId: 'pascalCase', data: { origin: 'Cognito Identity credentials', secret: 'SecretKey', slot: 'credentials' }, line: 2, column: 30, suggestions: [] }],
    },
    {
      name: 'F9: metadata JSON maps Token, into masterCredentials',
      code: `${IMDS}fromTemporaryCredentials({ masterCredentials: m, params: { RoleArn } });`,
      output: `${IMDS}fromTemporaryCredentials({ masterCredentials: { accessKeyId: m!.AccessKeyId!, secretAccessKey: m!.SecretAccessKey!, sessionToken: m!.Token, expiration: m!.Expiration }, params: { RoleArn } });`,
      errors: [{ messageId: 'pascalCase', data: { origin: 'instance or container metadata credentials', secret: 'SecretAccessKey', slot: 'masterCredentials' }, line: 2, column: 47, suggestions: [] }],
    },
    {
      name: 'F9: Lake Formation credentials are the response itself',
      code: `const lf = await lakeformation.send(new GetTemporaryGlueTableCredentialsCommand({ TableArn }));
new S3Client({ credentials: lf });`,
      output: `const lf = await lakeformation.send(new GetTemporaryGlueTableCredentialsCommand({ TableArn }));
new S3Client({ credentials: { accessKeyId: lf!.AccessKeyId!, secretAccessKey: lf!.SecretAccessKey!, sessionToken: lf!.SessionToken, expiration: lf!.Expiration } });`,
      errors: [{ messageId: 'pascalCase', line: 2, column: 29, suggestions: [] }],
    },
    {
      name: 'F9: SSM GetAccessToken credentials map ExpirationTime',
      code: `const ssm = await ssmClient.send(new GetAccessTokenCommand({ AccessRequestId }));
new S3Client({ credentials: ssm.Credentials });`,
      output: `const ssm = await ssmClient.send(new GetAccessTokenCommand({ AccessRequestId }));
new S3Client({ credentials: { accessKeyId: ssm.Credentials!.AccessKeyId!, secretAccessKey: ssm.Credentials!.SecretAccessKey!, sessionToken: ssm.Credentials!.SessionToken, expiration: ssm.Credentials!.ExpirationTime } });`,
      errors: [{ messageId: 'pascalCase', data: { origin: 'SSM access token credentials', secret: 'SecretAccessKey', slot: 'credentials' }, line: 2, column: 29, suggestions: [] }],
    },
    {
      name: 'F9: an IAM access key has no token to map',
      code: `const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName }));
new S3Client({ credentials: AccessKey });`,
      output: `const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName }));
new S3Client({ credentials: { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! } });`,
      errors: [{ messageId: 'pascalCase', data: { origin: 'an IAM access key', secret: 'SecretAccessKey', slot: 'credentials' }, line: 2, column: 29, suggestions: [] }],
    },
    {
      name: 'F9: a v2 callback response into a v2 client',
      code: `sts.assumeRole(params, (err, data) => {
  const s3 = new AWS.S3({ credentials: data.Credentials });
});`,
      output: `sts.assumeRole(params, (err, data) => {
  const s3 = new AWS.S3({ credentials: { accessKeyId: data.Credentials!.AccessKeyId!, secretAccessKey: data.Credentials!.SecretAccessKey!, sessionToken: data.Credentials!.SessionToken, expiration: data.Credentials!.Expiration } });
});`,
      errors: [{ messageId: 'pascalCase', line: 2, column: 40, suggestions: [] }],
    },
    {
      name: 'N1: misspelt secret and a PascalCase token in a camelCase object',
      code: `new S3Client({ credentials: { accessKeyId: k, secretAcessKey: s, SessionToken: t } });`,
      output: `new S3Client({ credentials: { accessKeyId: k, secretAccessKey: s, sessionToken: t } });`,
      errors: [
        { messageId: 'misspeltKey', data: { name: 'secretAcessKey', intended: 'secretAccessKey' }, line: 1, column: 47, suggestions: [] },
        { messageId: 'misspeltKey', data: { name: 'SessionToken', intended: 'sessionToken' }, line: 1, column: 66, suggestions: [] },
      ],
    },
    {
      name: 'N1: PascalCase keys in an object literal',
      code: `new S3Client({ credentials: { AccessKeyId: k, SecretAccessKey: s } });`,
      output: `new S3Client({ credentials: { accessKeyId: k, secretAccessKey: s } });`,
      errors: [
        { messageId: 'misspeltKey', line: 1, column: 31, suggestions: [] },
        { messageId: 'misspeltKey', line: 1, column: 47, suggestions: [] },
      ],
    },
    {
      name: 'N1 + R7: snake_case keys and the securityToken alias, through a const',
      code: `const credentials = { access_key_id: k, secret_access_key: s, securityToken: t };
new S3Client({ region, credentials });`,
      output: `const credentials = { accessKeyId: k, secretAccessKey: s, sessionToken: t };
new S3Client({ region, credentials });`,
      errors: [
        { messageId: 'misspeltKey', data: { name: 'access_key_id', intended: 'accessKeyId' }, line: 1, column: 23, suggestions: [] },
        { messageId: 'misspeltKey', data: { name: 'secret_access_key', intended: 'secretAccessKey' }, line: 1, column: 41, suggestions: [] },
        { messageId: 'misspeltKey', data: { name: 'securityToken', intended: 'sessionToken' }, line: 1, column: 63, suggestions: [] },
      ],
    },
    {
      name: 'N1: shorthand wrong-case keys keep their variables',
      code: `new SignatureV4({ service, region, sha256, credentials: { AccessKeyId, secretAccessKey } });`,
      output: `new SignatureV4({ service, region, sha256, credentials: { accessKeyId: AccessKeyId, secretAccessKey } });`,
      errors: [{ messageId: 'misspeltKey', line: 1, column: 59, suggestions: [] }],
    },
    {
      name: 'N1: a rename that would collide is only suggested',
      code: `new S3Client({ credentials: { accessKeyId: k, secretAccessKey: s, SecretAccessKey: s2 } });`,
      output: null,
      errors: [{ messageId: 'misspeltKey', line: 1, column: 67, suggestions: [] }],
    },
    {
      name: 'N1: two keys claiming the same name are only suggested',
      code: `new S3Client({ credentials: { accessKeyId: k, secretKey: s, SecretAccessKey: s2 } });`,
      output: null,
      errors: [
        {
          messageId: 'misspeltKey',
          line: 1,
          column: 47,
          suggestions: [{ messageId: 'renameKey', output: `new S3Client({ credentials: { accessKeyId: k, secretAccessKey: s, SecretAccessKey: s2 } });` }],
        },
        {
          messageId: 'misspeltKey',
          line: 1,
          column: 61,
          suggestions: [{ messageId: 'renameKey', output: `new S3Client({ credentials: { accessKeyId: k, secretKey: s, secretAccessKey: s2 } });` }],
        },
      ],
    },
    {
      name: 'N1: a spread may already hold the key, so only a suggestion',
      code: `new S3Client({ credentials: { ...base, accessKeyId: k, secretAcessKey: s } });`,
      output: null,
      errors: [
        {
          messageId: 'misspeltKey',
          line: 1,
          column: 56,
          suggestions: [{ messageId: 'renameKey', output: `new S3Client({ credentials: { ...base, accessKeyId: k, secretAccessKey: s } });` }],
        },
      ],
    },
    {
      name: 'N1: v2 options fall back to the default chain, so only a suggestion',
      code: `const AWS = require('aws-sdk');
new AWS.S3({ accessKeyId: k, secretAcessKey: s });`,
      output: null,
      errors: [
        {
          messageId: 'misspeltKeyV2',
          line: 2,
          column: 30,
          suggestions: [{ messageId: 'renameKey', output: `const AWS = require('aws-sdk');
new AWS.S3({ accessKeyId: k, secretAccessKey: s });` }],
        },
      ],
    },
    {
      name: 'N1: signers that take the credentials object directly (aws4, aws4fetch)',
      code: `import aws4 from 'aws4';
import { AwsClient } from 'aws4fetch';
aws4.sign(request, { accessKeyId: key, secretAccesKey: secret });
const client = new AwsClient({ accessKeyID: key, secretAccessKey: secret, service: 'execute-api' });`,
      output: `import aws4 from 'aws4';
import { AwsClient } from 'aws4fetch';
aws4.sign(request, { accessKeyId: key, secretAccessKey: secret });
const client = new AwsClient({ accessKeyId: key, secretAccessKey: secret, service: 'execute-api' });`,
      errors: [
        { messageId: 'misspeltKey', data: { name: 'secretAccesKey', intended: 'secretAccessKey' }, line: 3, column: 40, suggestions: [] },
        { messageId: 'misspeltKey', data: { name: 'accessKeyID', intended: 'accessKeyId' }, line: 4, column: 32, suggestions: [] },
      ],
    },
    {
      name: 'F3: Cognito SecretAccessKey is SecretKey',
      code: `${COGNITO}new S3Client({ credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken } });`,
      output: `${COGNITO}new S3Client({ credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretKey, sessionToken: c.SessionToken } });`,
      errors: [{ messageId: 'cognitoSecretKey', line: 2, column: 78, suggestions: [] }],
    },
    {
      name: 'F3: destructured Cognito SecretAccessKey keeps its local name',
      code: `${COGNITO}const { AccessKeyId, SecretAccessKey } = c;`,
      output: `${COGNITO}const { AccessKeyId, SecretKey: SecretAccessKey } = c;`,
      errors: [{ messageId: 'cognitoSecretKey', line: 2, column: 22, suggestions: [] }],
    },
    {
      name: 'F5: metadata SessionToken is Token',
      code: `${IMDS}aws4.sign(request, { accessKeyId: m.AccessKeyId, secretAccessKey: m.SecretAccessKey, sessionToken: m.SessionToken });`,
      output: `${IMDS}aws4.sign(request, { accessKeyId: m.AccessKeyId, secretAccessKey: m.SecretAccessKey, sessionToken: m.Token });`,
      errors: [{ messageId: 'metadataToken', line: 2, column: 102, suggestions: [] }],
    },
    {
      name: 'N2: environment names swapped',
      code: `new S3Client({ credentials: { accessKeyId: process.env.AWS_SECRET_ACCESS_KEY!, secretAccessKey: process.env.AWS_ACCESS_KEY_ID! } });`,
      output: null,
      errors: [
        {
          messageId: 'swapped',
          data: { reason: 'the secret holds an access key id' },
          line: 1,
          column: 97,
          suggestions: [
            {
              messageId: 'swapValues',
              output: `new S3Client({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'N2: a key id literal in the secret slot',
      code: `new AWS.Credentials({ accessKeyId: secret, secretAccessKey: '${TEMPORARY_KEY_ID}', sessionToken: token });`,
      output: null,
      errors: [
        {
          messageId: 'swapped',
          line: 1,
          column: 61,
          suggestions: [{ messageId: 'swapValues', output: `new AWS.Credentials({ accessKeyId: '${TEMPORARY_KEY_ID}', secretAccessKey: secret, sessionToken: token });` }],
        },
      ],
    },
    {
      name: 'N2: swapped positional arguments, and swapped shorthand fields',
      code: `new AWS.Credentials(process.env.MY_SECRET_KEY, process.env.MY_ACCESS_KEY_ID);
const { AccessKeyId: secretAccessKey, SecretAccessKey: accessKeyId } = (await sts.send(new AssumeRoleCommand({}))).Credentials;
new S3Client({ credentials: { accessKeyId, secretAccessKey } });`,
      output: null,
      errors: [
        {
          messageId: 'swapped',
          line: 1,
          column: 48,
          suggestions: [{ messageId: 'swapValues', output: `new AWS.Credentials(process.env.MY_ACCESS_KEY_ID, process.env.MY_SECRET_KEY);
const { AccessKeyId: secretAccessKey, SecretAccessKey: accessKeyId } = (await sts.send(new AssumeRoleCommand({}))).Credentials;
new S3Client({ credentials: { accessKeyId, secretAccessKey } });` }],
        },
        {
          messageId: 'swapped',
          line: 3,
          column: 44,
          suggestions: [{ messageId: 'swapValues', output: `new AWS.Credentials(process.env.MY_SECRET_KEY, process.env.MY_ACCESS_KEY_ID);
const { AccessKeyId: secretAccessKey, SecretAccessKey: accessKeyId } = (await sts.send(new AssumeRoleCommand({}))).Credentials;
new S3Client({ credentials: { accessKeyId: secretAccessKey, secretAccessKey: accessKeyId } });` }],
        },
      ],
    },
    {
      name: 'F11: masterCredentials holding a role and a region',
      code: `fromTemporaryCredentials({ masterCredentials: { roleArn: ROLE_ARN, region: 'us-east-1' } });`,
      output: null,
      errors: [
        {
          messageId: 'masterNotCredentials',
          line: 1,
          column: 28,
          suggestions: [{ messageId: 'moveRoleArn', output: `fromTemporaryCredentials({ params: { RoleArn: ROLE_ARN }, clientConfig: { region: 'us-east-1' } });` }],
        },
      ],
    },
    {
      name: 'F11: masterCredentials holding a role, params without one',
      code: `fromTemporaryCredentials({
  masterCredentials: { roleArn },
  params: {
    RoleSessionName: 'app',
  },
});`,
      output: null,
      errors: [
        {
          messageId: 'masterNotCredentials',
          line: 2,
          column: 3,
          suggestions: [
            {
              messageId: 'moveRoleArn',
              output: `fromTemporaryCredentials({
  params: {
    RoleSessionName: 'app',
    RoleArn: roleArn,
  },
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'F11: v2 ChainableTemporaryCredentials with a role as master',
      code: `new AWS.ChainableTemporaryCredentials({ masterCredentials: { RoleArn: arn, region } });`,
      output: null,
      errors: [
        {
          messageId: 'masterNotCredentials',
          line: 1,
          column: 41,
          suggestions: [{ messageId: 'moveRoleArn', output: `new AWS.ChainableTemporaryCredentials({ params: { RoleArn: arn }, stsConfig: { region: region } });` }],
        },
      ],
    },
    {
      name: 'F11: fromTemporaryCredentials without a role',
      code: `fromTemporaryCredentials({ params: { RoleSessionName: 'x' } });
fromTemporaryCredentials({});`,
      output: null,
      errors: [
        { messageId: 'missingRoleArn', data: { callee: 'fromTemporaryCredentials' }, line: 1, column: 28, suggestions: [] },
        { messageId: 'missingRoleArn', line: 2, column: 1, suggestions: [] },
      ],
    },
  ],
});

const javascript = await createJavaScriptRuleTester();
javascript.run('no-malformed-credentials (espree)', rule, {
  valid: [
    `const { S3Client } = require('@aws-sdk/client-s3');
new S3Client({ credentials: { accessKeyId: a, secretAccessKey: b } });`,
  ],
  invalid: [
    {
      code: `const { S3Client } = require('@aws-sdk/client-s3');
const { STSClient, AssumeRoleCommand } = require('@aws-sdk/client-sts');
async function client() {
  const data = await new STSClient({}).send(new AssumeRoleCommand({ RoleArn }));
  return new S3Client({ credentials: data.Credentials });
}`,
      output: `const { S3Client } = require('@aws-sdk/client-s3');
const { STSClient, AssumeRoleCommand } = require('@aws-sdk/client-sts');
async function client() {
  const data = await new STSClient({}).send(new AssumeRoleCommand({ RoleArn }));
  return new S3Client({ credentials: { accessKeyId: data.Credentials.AccessKeyId, secretAccessKey: data.Credentials.SecretAccessKey, sessionToken: data.Credentials.SessionToken, expiration: data.Credentials.Expiration } });
}`,
      errors: [{ messageId: 'pascalCase', line: 5, column: 38, suggestions: [] }],
    },
    {
      code: `const AWS = require('aws-sdk');
AWS.config.update({ accessKeyId: key, secret_access_key: secret });`,
      output: null,
      errors: [
        {
          messageId: 'misspeltKeyV2',
          line: 2,
          column: 39,
          suggestions: [{ messageId: 'renameKey', output: `const AWS = require('aws-sdk');
AWS.config.update({ accessKeyId: key, secretAccessKey: secret });` }],
        },
      ],
    },
  ],
});

createTypedRuleTester().run('no-malformed-credentials (typed)', rule, {
  valid: [
    {
      name: 'an AwsCredentialIdentity is camelCase already',
      code: `import { S3Client } from '@aws-sdk/client-s3';
import { loadIdentity } from './helpers.js';
new S3Client({ credentials: await loadIdentity() });`,
    },
  ],
  invalid: [
    {
      name: 'STS Credentials returned by a helper module',
      code: `import { S3Client } from '@aws-sdk/client-s3';
import { getRoleCredentials } from './helpers.js';
const c = await getRoleCredentials('arn:aws:iam::123456789012:role/app');
new S3Client({ credentials: c! });`,
      output: `import { S3Client } from '@aws-sdk/client-s3';
import { getRoleCredentials } from './helpers.js';
const c = await getRoleCredentials('arn:aws:iam::123456789012:role/app');
new S3Client({ credentials: { accessKeyId: c!.AccessKeyId!, secretAccessKey: c!.SecretAccessKey!, sessionToken: c!.SessionToken, expiration: c!.Expiration } });`,
      errors: [{ messageId: 'pascalCase', data: { origin: 'STS `Credentials`', secret: 'SecretAccessKey', slot: 'credentials' }, line: 4, column: 29, suggestions: [] }],
    },
    {
      name: 'a declared Cognito response read as SecretAccessKey',
      code: `import type { GetCredentialsForIdentityCommandOutput } from '@aws-sdk/client-cognito-identity';
declare const out: GetCredentialsForIdentityCommandOutput;
const secret = out.Credentials?.SecretAccessKey;`,
      output: `import type { GetCredentialsForIdentityCommandOutput } from '@aws-sdk/client-cognito-identity';
declare const out: GetCredentialsForIdentityCommandOutput;
const secret = out.Credentials?.SecretKey;`,
      errors: [{ messageId: 'cognitoSecretKey', line: 3, column: 33, suggestions: [] }],
    },
  ],
});

import rule from '../../src/rules/prefer-credential-provider.js';
import { createJavaScriptRuleTester, createRuleTester, createTypedRuleTester } from '../rule-tester.js';

const IMPORTS = `import { S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { fetchAuthSession } from 'aws-amplify/auth';
`;

createRuleTester().run('prefer-credential-provider', rule, {
  valid: [
    {
      name: 'providers',
      code: `${IMPORTS}export const s3 = new S3Client({ credentials: fromNodeProviderChain() });
export const s3b = new S3Client({ credentials: async () => (await fetchAuthSession()).credentials! });
export const s3c = new S3Client({});`,
    },
    {
      name: 'a snapshot used by a client built per call',
      code: `${IMPORTS}export async function handler(event) {
  const credentials = await fromNodeProviderChain()();
  const s3 = new S3Client({ credentials });
  return s3.send(command(event));
}
export async function upload() {
  const { credentials } = await fetchAuthSession();
  const s3 = new S3Client({ credentials: (await fetchAuthSession()).credentials });
  await s3.send(put);
}`,
    },
    {
      name: 'an STS mapping inside a function',
      code: `${IMPORTS}export async function assumed(roleArn) {
  const out = await new STSClient({}).send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'x' }));
  return new S3Client({ credentials: { accessKeyId: out.Credentials.AccessKeyId, secretAccessKey: out.Credentials.SecretAccessKey, sessionToken: out.Credentials.SessionToken } });
}`,
    },
    {
      name: 'long-term keys from the environment are not a snapshot of a session',
      code: `${IMPORTS}export const s3 = new S3Client({ credentials: { accessKeyId: process.env.APP_KEY!, secretAccessKey: process.env.APP_SECRET! } });`,
    },
  ],
  invalid: [
    {
      name: 'an awaited provider result at module scope',
      code: `${IMPORTS}const creds = await fromNodeProviderChain()();
export const s3 = new S3Client({ credentials: creds });`,
      output: null,
      errors: [
        {
          messageId: 'staticSnapshot',
          data: { origin: 'the result of calling a credential provider once', lifetime: 'the client outlives the session' },
          line: 6,
          column: 47,
          suggestions: [
            {
              messageId: 'passProvider',
              output: `${IMPORTS}const creds = await fromNodeProviderChain()();
export const s3 = new S3Client({ credentials: fromNodeProviderChain() });`,
            },
          ],
        },
      ],
    },
    {
      name: 'an STS response mapped into a module-level client',
      code: `${IMPORTS}const out = await new STSClient({}).send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: 'app' }));
export const s3 = new S3Client({
  credentials: {
    accessKeyId: out.Credentials.AccessKeyId,
    secretAccessKey: out.Credentials.SecretAccessKey,
    sessionToken: out.Credentials.SessionToken,
  },
});`,
      output: null,
      errors: [
        {
          messageId: 'staticSnapshot',
          data: { origin: 'STS AssumeRole credentials', lifetime: 'the client outlives the session' },
          line: 7,
          column: 16,
          suggestions: [
            {
              messageId: 'passProvider',
              output: `${IMPORTS.replace('fromNodeProviderChain }', 'fromNodeProviderChain, fromTemporaryCredentials }')}const out = await new STSClient({}).send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: 'app' }));
export const s3 = new S3Client({
  credentials: fromTemporaryCredentials({ params: { RoleArn: ROLE_ARN, RoleSessionName: 'app' } }),
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'fetchAuthSession().credentials at module scope',
      code: `${IMPORTS}export const s3 = new S3Client({ credentials: (await fetchAuthSession()).credentials });`,
      output: null,
      errors: [
        {
          messageId: 'staticSnapshot',
          line: 5,
          column: 47,
          suggestions: [
            {
              messageId: 'passProvider',
              output: `${IMPORTS}export const s3 = new S3Client({ credentials: async () => (await fetchAuthSession()).credentials! });`,
            },
          ],
        },
      ],
    },
    {
      name: 'a lazily-built module singleton',
      code: `${IMPORTS}let client: S3Client | undefined;
export async function getClient() {
  if (!client) {
    const session = await fetchAuthSession();
    client = new S3Client({ credentials: session.credentials });
  }
  return client;
}`,
      output: null,
      errors: [
        {
          messageId: 'staticSnapshot',
          line: 9,
          column: 42,
          suggestions: [
            {
              messageId: 'passProvider',
              output: `${IMPORTS}let client: S3Client | undefined;
export async function getClient() {
  if (!client) {
    const session = await fetchAuthSession();
    client = new S3Client({ credentials: async () => (await fetchAuthSession()).credentials! });
  }
  return client;
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'class statics',
      code: `${IMPORTS}const provider = fromNodeProviderChain();
const credentials = await provider();
class Store {
  static s3 = new S3Client({ credentials });
  static async init() {
    this.other = new S3Client({ credentials });
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'staticSnapshot',
          line: 8,
          column: 30,
          suggestions: [
            {
              messageId: 'passProvider',
              output: `${IMPORTS}const provider = fromNodeProviderChain();
const credentials = await provider();
class Store {
  static s3 = new S3Client({ credentials: provider });
  static async init() {
    this.other = new S3Client({ credentials });
  }
}`,
            },
          ],
        },
        {
          messageId: 'staticSnapshot',
          line: 10,
          column: 33,
          suggestions: [
            {
              messageId: 'passProvider',
              output: `${IMPORTS}const provider = fromNodeProviderChain();
const credentials = await provider();
class Store {
  static s3 = new S3Client({ credentials });
  static async init() {
    this.other = new S3Client({ credentials: provider });
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a module-level copy reused by clients built per call or per instance',
      code: `${IMPORTS}const creds = await fromNodeProviderChain()();
export function client() {
  return new S3Client({ credentials: creds });
}
class Uploader { s3 = new S3Client({ credentials: creds }); }`,
      output: null,
      errors: [
        {
          messageId: 'staticSnapshot',
          data: { origin: 'the result of calling a credential provider once', lifetime: 'the copy is taken once when the module loads' },
          line: 7,
          column: 38,
          suggestions: [
            {
              messageId: 'passProvider',
              output: `${IMPORTS}const creds = await fromNodeProviderChain()();
export function client() {
  return new S3Client({ credentials: fromNodeProviderChain() });
}
class Uploader { s3 = new S3Client({ credentials: creds }); }`,
            },
          ],
        },
        {
          messageId: 'staticSnapshot',
          line: 9,
          column: 51,
          suggestions: [
            {
              messageId: 'passProvider',
              output: `${IMPORTS}const creds = await fromNodeProviderChain()();
export function client() {
  return new S3Client({ credentials: creds });
}
class Uploader { s3 = new S3Client({ credentials: fromNodeProviderChain() }); }`,
            },
          ],
        },
      ],
    },
    {
      name: 'aws4-axios and an SSO mapping kept on globalThis',
      code: `import { aws4Interceptor } from 'aws4-axios';
import { GetRoleCredentialsCommand, SSOClient } from '@aws-sdk/client-sso';
import { S3Client } from '@aws-sdk/client-s3';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
const creds = await defaultProvider()();
api.interceptors.request.use(aws4Interceptor({ options: { region, service: 'execute-api' }, credentials: creds }));
const { roleCredentials } = await new SSOClient({}).send(new GetRoleCredentialsCommand({ accessToken, accountId, roleName }));
export function init() {
  globalThis.s3 = new S3Client({ credentials: { accessKeyId: roleCredentials.accessKeyId, secretAccessKey: roleCredentials.secretAccessKey, sessionToken: roleCredentials.sessionToken } });
}`,
      output: null,
      errors: [
        {
          messageId: 'staticSnapshot',
          line: 6,
          column: 106,
          suggestions: [
            {
              messageId: 'passProvider',
              output: `import { aws4Interceptor } from 'aws4-axios';
import { GetRoleCredentialsCommand, SSOClient } from '@aws-sdk/client-sso';
import { S3Client } from '@aws-sdk/client-s3';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
const creds = await defaultProvider()();
api.interceptors.request.use(aws4Interceptor({ options: { region, service: 'execute-api' }, credentials: defaultProvider() }));
const { roleCredentials } = await new SSOClient({}).send(new GetRoleCredentialsCommand({ accessToken, accountId, roleName }));
export function init() {
  globalThis.s3 = new S3Client({ credentials: { accessKeyId: roleCredentials.accessKeyId, secretAccessKey: roleCredentials.secretAccessKey, sessionToken: roleCredentials.sessionToken } });
}`,
            },
          ],
        },
        { messageId: 'staticSnapshot', data: { origin: 'SSO role credentials', lifetime: 'the client outlives the session' }, line: 9, column: 47, suggestions: [] },
      ],
    },
    {
      name: 'Amplify v5 credentials without a suggestion',
      code: `${IMPORTS}const creds = await Auth.currentCredentials();
export const s3 = new S3Client({ credentials: creds });`,
      output: null,
      errors: [{ messageId: 'staticSnapshot', line: 6, column: 47, suggestions: [] }],
    },
  ],
});

const javascript = await createJavaScriptRuleTester();
javascript.run('prefer-credential-provider (espree)', rule, {
  valid: [
    `const { S3Client } = require('@aws-sdk/client-s3');
module.exports.handler = async () => { const c = await defaultProvider()(); return new S3Client({ credentials: c }).send(cmd); };`,
  ],
  invalid: [
    {
      code: `const { S3Client } = require('@aws-sdk/client-s3');
const { defaultProvider } = require('@aws-sdk/credential-provider-node');
async function init() {
  const credentials = await defaultProvider()();
  module.exports.s3 = new S3Client({ credentials });
}`,
      output: null,
      errors: [
        {
          messageId: 'staticSnapshot',
          line: 5,
          column: 38,
          suggestions: [
            {
              messageId: 'passProvider',
              output: `const { S3Client } = require('@aws-sdk/client-s3');
const { defaultProvider } = require('@aws-sdk/credential-provider-node');
async function init() {
  const credentials = await defaultProvider()();
  module.exports.s3 = new S3Client({ credentials: defaultProvider() });
}`,
            },
          ],
        },
      ],
    },
  ],
});

createTypedRuleTester().run('prefer-credential-provider (typed)', rule, {
  valid: [
    {
      name: 'a provider from a helper module',
      code: `import { S3Client } from '@aws-sdk/client-s3';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
export const s3 = new S3Client({ credentials: fromNodeProviderChain() });`,
    },
  ],
  invalid: [
    {
      name: 'an awaited provider result, typed',
      code: `import { S3Client } from '@aws-sdk/client-s3';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
const credentials = await fromNodeProviderChain()();
export const s3 = new S3Client({ region: 'eu-west-1', credentials });`,
      output: null,
      errors: [
        {
          messageId: 'staticSnapshot',
          line: 4,
          column: 55,
          suggestions: [
            {
              messageId: 'passProvider',
              output: `import { S3Client } from '@aws-sdk/client-s3';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
const credentials = await fromNodeProviderChain()();
export const s3 = new S3Client({ region: 'eu-west-1', credentials: fromNodeProviderChain() });`,
            },
          ],
        },
      ],
    },
  ],
});

import rule from '../../src/rules/no-mismatched-session-token.js';
import { createJavaScriptRuleTester, createRuleTester, createTypedRuleTester } from '../rule-tester.js';

// Built at run time so that no whole key id sits in the repository.
const LONG_TERM_KEY_ID = ['AK', 'IA', 'Q3EGRWQHZL4JXN7P'].join('');
const TEMPORARY_KEY_ID = ['AS', 'IA', 'Q3EGRWQHZL4JXN7P'].join('');

const MIXED = 'mixedSources';

createRuleTester().run('no-mismatched-session-token', rule, {
  valid: [
    {
      name: 'a consistent standard environment triple',
      code: `new S3Client({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!, sessionToken: process.env.AWS_SESSION_TOKEN } });`,
    },
    {
      name: 'a consistent triple from one response',
      code: `const a = await sts.send(new AssumeRoleCommand({ RoleArn }));
new S3Client({ credentials: { accessKeyId: a.Credentials.AccessKeyId, secretAccessKey: a.Credentials.SecretAccessKey, sessionToken: a.Credentials.SessionToken } });
const { AccessKeyId, SecretAccessKey } = a.Credentials;
new S3Client({ credentials: { accessKeyId: AccessKeyId, secretAccessKey: SecretAccessKey, sessionToken: a.Credentials.SessionToken } });`,
    },
    {
      name: 'BYOK keys with their own token variable',
      code: `new S3Client({ credentials: { accessKeyId: process.env.MY_AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.MY_AWS_SECRET_ACCESS_KEY!, sessionToken: process.env.MY_AWS_SESSION_TOKEN } });
new S3Client({ credentials: { accessKeyId: row.accessKeyId, secretAccessKey: row.secretAccessKey, sessionToken: row.sessionToken } });`,
    },
    {
      name: 'an explicit sessionToken: undefined',
      code: `new S3Client({ credentials: { accessKeyId: process.env.APP_AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.APP_AWS_SECRET_ACCESS_KEY!, sessionToken: undefined } });
new S3Client({ credentials: { accessKeyId: '${LONG_TERM_KEY_ID}', secretAccessKey: secret, sessionToken: '' } });
new AWS.Credentials('${LONG_TERM_KEY_ID}', secret, null);`,
    },
    {
      name: 'a temporary key with a token',
      code: `new S3Client({ credentials: { accessKeyId: '${TEMPORARY_KEY_ID}', secretAccessKey: secret, sessionToken: token } });`,
    },
    {
      name: 'the documentation key id is a placeholder, not a long-term key',
      code: `new S3Client({ credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: secret, sessionToken: 'session-token-example' } });`,
    },
    {
      name: 'three scalar parameters, fallbacks from one object, unknown locals',
      code: `function make(accessKeyId, secretAccessKey, sessionToken) { return new S3Client({ credentials: { accessKeyId, secretAccessKey, sessionToken } }); }
const make2 = ({ accessKeyId, secretAccessKey, sessionToken }) => new S3Client({ credentials: { accessKeyId, secretAccessKey, sessionToken } });
new S3Client({ credentials: { accessKeyId: opts.accessKeyId ?? process.env.AWS_ACCESS_KEY_ID, secretAccessKey: opts.secretAccessKey, sessionToken: opts.sessionToken ?? process.env.AWS_SESSION_TOKEN } });
const token = await loadToken();
new S3Client({ credentials: { accessKeyId: key, secretAccessKey: secret, sessionToken: token } });`,
    },
    {
      name: 'the token in an object nested in the key’s own object (mongodb’s MONGODB-AWS)',
      code: `const { username, password } = credentials;
const awsCredentials = { accessKeyId: credentials.username, secretAccessKey: credentials.password, sessionToken: credentials.mechanismProperties.AWS_SESSION_TOKEN };`,
    },
    {
      name: 'providers carry no token of ours',
      code: `new S3Client({ credentials: fromNodeProviderChain() });`,
    },
    {
      name: 'Supabase Storage S3 takes the user access token',
      code: `new S3Client({ endpoint: 'https://project.supabase.co/storage/v1/s3', credentials: { accessKeyId: projectRef, secretAccessKey: anonKey, sessionToken: session.access_token } });
new S3Client({ endpoint: \`\${SUPABASE_URL}/storage/v1/s3\`, forcePathStyle: true, credentials: { accessKeyId: ref, secretAccessKey: key, sessionToken: session.access_token } });
new S3Client({ credentials: { accessKeyId: process.env.SUPABASE_S3_KEY_ID, secretAccessKey: process.env.SUPABASE_S3_SECRET, sessionToken: session.access_token } });`,
    },
    {
      name: 'non-AWS endpoints',
      code: `new S3Client({ endpoint: 'https://acct.r2.cloudflarestorage.com', credentials: { accessKeyId: process.env.R2_ACCESS_KEY_ID!, secretAccessKey: process.env.R2_SECRET_ACCESS_KEY!, sessionToken: process.env.AWS_SESSION_TOKEN } });`,
    },
    {
      name: 'child environments that set, clear or delete the token, or do not inherit',
      code: `import { spawn } from 'node:child_process';
spawn('aws', args, { env: { ...process.env, AWS_ACCESS_KEY_ID: c.accessKeyId, AWS_SECRET_ACCESS_KEY: c.secretAccessKey, AWS_SESSION_TOKEN: c.sessionToken ?? '' } });
spawn('aws', args, { env: { ...process.env, AWS_ACCESS_KEY_ID: key, AWS_SECRET_ACCESS_KEY: secret, AWS_SESSION_TOKEN: undefined } });
spawn('aws', args, { env: { PATH: process.env.PATH, AWS_ACCESS_KEY_ID: key, AWS_SECRET_ACCESS_KEY: secret } });
const env = { ...process.env, AWS_ACCESS_KEY_ID: key, AWS_SECRET_ACCESS_KEY: secret };
delete env.AWS_SESSION_TOKEN;
spawn('aws', [], { env });
spawn('aws', [], { env: { ...process.env, ...extra, AWS_ACCESS_KEY_ID: key, AWS_SECRET_ACCESS_KEY: secret } });`,
    },
    {
      name: 'an env-style object that is not a child environment',
      code: `const sp = new SellingPartner({ credentials: { AWS_ACCESS_KEY_ID: key, AWS_SECRET_ACCESS_KEY: secret } });
const env = { ...process.env, AWS_ACCESS_KEY_ID: key, AWS_SECRET_ACCESS_KEY: secret };`,
    },
    {
      name: 'child environment check switched off',
      code: `spawn('aws', args, { env: { ...process.env, AWS_ACCESS_KEY_ID: key, AWS_SECRET_ACCESS_KEY: secret } });`,
      options: [{ checkChildProcessEnv: false }],
    },
  ],
  invalid: [
    {
      name: 'R1: a long-term key literal with a token',
      code: `new S3Client({ credentials: { accessKeyId: '${LONG_TERM_KEY_ID}', secretAccessKey: secret, sessionToken: process.env.AWS_SESSION_TOKEN } });`,
      output: null,
      errors: [
        {
          messageId: 'longTermKey',
          data: { keyId: 'AKIA…XN7P' },
          line: 1,
          column: 93,
          suggestions: [{ messageId: 'removeToken', output: `new S3Client({ credentials: { accessKeyId: '${LONG_TERM_KEY_ID}', secretAccessKey: secret } });` }],
        },
      ],
    },
    {
      name: 'R1: IAM CreateAccessKey output with a token',
      code: `const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName }));
new S3Client({
  credentials: {
    accessKeyId: AccessKey.AccessKeyId,
    secretAccessKey: AccessKey.SecretAccessKey,
    sessionToken: token,
  },
});`,
      output: null,
      errors: [
        {
          messageId: 'longTermSource',
          data: { origin: 'an IAM access key' },
          line: 6,
          column: 5,
          suggestions: [
            {
              messageId: 'removeToken',
              output: `const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName }));
new S3Client({
  credentials: {
    accessKeyId: AccessKey.AccessKeyId,
    secretAccessKey: AccessKey.SecretAccessKey,
  },
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'R1: positional v2 credentials',
      code: `new AWS.Credentials('${LONG_TERM_KEY_ID}', secret, token);`,
      output: null,
      errors: [{ messageId: 'longTermKey', line: 1, column: 53, suggestions: [{ messageId: 'removeToken', output: `new AWS.Credentials('${LONG_TERM_KEY_ID}', secret);` }] }],
    },
    {
      name: 'R2/R5: a custom env key with the platform token',
      code: `new S3Client({ credentials: { accessKeyId: process.env.APP_AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.APP_AWS_SECRET_ACCESS_KEY!, sessionToken: process.env.AWS_SESSION_TOKEN } });`,
      output: null,
      errors: [
        {
          messageId: MIXED,
          data: { keySource: '`APP_AWS_ACCESS_KEY_ID`', tokenSource: '`AWS_SESSION_TOKEN`' },
          line: 1,
          column: 151,
          suggestions: [
            {
              messageId: 'useKeySource',
              output: `new S3Client({ credentials: { accessKeyId: process.env.APP_AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.APP_AWS_SECRET_ACCESS_KEY!, sessionToken: process.env.APP_AWS_SESSION_TOKEN } });`,
            },
            {
              messageId: 'removeToken',
              output: `new S3Client({ credentials: { accessKeyId: process.env.APP_AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.APP_AWS_SECRET_ACCESS_KEY! } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'R2: a fallback to a custom name (S3_ACCESS_KEY || AWS_ACCESS_KEY_ID)',
      code: `new S3Client({ credentials: { accessKeyId: process.env.S3_ACCESS_KEY || process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.S3_SECRET_KEY || process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN } });`,
      output: null,
      errors: [
        {
          messageId: MIXED,
          line: 1,
          column: 199,
          suggestions: [
            {
              messageId: 'useKeySource',
              output: `new S3Client({ credentials: { accessKeyId: process.env.S3_ACCESS_KEY || process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.S3_SECRET_KEY || process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.S3_SESSION_TOKEN } });`,
            },
            {
              messageId: 'removeToken',
              output: `new S3Client({ credentials: { accessKeyId: process.env.S3_ACCESS_KEY || process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.S3_SECRET_KEY || process.env.AWS_SECRET_ACCESS_KEY } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'R2: keys from a config object, token from the environment',
      code: `new S3Client({ credentials: { accessKeyId: config.aws.accessKeyId, secretAccessKey: config.aws.secretAccessKey, sessionToken: process.env.AWS_SESSION_TOKEN } });`,
      output: null,
      errors: [
        {
          messageId: MIXED,
          data: { keySource: '`config.aws`', tokenSource: '`AWS_SESSION_TOKEN`' },
          line: 1,
          column: 127,
          suggestions: [
            {
              messageId: 'useKeySource',
              output: `new S3Client({ credentials: { accessKeyId: config.aws.accessKeyId, secretAccessKey: config.aws.secretAccessKey, sessionToken: config.aws.sessionToken } });`,
            },
            { messageId: 'removeToken', output: `new S3Client({ credentials: { accessKeyId: config.aws.accessKeyId, secretAccessKey: config.aws.secretAccessKey } });` },
          ],
        },
      ],
    },
    {
      name: 'R2: two different responses',
      code: `const a = await sts.send(new AssumeRoleCommand({ RoleArn: first }));
const b = await sts.send(new AssumeRoleCommand({ RoleArn: second }));
new S3Client({ credentials: { accessKeyId: a.Credentials.AccessKeyId, secretAccessKey: a.Credentials.SecretAccessKey, sessionToken: b.Credentials.SessionToken } });`,
      output: null,
      errors: [
        {
          messageId: MIXED,
          line: 3,
          column: 133,
          suggestions: [
            {
              messageId: 'useKeySource',
              output: `const a = await sts.send(new AssumeRoleCommand({ RoleArn: first }));
const b = await sts.send(new AssumeRoleCommand({ RoleArn: second }));
new S3Client({ credentials: { accessKeyId: a.Credentials.AccessKeyId, secretAccessKey: a.Credentials.SecretAccessKey, sessionToken: a.Credentials.SessionToken } });`,
            },
            {
              messageId: 'removeToken',
              output: `const a = await sts.send(new AssumeRoleCommand({ RoleArn: first }));
const b = await sts.send(new AssumeRoleCommand({ RoleArn: second }));
new S3Client({ credentials: { accessKeyId: a.Credentials.AccessKeyId, secretAccessKey: a.Credentials.SecretAccessKey } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'R2: a different parameter than the key',
      code: `function make(creds, session) {
  return new S3Client({ credentials: { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey, sessionToken: session.sessionToken } });
}`,
      output: null,
      errors: [
        {
          messageId: MIXED,
          data: { keySource: '`creds`', tokenSource: '`session`' },
          line: 2,
          column: 126,
          suggestions: [
            {
              messageId: 'useKeySource',
              output: `function make(creds, session) {
  return new S3Client({ credentials: { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey, sessionToken: creds.sessionToken } });
}`,
            },
            {
              messageId: 'removeToken',
              output: `function make(creds, session) {
  return new S3Client({ credentials: { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey } });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'R2: this.config keys with the environment token, through locals',
      code: `const accessKey = this.config.apiKey;
const secret = this.config.apiSecret;
const sessionToken = process.env.AWS_SESSION_TOKEN;
const bedrock = createAmazonBedrock({ region, accessKeyId: accessKey, secretAccessKey: secret, sessionToken });`,
      output: null,
      errors: [
        {
          messageId: MIXED,
          line: 4,
          column: 96,
          suggestions: [
            {
              messageId: 'useKeySource',
              output: `const accessKey = this.config.apiKey;
const secret = this.config.apiSecret;
const sessionToken = process.env.AWS_SESSION_TOKEN;
const bedrock = createAmazonBedrock({ region, accessKeyId: accessKey, secretAccessKey: secret, sessionToken: this.config.sessionToken });`,
            },
            {
              messageId: 'removeToken',
              output: `const accessKey = this.config.apiKey;
const secret = this.config.apiSecret;
const sessionToken = process.env.AWS_SESSION_TOKEN;
const bedrock = createAmazonBedrock({ region, accessKeyId: accessKey, secretAccessKey: secret });`,
            },
          ],
        },
      ],
    },
    {
      name: 'R6: a Supabase-style access_token against AWS',
      code: `new S3Client({ credentials: { accessKeyId: process.env.REACT_APP_AWS_ACCESS_KEY_ID, secretAccessKey: process.env.REACT_APP_AWS_SECRET_ACCESS_KEY, sessionToken: session?.access_token || '' } });`,
      output: null,
      errors: [
        {
          messageId: 'webToken',
          data: { name: 'access_token' },
          line: 1,
          column: 161,
          suggestions: [
            {
              messageId: 'useKeySource',
              output: `new S3Client({ credentials: { accessKeyId: process.env.REACT_APP_AWS_ACCESS_KEY_ID, secretAccessKey: process.env.REACT_APP_AWS_SECRET_ACCESS_KEY, sessionToken: process.env.REACT_APP_AWS_SESSION_TOKEN } });`,
            },
            {
              messageId: 'removeToken',
              output: `new S3Client({ credentials: { accessKeyId: process.env.REACT_APP_AWS_ACCESS_KEY_ID, secretAccessKey: process.env.REACT_APP_AWS_SECRET_ACCESS_KEY } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'R6: Cognito user pool JWTs',
      code: `const session = await Auth.currentSession();
new S3Client({ credentials: { accessKeyId: k, secretAccessKey: s, sessionToken: session.getIdToken().getJwtToken() } });
const idToken = tokens.idToken.toString();
new S3Client({ credentials: { accessKeyId: k, secretAccessKey: s, sessionToken: idToken } });
const t = authResult.AuthenticationResult.AccessToken;
new AWS.Credentials(k, s, t);`,
      output: null,
      errors: [
        {
          messageId: 'webToken',
          data: { name: 'getJwtToken()' },
          line: 2,
          column: 81,
          suggestions: [
            {
              messageId: 'removeToken',
              output: `const session = await Auth.currentSession();
new S3Client({ credentials: { accessKeyId: k, secretAccessKey: s } });
const idToken = tokens.idToken.toString();
new S3Client({ credentials: { accessKeyId: k, secretAccessKey: s, sessionToken: idToken } });
const t = authResult.AuthenticationResult.AccessToken;
new AWS.Credentials(k, s, t);`,
            },
          ],
        },
        {
          messageId: 'webToken',
          data: { name: 'idToken' },
          line: 4,
          column: 81,
          suggestions: [
            {
              messageId: 'removeToken',
              output: `const session = await Auth.currentSession();
new S3Client({ credentials: { accessKeyId: k, secretAccessKey: s, sessionToken: session.getIdToken().getJwtToken() } });
const idToken = tokens.idToken.toString();
new S3Client({ credentials: { accessKeyId: k, secretAccessKey: s } });
const t = authResult.AuthenticationResult.AccessToken;
new AWS.Credentials(k, s, t);`,
            },
          ],
        },
        {
          messageId: 'webToken',
          data: { name: 'AccessToken' },
          line: 6,
          column: 27,
          suggestions: [
            {
              messageId: 'removeToken',
              output: `const session = await Auth.currentSession();
new S3Client({ credentials: { accessKeyId: k, secretAccessKey: s, sessionToken: session.getIdToken().getJwtToken() } });
const idToken = tokens.idToken.toString();
new S3Client({ credentials: { accessKeyId: k, secretAccessKey: s, sessionToken: idToken } });
const t = authResult.AuthenticationResult.AccessToken;
new AWS.Credentials(k, s);`,
            },
          ],
        },
      ],
    },
    {
      name: 'R4: a child environment overriding key and secret',
      code: `import { spawn } from 'node:child_process';
spawn('aws', args, { env: { ...process.env, AWS_ACCESS_KEY_ID: creds.accessKeyId, AWS_SECRET_ACCESS_KEY: creds.secretAccessKey } });`,
      output: null,
      errors: [
        {
          messageId: 'inheritedToken',
          data: { keyName: 'AWS_ACCESS_KEY_ID', secretName: 'AWS_SECRET_ACCESS_KEY' },
          line: 2,
          column: 45,
          suggestions: [
            {
              messageId: 'setChildToken',
              output: `import { spawn } from 'node:child_process';
spawn('aws', args, { env: { ...process.env, AWS_ACCESS_KEY_ID: creds.accessKeyId, AWS_SECRET_ACCESS_KEY: creds.secretAccessKey, AWS_SESSION_TOKEN: creds.sessionToken ?? '' } });`,
            },
            {
              messageId: 'clearChildToken',
              output: `import { spawn } from 'node:child_process';
spawn('aws', args, { env: { ...process.env, AWS_ACCESS_KEY_ID: creds.accessKeyId, AWS_SECRET_ACCESS_KEY: creds.secretAccessKey, AWS_SESSION_TOKEN: '', AWS_SECURITY_TOKEN: '' } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'R4: an env object declared first, execSync, multi-line',
      code: `import { execSync } from 'child_process';
const env = {
  ...process.env,
  AWS_ACCESS_KEY_ID: key,
  AWS_SECRET_ACCESS_KEY: secret,
};
execSync('terraform apply', { env });`,
      output: null,
      errors: [
        {
          messageId: 'inheritedToken',
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: 'clearChildToken',
              output: `import { execSync } from 'child_process';
const env = {
  ...process.env,
  AWS_ACCESS_KEY_ID: key,
  AWS_SECRET_ACCESS_KEY: secret,
  AWS_SESSION_TOKEN: '',
  AWS_SECURITY_TOKEN: '',
};
execSync('terraform apply', { env });`,
            },
          ],
        },
      ],
    },
    {
      name: 'R4: execa keeps AWS_SECURITY_TOKEN when it is already cleared',
      code: `import { execa } from 'execa';
await execa('cdk', ['deploy'], { env: { ...process.env, AWS_ACCESS_KEY_ID: key, AWS_SECRET_ACCESS_KEY: secret, AWS_SECURITY_TOKEN: '' } });`,
      output: null,
      errors: [
        {
          messageId: 'inheritedToken',
          line: 2,
          column: 57,
          suggestions: [
            {
              messageId: 'clearChildToken',
              output: `import { execa } from 'execa';
await execa('cdk', ['deploy'], { env: { ...process.env, AWS_ACCESS_KEY_ID: key, AWS_SECRET_ACCESS_KEY: secret, AWS_SESSION_TOKEN: '', AWS_SECURITY_TOKEN: '' } });`,
            },
          ],
        },
      ],
    },
  ],
});

const javascript = await createJavaScriptRuleTester();
javascript.run('no-mismatched-session-token (espree)', rule, {
  valid: [
    `const AWS = require('aws-sdk');
new AWS.S3({ accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN });`,
  ],
  invalid: [
    {
      code: `const AWS = require('aws-sdk');
AWS.config.update({ accessKeyId: process.env.BUCKET_ACCESS_KEY, secretAccessKey: process.env.BUCKET_SECRET_KEY, sessionToken: process.env.AWS_SESSION_TOKEN });`,
      output: null,
      errors: [
        {
          messageId: MIXED,
          line: 2,
          column: 127,
          suggestions: [
            {
              messageId: 'useKeySource',
              output: `const AWS = require('aws-sdk');
AWS.config.update({ accessKeyId: process.env.BUCKET_ACCESS_KEY, secretAccessKey: process.env.BUCKET_SECRET_KEY, sessionToken: process.env.BUCKET_SESSION_TOKEN });`,
            },
            {
              messageId: 'removeToken',
              output: `const AWS = require('aws-sdk');
AWS.config.update({ accessKeyId: process.env.BUCKET_ACCESS_KEY, secretAccessKey: process.env.BUCKET_SECRET_KEY });`,
            },
          ],
        },
      ],
    },
    {
      code: `const { spawn } = require('child_process');
spawn('sam', ['local', 'invoke'], { env: Object.assign({}, { ...process.env, AWS_ACCESS_KEY_ID: k, AWS_SECRET_ACCESS_KEY: s }) });
spawn('sam', ['deploy'], { env: { ...process.env, AWS_ACCESS_KEY_ID: k, AWS_SECRET_ACCESS_KEY: s } });`,
      output: null,
      errors: [
        {
          messageId: 'inheritedToken',
          line: 3,
          column: 51,
          suggestions: [
            {
              messageId: 'clearChildToken',
              output: `const { spawn } = require('child_process');
spawn('sam', ['local', 'invoke'], { env: Object.assign({}, { ...process.env, AWS_ACCESS_KEY_ID: k, AWS_SECRET_ACCESS_KEY: s }) });
spawn('sam', ['deploy'], { env: { ...process.env, AWS_ACCESS_KEY_ID: k, AWS_SECRET_ACCESS_KEY: s, AWS_SESSION_TOKEN: '', AWS_SECURITY_TOKEN: '' } });`,
            },
          ],
        },
      ],
    },
  ],
});

createTypedRuleTester().run('no-mismatched-session-token (typed)', rule, {
  valid: [
    {
      name: 'an identity from a helper module, all three from it',
      code: `import { S3Client } from '@aws-sdk/client-s3';
import { loadIdentity } from './helpers.js';
const identity = await loadIdentity();
new S3Client({ credentials: { accessKeyId: identity.accessKeyId, secretAccessKey: identity.secretAccessKey, sessionToken: identity.sessionToken } });`,
    },
  ],
  invalid: [
    {
      name: 'a user config key with the environment token',
      code: `import { S3Client } from '@aws-sdk/client-s3';
import { loadAppConfig } from './helpers.js';
const config = loadAppConfig();
new S3Client({ credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, sessionToken: process.env.AWS_SESSION_TOKEN } });`,
      output: null,
      errors: [
        {
          messageId: MIXED,
          line: 4,
          column: 119,
          suggestions: [
            {
              messageId: 'useKeySource',
              output: `import { S3Client } from '@aws-sdk/client-s3';
import { loadAppConfig } from './helpers.js';
const config = loadAppConfig();
new S3Client({ credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, sessionToken: config.sessionToken } });`,
            },
            {
              messageId: 'removeToken',
              output: `import { S3Client } from '@aws-sdk/client-s3';
import { loadAppConfig } from './helpers.js';
const config = loadAppConfig();
new S3Client({ credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } });`,
            },
          ],
        },
      ],
    },
  ],
});

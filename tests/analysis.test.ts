// The shared analysis's cheap filters: each must pass everything the exact check after it can accept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intendedCredentialKeys, KEY_OR_SECRET_NAME, SCHEMES } from '../src/analysis/consumers.js';
import { mayMentionCredentials } from '../src/analysis/text-gate.js';

describe('KEY_OR_SECRET_NAME (no-malformed-credentials selector)', () => {
  const pattern = new RegExp(KEY_OR_SECRET_NAME, 'iu');
  /** What the rule's listener can act on: a key-id name, `secretAccessKey`, or a name meant as exactly one of them. */
  const actionable = (name: string): boolean => {
    const intended = intendedCredentialKeys(name);
    return (
      SCHEMES.some((scheme) => scheme.key.includes(name)) ||
      name === 'secretAccessKey' ||
      (intended.length === 1 && (intended[0] === 'accessKeyId' || intended[0] === 'secretAccessKey'))
    );
  };

  it('matches every key-id name, the secret and their aliases', () => {
    const names = [
      ...SCHEMES.flatMap((scheme) => scheme.key),
      'secretAccessKey',
      'accesskey',
      'awsAccessKeyId',
      'aws_access_key',
      'SecretKey',
      'secret',
      'aws_secret_access_key',
      'AWS_SECRET_KEY',
      'secret-key',
    ];
    for (const name of names) expect(pattern.test(name), name).toBe(true);
  });

  it('matches every name within two edits of the key id or the secret, in any case and with _ or - anywhere', () => {
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz_-');
    const edit = fc.record({ kind: fc.constantFrom('insert', 'delete', 'replace'), at: fc.nat(), char: letter });
    const name = fc
      .record({
        target: fc.constantFrom('accesskeyid', 'secretaccesskey'),
        edits: fc.array(edit, { maxLength: 2 }),
        upper: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        separators: fc.array(fc.constantFrom('', '', '', '_', '-'), { minLength: 20, maxLength: 20 }),
      })
      .map(({ target, edits, upper, separators }) => {
        let text = target;
        for (const { kind, at, char } of edits) {
          const index = at % (text.length + 1);
          if (kind === 'insert') text = text.slice(0, index) + char + text.slice(index);
          else if (kind === 'delete') text = text.slice(0, index) + text.slice(index + 1);
          else text = text.slice(0, index) + char + text.slice(index + 1);
        }
        return [...text].map((char, index) => (upper[index] ? char.toUpperCase() : char) + (index > 0 ? (separators[index] ?? '') : '')).join('');
      });
    let checked = 0;
    fc.assert(
      fc.property(name, (candidate) => {
        if (!actionable(candidate)) return true;
        checked += 1;
        return pattern.test(candidate);
      }),
      { numRuns: 5000 },
    );
    // The generator must reach the names it is about.
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('mayMentionCredentials (the shared text gate)', () => {
  const gate = (text: string): boolean => mayMentionCredentials({ text });

  it('passes every name scheme and the names AWS gives tokens and the calls that return them', () => {
    const texts = [
      ...SCHEMES.flatMap((scheme) => [...scheme.key, ...scheme.secret, scheme.token]),
      'SessionToken',
      'AWS_SECURITY_TOKEN',
      'aws_security_token',
      'securityToken',
      'x-amz-security-token',
      'sts.getFederationToken(params)',
      'new GetFederationTokenCommand(input)',
      'fromWebToken({ roleArn, webIdentityToken })',
      'ssm.getAccessToken({ AccessRequestId })',
      'signer.getAuthToken()',
      'ecr.getAuthorizationToken()',
      'AWS_CONTAINER_AUTHORIZATION_TOKEN',
      // A bare `token` counts in a name that says `aws` first.
      'const awsToken = read()',
      'AWS_STS_TOKEN',
      "{ 'aws-api-token': value }",
      'awsDeploymentPipelineToken',
      // Key-id prefixes and session-token starts (in any case here: one case-insensitive scan; the rules check the case).
      "'ASIA' + rest",
      "key.startsWith('AKIA')",
      "'IQoJb3JpZ2luX2VjEXAMPLE'",
      "'FwoGZXIvYXdzEXAMPLE'",
      "const zone = 'Asia/Tokyo';",
    ];
    for (const text of texts) expect(gate(`const x = ${text};`), text).toBe(true);
  });

  it('stops ordinary uses of `token` and `access` with no other credential word', () => {
    const texts = [
      'const next = sourceCode.getTokenAfter(node, { includeComments: true });',
      "if (token.type === 'Punctuator' && token.value === '(') return;",
      'const source = axios.CancelToken.source();',
      'const csrfToken = req.body._csrf;',
      'for (const token of tokenize(input)) out.push(token.value);',
      'onSuccess(id); const accessor = get(obj);',
      // AWS SDK code that says `aws` and a pagination or parser token, but in no one name.
      "import AWS from 'aws-sdk'; log(token)",
      'const input = { NextToken: next }; // aws.protocols#awsJson1_1',
      "headers['X-Amz-Date'] = date; headers['X-Amz-Content-Sha256'] = hash;",
      "const aws = 'a'; const x = '';\nconst token = 1;",
    ];
    for (const text of texts) expect(gate(text), text).toBe(false);
  });
});

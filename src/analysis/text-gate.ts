/**
 * The first, shared look at a file: can it mention AWS credentials at all? Every rule asks before any AST
 * work, the answer is computed once per file (per `SourceCode`) and most files of an ordinary project stop here.
 *
 * The pattern is the union of what every rule's own gate looks for, widened to plain words: a rule's gate
 * may only pass on files this one passes (the rule tests fail otherwise). Each rule then runs its own, narrower
 * gate on the files that pass: one scan instead of six for every file that cannot hold anything.
 *
 * - `secret`, `token`, `credential`: names of the material and of credential objects and providers, any case;
 * - `ccess` and `acess`: access keys (`accessKeyId`, `AWS_ACCESS_KEY_ID`, `acess_key`), `GetDataAccess`;
 * - the AWS calls, env and signing words that produce or print credentials under other names;
 * - key-id and session-token prefixes, case-insensitive here and checked exactly by the rules;
 * - the STS and Cognito Identity client packages, whose SDK logger prints session tokens.
 */
const MAY_MENTION_CREDENTIALS =
  /secret|token|credential|ccess|acess|process\.env|presign|signedurl|assumerole|aws\.config|createsession|fetchauthsession|x-amz-|client-sts|client-cognito-identity|AKIA|ASIA|ABIA|ACCA|oJb3JpZ2lu|ZXIvYXdz|oDYXdz/i;

const answers = new WeakMap<object, boolean>();

/** `false` when no rule can report anything in this file's text (one scan per file, shared by the rules). */
export function mayMentionCredentials(sourceCode: Readonly<{ text: string }>): boolean {
  let answer = answers.get(sourceCode);
  if (answer === undefined) {
    answer = MAY_MENTION_CREDENTIALS.test(sourceCode.text);
    answers.set(sourceCode, answer);
  }
  return answer;
}

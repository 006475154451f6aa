/** What follows `aws` in an aws-token name (below); also written into the shared pattern's `a` words. */
const AFTER_AWS = '[^\\n\\r\'"`]{0,64}?token';
/**
 * A name with `aws` and then `token` in it, in one identifier or quoted key (`awsToken`, `AWS_STS_TOKEN`): `aws`,
 * at most 64 characters of the same line that are no quote, then `token` (any case; the bound keeps the scan
 * linear on minified lines). A bare `token` is a credential word only in such a name, or in a credential object,
 * which other words find. A source string, for `no-hardcoded-credentials` to put into its own gate's pattern.
 */
export const AWS_TOKEN_NAME_PATTERN = `aws${AFTER_AWS}`;

/**
 * The first, shared look at a file: can it mention AWS credentials at all? Every rule asks before any AST
 * work, the answer is computed once per file and most files of an ordinary project stop here.
 *
 * The patterns are the union of what every rule's own gate looks for, widened to plain words: a rule's gate
 * may only pass on files this one passes (the rule tests fail otherwise). Each rule then runs its own, narrower
 * gate on the files that pass: one scan instead of six for every file that cannot hold anything.
 *
 * - `secret`, `credential`: names of the material and of credential objects and providers, any case;
 * - tokens by the names AWS gives them (`sessionToken`, `AWS_SECURITY_TOKEN`, `sts_token`, `getAuthToken`,
 *   `AuthorizationToken`, `getFederationToken`, `fromWebToken`, SSM `getAccessToken`), and other names that say
 *   `aws` and then `token` (`awsToken`, `AWS_STS_TOKEN`, `'aws-api-token'`; `AWS_TOKEN_NAME_PATTERN`): parsers, web
 *   apps and HTTP clients say a bare `token` everywhere, and AWS SDK code says `aws` and `NextToken` in most files;
 * - `ccess` and `acess` before `key` or `id`: access keys (`accessKeyId`, `AWS_ACCESS_KEY_ID`, `acess_key`,
 *   `aws_access_id`), and `GetDataAccess` (not `success` or `accessor`, which most files hold);
 * - the AWS calls, env and signing words that produce or print credentials under other names (of SigV4's
 *   `X-Amz-…` names only `X-Amz-Security-Token` counts, with the security-token words: signing code writes the
 *   others everywhere);
 * - key-id prefixes (`AKIA`…) and the base64 starts of session tokens, in any case here (the rules check their
 *   case): `Asia/Tokyo` passes, and the rules' own checks stop it;
 * - the STS and Cognito Identity client packages, whose SDK logger prints session tokens.
 *
 * The words are written with shared first letters factored out (`c(?:redential|cess|…)`): the same words, and a
 * fifth less time on files that hold none of them, where the scan reads the whole text. The `aws…token` names and
 * the key-id prefixes sit under the `a` words. One pattern, not a second, case-sensitive one for the prefixes: in a
 * hot loop the two cost less, but linting the AWS corpus, where each file's first call of a pattern reads its
 * compiled code cold, one costs a tenth less (28.5 against 31.7 ms over the 3,847 files, five runs each).
 */
const MAY_MENTION_CREDENTIALS = new RegExp(
  's(?:ecret|ignedurl|(?:ession|ecurity|ts)[-_ .]?token)|c(?:redential|cess[-_ .]?(?:key|id|token)|reatesession|lient-(?:sts|cognito-identity))|' +
    `a(?:kia|sia|bia|cca|cess[-_]?key|ssumerole|ws(?:\\.config|${AFTER_AWS})|uth(?:orization)?[-_]?token)|p(?:rocess\\.env|resign)|(?:federation|web)token|` +
    'getdataaccess|fetchauthsession|ojb3jpz2lu|odyxdz|zxivyxdz',
  'i',
);

/** The last text asked about and its answer: every rule asks for the same file in turn, and the answer depends on the text alone. */
let lastText: string | null = null;
let lastAnswer = false;

/** `false` when no rule can report anything in this file's text (one scan per file, shared by the rules). */
export function mayMentionCredentials(sourceCode: Readonly<{ text: string }>): boolean {
  const { text } = sourceCode;
  if (text !== lastText) lastAnswer = MAY_MENTION_CREDENTIALS.test(text);
  // Kept even when equal: a file linted again is a new string with the same text, and the next rules' comparison
  // with this one stops at the pointer instead of reading both texts whole.
  lastText = text;
  return lastAnswer;
}

/** Access key ids that are credentials: AKIA long-term, ASIA temporary, ABIA STS bearer, ACCA context-specific. */
export const ACCESS_KEY_ID = /^(AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/u;

export type KeyIdKind = 'long-term' | 'temporary' | 'bearer' | 'context';

const PREFIX_KINDS: Record<string, KeyIdKind> = {
  AKIA: 'long-term',
  ASIA: 'temporary',
  ABIA: 'bearer',
  ACCA: 'context',
};

/** What kind of access key id a string is, or `null` when it is none. */
export function getKeyIdKind(value: string): KeyIdKind | null {
  const match = ACCESS_KEY_ID.exec(value);
  return match?.[1] ? (PREFIX_KINDS[match[1]] ?? null) : null;
}

/**
 * Values from the AWS documentation and obvious placeholders: never real credentials.
 * `AKIAIOSFODNN7EXAMPLE`, any id ending in `EXAMPLE`, the documented secret, and bodies of one repeated character.
 */
export function isDocumentationOrPlaceholder(value: string): boolean {
  if (/EXAMPLE/u.test(value)) return true;
  const body = /^(?:AKIA|ASIA|ABIA|ACCA)(.*)$/u.exec(value)?.[1] ?? value;
  return /^(.)\1+$/u.test(body) || /^(?:X+|0+|1234567890?.*)$/u.test(body);
}

/** `ASIA…WXYZ`: the prefix and the last four characters, never the whole id. */
export function redactKeyId(value: string): string {
  return `${value.slice(0, 4)}…${value.slice(-4)}`;
}

/** A key id anywhere in a text: never part of a longer word, never an invalid base32 body. */
const KEY_ID_IN_TEXT = /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/gu;

/** Words that only placeholders hold in a key id body (all are valid base32, so the shape alone lets them in). */
const PLACEHOLDER_KEY_BODY = /EXAMPLE|TEST|FAKE|DUMMY|SAMPLE|MOCK|XXXX|ABCDEFGH|AAAA|ZZZZ/u;

/**
 * `isDocumentationOrPlaceholder`, plus bodies a person typed rather than AWS generated: placeholder words,
 * runs like `ABCDEFGH`, and fewer than seven different characters (a random body has about thirteen).
 */
export function isPlaceholderKeyId(value: string): boolean {
  if (isDocumentationOrPlaceholder(value)) return true;
  const body = value.slice(4);
  return PLACEHOLDER_KEY_BODY.test(body) || !hasDistinctCharacters(body, 7);
}

/** Every credential key id in a text (documentation values and placeholders left out), with its index. */
export function findKeyIds(text: string): Array<{ index: number; value: string }> {
  const found: Array<{ index: number; value: string }> = [];
  KEY_ID_IN_TEXT.lastIndex = 0;
  // `exec` rather than `matchAll`, which clones the pattern (and may compile it again) on every call.
  for (let match = KEY_ID_IN_TEXT.exec(text); match; match = KEY_ID_IN_TEXT.exec(text)) {
    if (!isPlaceholderKeyId(match[0])) found.push({ index: match.index, value: match[0] });
  }
  return found;
}

/** A secret access key is 30 random bytes in base64: 40 characters of `[A-Za-z0-9/+]`. */
const SECRET_SHAPE = /^[A-Za-z0-9/+]{40}$/u;
const HEX = /^[0-9a-f]+$/iu;
/** Words a random value practically never holds (a 4-letter word: about 1 in 30 000 real secrets). */
const PLACEHOLDER_WORDS = /example|sample|dummy|fake|placeholder|changeme|redacted|secret|test|mock|your|xxxx|abcdefgh|12345678/iu;

/**
 * Whether `value` holds at least `count` different characters, reading only until it has seen them: a set of a
 * whole token or a long base64 blob would read (and allocate for) all of it.
 */
export function hasDistinctCharacters(value: string, count: number): boolean {
  const seen = new Set<number>();
  for (let index = 0; index < value.length; index += 1) {
    // Code points, as a `Set` of the string would count them.
    const code = value.codePointAt(index)!;
    if (code > 0xffff) index += 1;
    seen.add(code);
    if (seen.size >= count) return true;
  }
  return false;
}

/** Values a person typed: placeholder words, one repeated character, or few different characters. */
function isPlaceholderValue(value: string, minimumDistinct: number): boolean {
  return PLACEHOLDER_WORDS.test(value) || /^(.)\1+$/u.test(value) || !hasDistinctCharacters(value, minimumDistinct);
}

/**
 * True when a string has the shape of a real secret access key: 40 base64 characters, mixed case, at least
 * one digit or `/`/`+`, not a hex digest, not the documentation secret or a placeholder. Only meaningful
 * where the context says "AWS secret": on its own, this shape is any base64 blob.
 */
export function isSecretAccessKeyShape(value: string): boolean {
  return (
    value.length === 40 &&
    SECRET_SHAPE.test(value) &&
    !HEX.test(value) &&
    /[a-z]/u.test(value) &&
    /[A-Z]/u.test(value) &&
    /[0-9/+]/u.test(value) &&
    !isPlaceholderValue(value, 16)
  );
}

/** Session tokens are hundreds of base64 characters; in a token slot, 100 is the least we believe. */
const TOKEN_SHAPE = /^[A-Za-z0-9/+]{100,}={0,2}$/u;

/** True when a string in a session-token slot has the shape of a real one (long mixed-case base64, no placeholder). */
export function isSessionTokenShape(value: string): boolean {
  return TOKEN_SHAPE.test(value) && /[a-z]/u.test(value) && /[A-Z]/u.test(value) && /[0-9]/u.test(value) && !/EXAMPLE/iu.test(value) && hasDistinctCharacters(value, 20);
}

/**
 * Session tokens recognised by their prefix anywhere in a text: `IQoJb3JpZ2luX2Vj…` (base64 of
 * "…origin_ec", current STS), `FwoGZXIvYXdz…`, `FQoGZXIvYXdz…`, `FQoDYXdz…`, `AQoDYXdz…` (older, "…aws").
 */
const TOKEN_IN_TEXT = /(?<![A-Za-z0-9/+])(?:[A-Za-z0-9+/]{2}oJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz|FQoDYXdz|AQoDYXdz)[A-Za-z0-9/+]{80,}={0,2}/gu;

/** Every session token in a text, recognised by its prefix (documentation values left out). */
export function findSessionTokens(text: string): Array<{ index: number; value: string }> {
  const found: Array<{ index: number; value: string }> = [];
  TOKEN_IN_TEXT.lastIndex = 0;
  // `exec` rather than `matchAll`, which clones the pattern (and may compile it again) on every call.
  for (let match = TOKEN_IN_TEXT.exec(text); match; match = TOKEN_IN_TEXT.exec(text)) {
    if (!/EXAMPLE/u.test(match[0]) && hasDistinctCharacters(match[0], 20)) found.push({ index: match.index, value: match[0] });
  }
  return found;
}

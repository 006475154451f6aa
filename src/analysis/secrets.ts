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

import type { ESLint, Linter } from 'eslint';
import { redactKeyId } from '../analysis/secrets.js';

/** Access key ids anywhere in a text. */
const KEY_ID = /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Z0-9])/gu;
/** Runs of base64 that could be a secret access key (40 characters) or a session token (hundreds). */
const BASE64_RUN = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{32,}(?![A-Za-z0-9/+=])/gu;

/** Whether a base64 run mixes the character classes a generated secret has (paths and words do not). */
function looksGenerated(run: string): boolean {
  return /[A-Z]/u.test(run) && /[a-z]/u.test(run) && /[0-9]/u.test(run);
}

/**
 * Rule messages never carry a secret, but parser errors and fix texts quote source code. Everything the
 * command prints goes through this: key ids become `ASIA…WXYZ`, secret-looking runs become `[redacted]`.
 */
export function redactText(text: string): string {
  return text.replace(KEY_ID, (id) => redactKeyId(id)).replace(BASE64_RUN, (run) => (looksGenerated(run) ? '[redacted]' : run));
}

function redactFix<T extends { text: string } | undefined>(fix: T): T {
  return fix ? { ...fix, text: redactText(fix.text) } : fix;
}

function redactMessage(message: Linter.LintMessage): Linter.LintMessage {
  const copy: Linter.LintMessage = { ...message, message: redactText(message.message) };
  // Legacy formatters print `source` (the offending line); ESLint 9+ no longer sets it, never pass it on.
  delete (copy as { source?: unknown }).source;
  if (message.fix) copy.fix = redactFix(message.fix);
  if (message.suggestions) {
    copy.suggestions = message.suggestions.map((suggestion) => ({
      ...suggestion,
      desc: redactText(suggestion.desc),
      fix: redactFix(suggestion.fix),
    }));
  }
  return copy;
}

/**
 * Results safe to print: without the file text (`source`, and `output`, the fixed text, which ESLint's json
 * formatter would print whole) and with every message redacted.
 */
export function redactResults(results: ESLint.LintResult[]): ESLint.LintResult[] {
  return results.map((result) => {
    const copy: ESLint.LintResult = {
      ...result,
      messages: result.messages.map(redactMessage),
      suppressedMessages: result.suppressedMessages.map((message) => redactMessage(message) as Linter.SuppressedLintMessage),
    };
    delete copy.source;
    delete copy.output;
    return copy;
  });
}

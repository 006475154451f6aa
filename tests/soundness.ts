// Fix soundness (issue 7, DESIGN "Fixes"): helpers shared by tests/fix-soundness.test.ts, tests/property.test.ts and
// tests/corpus.test.ts. Every autofix and, separately, every suggestion must give code that parses, and a second
// `--fix` pass over the result must change nothing. TypeScript outputs are also type-checked (typeErrors()).
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import plugin from '../src/index.js';

export type Kind = 'module' | 'commonjs' | 'typescript';

const FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];
const linter = new Linter({ configType: 'flat' });

/**
 * Runs `lint`, turning a rule exception into a short error: the rule, its message and the code (ESLint attaches the
 * whole AST node to the error, which makes test output unreadable).
 */
export function guard<T>(what: string, code: string, lint: () => T): T {
  try {
    return lint();
  } catch (error) {
    const { message, ruleId } = error as Error & { ruleId?: string };
    throw new Error(`rule crash${ruleId ? ` in ${ruleId}` : ''} while ${what}: ${message.split('\n')[0]}\n--- code ---\n${code}`, { cause: undefined });
  }
}

export function kindOf(filename: string): Kind {
  if (/\.[cm]?tsx?$/u.test(filename)) return 'typescript';
  return filename.endsWith('.cjs') ? 'commonjs' : 'module';
}

/** The `strict` config (every rule of src/rules/index.ts) for one parser, optionally with one rule's options. */
export function strictConfig(kind: Kind, ruleOptions?: { rule: string; options: unknown[] }): Linter.Config[] {
  const language: Linter.Config =
    kind === 'typescript'
      ? { files: FILES, languageOptions: { parser: tsParser as never, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } }
      : { files: FILES, languageOptions: { ecmaVersion: 'latest', sourceType: kind, parserOptions: { ecmaFeatures: { jsx: true } } } };
  const strict = plugin.configs.strict;
  const configs: Linter.Config[] = [language, { ...strict, files: FILES }];
  if (ruleOptions) configs.push({ files: FILES, rules: { [`aws-credentials/${ruleOptions.rule}`]: ['error', ...ruleOptions.options] as Linter.RuleEntry } });
  return configs;
}

/** A parse check with no rules: the fatal message, or null when the code parses. */
export function parseError(code: string, filename: string, kind: Kind = kindOf(filename)): string | null {
  const language = strictConfig(kind)[0]!;
  const fatal = linter.verify(code, [language], filename).find((message) => message.fatal);
  return fatal ? `${fatal.line}:${fatal.column} ${fatal.message}` : null;
}

function apply(code: string, fix: { range: [number, number]; text: string }): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

export interface Variant {
  /** What produced this text: `autofix`, `fix <ruleId>/<messageId>` or `suggestion <ruleId>/<messageId>: <desc>`. */
  label: string;
  output: string;
}

export interface FixReport {
  messages: Linter.LintMessage[];
  /** The outputs checked: the full `--fix` result, each single autofix and each suggestion, each applied alone. */
  variants: Variant[];
}

/**
 * Lints `code` with `strict`, applies every autofix (together, as `--fix`, and each alone) and every suggestion
 * (each alone), and throws with a precise description if an output does not parse, a rule crashes, or a second
 * `--fix` pass changes something. Code that does not parse in the first place is returned untouched.
 */
export function checkFixes(code: string, filename: string, kind: Kind = kindOf(filename), ruleOptions?: { rule: string; options: unknown[] }): FixReport {
  const config = strictConfig(kind, ruleOptions);
  const where = `${path.basename(filename)}`;
  const messages = guard(`linting ${where}`, code, () => linter.verify(code, config, filename));
  if (messages.some((message) => message.fatal)) return { messages, variants: [] };
  const variants: Variant[] = [];

  const fixed = guard(`fixing ${where}`, code, () => linter.verifyAndFix(code, config, { filename }));
  if (fixed.fixed) variants.push({ label: 'autofix (--fix)', output: fixed.output });
  for (const message of messages) {
    if (message.fix) variants.push({ label: `fix ${message.ruleId}/${message.messageId}`, output: apply(code, message.fix) });
    for (const suggestion of message.suggestions ?? []) {
      variants.push({ label: `suggestion ${message.ruleId}/${message.messageId}: ${suggestion.desc}`, output: apply(code, suggestion.fix) });
    }
  }

  for (const variant of variants) {
    const error = parseError(variant.output, filename, kind);
    if (error) throw new Error(`${where}: ${variant.label} gives code that does not parse (${error}):\n${variant.output}`);
    // `--fix` on the result, then `--fix` again: the second pass must change nothing.
    const first = guard(`fixing ${where} after ${variant.label}`, variant.output, () => linter.verifyAndFix(variant.output, config, { filename }));
    const fatal = first.messages.find((message) => message.fatal);
    if (fatal) throw new Error(`${where}: after ${variant.label}, --fix gives code that does not parse (${fatal.message}):\n${first.output}`);
    const second = guard(`fixing ${where} a second time after ${variant.label}`, first.output, () => linter.verifyAndFix(first.output, config, { filename }));
    if (second.fixed) throw new Error(`${where}: after ${variant.label}, a second --fix pass still changes the code:\n${first.output}\n---\n${second.output}`);
  }
  return { messages, variants };
}

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/**
 * Type errors per file, checked as one program with tests/fixtures/tsconfig.json's options (the real SDK types from
 * node_modules). `files` maps a path under tests/fixtures/ to its text; nothing is written to disk.
 */
export function typeErrors(files: ReadonlyMap<string, string>): Map<string, string[]> {
  const config = ts.readConfigFile(path.join(FIXTURES, 'tsconfig.json'), (file) => fs.readFileSync(file, 'utf8'));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, FIXTURES);
  options.noEmit = true;
  options.jsx = ts.JsxEmit.ReactJSX;
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => files.has(file) || fileExists.call(host, file);
  host.readFile = (file) => files.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, onError, create) => {
    const text = files.get(file);
    return text == null ? getSourceFile.call(host, file, language, onError, create) : ts.createSourceFile(file, text, language, true);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const errors = new Map<string, string[]>();
  for (const file of files.keys()) {
    const source = program.getSourceFile(file);
    const diagnostics = source ? [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)] : [];
    errors.set(
      file,
      diagnostics.map((d) => {
        const position = d.start != null && source ? source.getLineAndCharacterOfPosition(d.start) : null;
        return `${position ? `${position.line + 1}:${position.character + 1} ` : ''}TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      }),
    );
  }
  return errors;
}

/** A virtual file name under tests/fixtures/ for the type check. */
export function virtualFixture(name: string, extension = '.ts'): string {
  return path.join(FIXTURES, 'soundness', `.virtual-${name.replace(/[^\w-]+/gu, '-')}${extension}`);
}

import { ESLint } from 'eslint';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { embeddedConfig, gitignorePatterns, IGNORED_DIRECTORIES, isLintedExtension } from './config.js';
import type { Options } from './options.js';
import { HELP, parseOptions, UsageError } from './options.js';
import { redactResults, redactText } from './redact.js';

const require = createRequire(import.meta.url);
const { name: packageName, version } = require('../../package.json') as { name: string; version: string };
const COMMAND = 'aws-credentials-lint';
const NAMESPACE = 'aws-credentials/';

/** Runs over more files than this show a progress line (when stderr is a terminal). */
export const PROGRESS_THRESHOLD = 200;
const CHUNK = 100;

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
}

type SarifFormatter = (results: ESLint.LintResult[], data: ESLint.LintResultData) => string;

/** `aws-credentials-lint [options] [paths…]`; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }): Promise<number> {
  try {
    const options = parseOptions(argv);
    if (options.help) {
      io.stdout.write(HELP);
      return 0;
    }
    if (options.version) {
      io.stdout.write(`${COMMAND} ${version} (${packageName}, ESLint ${ESLint.version})\n`);
      return 0;
    }
    return await run(options, io);
  } catch (error) {
    const { code, path: file } = error as NodeJS.ErrnoException;
    const reason =
      typeof code === 'string' && typeof file === 'string'
        ? `cannot read ${path.relative(io.cwd, file) || file}: ${code === 'ENOENT' ? 'no such file (a broken link?)' : code}`
        : error instanceof Error
          ? error.message
          : String(error);
    // One line, and never a piece of a user's file: ESLint's errors can quote source text.
    const line = redactText(reason.split('\n')[0] ?? reason);
    io.stderr.write(`${COMMAND}: ${line}${error instanceof UsageError ? ` (see ${COMMAND} --help)` : ''}\n`);
    if (!(error instanceof UsageError) && process.env.AWS_CREDENTIALS_LINT_DEBUG) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return 2;
  }
}

const GLOB = /[*?[\]{}!]/u;

async function run(options: Options, io: Io): Promise<number> {
  const { cwd } = io;
  for (const target of options.paths) {
    if (!GLOB.test(target) && !existsSync(path.resolve(cwd, target))) throw new UsageError(`no such file or directory: ${target}`);
  }
  let configFile: string | true = true;
  if (options.config !== null) {
    configFile = path.resolve(cwd, options.config);
    if (!existsSync(configFile)) throw new UsageError(`no such config file: ${options.config}`);
  }

  const eslint = new ESLint({
    cwd,
    overrideConfigFile: configFile,
    ...(configFile === true ? { overrideConfig: embeddedConfig(cwd, options.strict ? 'strict' : 'recommended') } : {}),
    fix: options.fix || options.fixDryRun,
    warnIgnored: false,
    errorOnUnmatchedPattern: false,
  });

  const linted = await lint(eslint, options, io);
  const results = configFile === true ? linted.map(onlyOurs) : linted;
  if (options.fix) await ESLint.outputFixes(results);

  const shown = options.quiet ? ESLint.getErrorResults(results) : results;
  const output = await format(eslint, options.format, redactResults(shown), results, cwd);
  if (output) io.stdout.write(output.endsWith('\n') ? output : `${output}\n`);

  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr.write(`${COMMAND}: too many warnings (${warnings}, at most ${options.maxWarnings} allowed)\n`);
    return 1;
  }
  return 0;
}

/**
 * With the embedded config, only this plugin's findings and fatal parse errors count: users' files carry
 * `eslint-disable` comments for rules of plugins this command does not load, which ESLint reports as
 * "Definition for rule … was not found".
 */
function onlyOurs(result: ESLint.LintResult): ESLint.LintResult {
  const messages = result.messages.filter((message) => message.ruleId === null || message.ruleId.startsWith(NAMESPACE));
  if (messages.length === result.messages.length) return result;
  const count = (severity: number, fixable = false): number =>
    messages.filter((message) => message.severity === severity && (!fixable || message.fix !== undefined)).length;
  return {
    ...result,
    messages,
    errorCount: count(2),
    warningCount: count(1),
    fatalErrorCount: messages.filter((message) => message.fatal === true).length,
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
  };
}

/** Lints everything at once, or in chunks with a progress line when stderr is a terminal and the run is large. */
async function lint(eslint: ESLint, options: Options, io: Io): Promise<ESLint.LintResult[]> {
  if (!io.stderr.isTTY || options.paths.some((target) => GLOB.test(target))) return eslint.lintFiles(options.paths);
  const files = listFiles(io.cwd, options.paths);
  if (files.length <= PROGRESS_THRESHOLD) return eslint.lintFiles(options.paths);
  const results: ESLint.LintResult[] = [];
  for (let start = 0; start < files.length; start += CHUNK) {
    io.stderr.write(`\r${COMMAND}: linting ${start}/${files.length} files…`);
    results.push(...(await eslint.lintFiles(files.slice(start, start + CHUNK))));
  }
  io.stderr.write(`\r${COMMAND}: linted ${files.length} files.\x1b[K\n`);
  return results;
}

/**
 * The candidate files under the given paths, for the progress line. ESLint still applies every ignore
 * pattern to them (explicit ignored files are skipped quietly), so this list only has to be a superset.
 */
function listFiles(cwd: string, targets: readonly string[]): string[] {
  const skipped = new Set(IGNORED_DIRECTORIES);
  const gitignore = gitignorePatterns(cwd).filter((pattern) => /^(?:\*\*\/)?[^*?[\]{}!/]+\/?$/u.test(pattern)).map((pattern) => pattern.replace(/^\*\*\//u, '').replace(/\/$/u, ''));
  for (const name of gitignore) skipped.add(name);
  const files: string[] = [];
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (!skipped.has(entry.name)) walk(full);
      } else if (entry.isFile() && isLintedExtension(entry.name)) {
        files.push(full);
      }
    }
  };
  for (const target of targets) {
    const full = path.resolve(cwd, target);
    if (statSync(full).isDirectory()) walk(full);
    else files.push(full);
  }
  return files;
}

async function format(eslint: ESLint, name: Options['format'], results: ESLint.LintResult[], original: ESLint.LintResult[], cwd: string): Promise<string> {
  if (name === 'json') return JSON.stringify(results);
  const data: ESLint.LintResultData = { cwd, rulesMeta: eslint.getRulesMetaForResults(original) };
  if (name === 'sarif') return sarif(results, data);
  const formatter = await eslint.loadFormatter('stylish');
  return formatter.format(results, data);
}

function sarif(results: ESLint.LintResult[], data: ESLint.LintResultData): string {
  // The formatter would embed whole files (secrets included) when this is set in the environment.
  const embed = process.env.SARIF_ESLINT_EMBED;
  delete process.env.SARIF_ESLINT_EMBED;
  try {
    const formatter = require('@microsoft/eslint-formatter-sarif') as SarifFormatter;
    const log = JSON.parse(formatter(results, data)) as { runs: Array<{ tool: { driver: Record<string, unknown> } }> };
    for (const run of log.runs) {
      // Code scanning groups alerts by tool: name it after this command rather than "ESLint" (and the
      // formatter's own ESLint copy's version).
      Object.assign(run.tool.driver, {
        name: COMMAND,
        version,
        informationUri: 'https://github.com/eslint-plugin-aws-credentials/eslint-plugin-aws-credentials',
      });
    }
    return JSON.stringify(log, null, 2);
  } finally {
    if (embed !== undefined) process.env.SARIF_ESLINT_EMBED = embed;
  }
}

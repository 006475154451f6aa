import { parseArgs } from 'node:util';

export type Format = 'stylish' | 'json' | 'sarif';
export const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif'];

export interface Options {
  paths: string[];
  fix: boolean;
  fixDryRun: boolean;
  format: Format;
  strict: boolean;
  quiet: boolean;
  maxWarnings: number; // -1: no limit
  config: string | null;
  help: boolean;
  version: boolean;
}

/** A mistake on the command line: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const HELP = `Usage: aws-credentials-lint [options] [paths...]

Lints .js .mjs .cjs .jsx .ts .mts .cts .tsx files (default path: .) for AWS credential
mistakes with the plugin's recommended rules. No eslint.config.js needed: the command uses
its own configuration and ignores yours unless --config is given. node_modules, build output
(dist, build, out, coverage, .next, cdk.out, .aws-sam, ...) and what .gitignore lists are skipped.

Options:
  --fix                  Apply the automatic fixes to the files
  --fix-dry-run          Compute the fixes and report what remains, without writing files
  --format NAME          Output format: stylish (default), json or sarif
  --strict               Use the strict configuration instead of the recommended one
  --config FILE          Use this ESLint flat config file instead of the embedded configuration
  --quiet                Report errors only, not warnings
  --max-warnings N       Fail (exit 1) when there are more than N warnings
  -v, --version          Print the version
  -h, --help             Print this help

Exit codes: 0 no findings, 1 findings (or more warnings than --max-warnings),
2 bad usage or an error that stopped the run (the reason is printed on stderr).
`;

export function parseOptions(argv: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        format: { type: 'string', short: 'f', default: 'stylish' },
        strict: { type: 'boolean', default: false },
        config: { type: 'string', short: 'c' },
        quiet: { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        version: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // parseArgs explains the mistake in one sentence ("Unknown option '--foo'…"); keep only that.
    const message = (error as Error).message.split('\n')[0] ?? 'invalid arguments';
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/u, ''));
  }
  const { values, positionals } = parsed;
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format '${format}': use ${FORMATS.join(', ')}`);
  }
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    const text = values['max-warnings'];
    if (!/^\d+$/u.test(text)) throw new UsageError(`--max-warnings takes a whole number, not '${text}'`);
    maxWarnings = Number(text);
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both');
  if (values.config !== undefined && values.strict) {
    throw new UsageError('--strict chooses the embedded configuration; with --config, the file decides which rules run');
  }
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    fix: values.fix === true,
    fixDryRun: values['fix-dry-run'] === true,
    format: format as Format,
    strict: values.strict === true,
    quiet: values.quiet === true,
    maxWarnings,
    config: values.config ?? null,
    help: values.help === true,
    version: values.version === true,
  };
}

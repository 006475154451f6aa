import { convertIgnorePatternToMinimatch } from '@eslint/compat';
import type { Linter } from 'eslint';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import plugin from '../index.js';

export const EXTENSIONS = ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx'] as const;
const TS_EXTENSIONS = new Set(['.ts', '.mts', '.cts', '.tsx']);
const FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

/** Build output and tool folders: generated code, never where a credential mistake is fixed. */
export const IGNORED_DIRECTORIES = [
  'node_modules',
  '.git',
  'dist',
  'build',
  'out',
  'coverage',
  '.next',
  '.nuxt',
  '.svelte-kit',
  '.output',
  '.vercel',
  '.netlify',
  '.turbo',
  '.cache',
  '.parcel-cache',
  '.serverless',
  '.aws-sam',
  'cdk.out',
  '.terraform',
  'bower_components',
  'vendor',
];

export function isLintedExtension(file: string): boolean {
  return (EXTENSIONS as readonly string[]).includes(path.extname(file));
}

export function isTypeScript(file: string): boolean {
  return TS_EXTENSIONS.has(path.extname(file));
}

/** Reads `.gitignore` in `cwd` (if any) as flat-config ignore patterns. */
export function gitignorePatterns(cwd: string): string[] {
  const file = path.join(cwd, '.gitignore');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map(convertIgnorePatternToMinimatch);
}

/**
 * typescript-eslint's parser (and `typescript` behind it) are dependencies of this package, so they are
 * there wherever the command is installed; loading them lazily still gives a clear message if a package
 * manager left them out.
 */
function loadTypeScriptParser(): Linter.Parser {
  const require = createRequire(import.meta.url);
  try {
    require.resolve('typescript');
    return require('@typescript-eslint/parser') as Linter.Parser;
  } catch {
    throw new Error(
      'linting TypeScript files needs the packages typescript and @typescript-eslint/parser, which could not be loaded: reinstall eslint-plugin-aws-credentials (npm install eslint-plugin-aws-credentials typescript @typescript-eslint/parser)',
    );
  }
}

/** The embedded flat config: the plugin's recommended (or strict) rules on JS and TS, JSX on where it belongs. */
export function embeddedConfig(cwd: string, level: 'recommended' | 'strict'): Linter.Config[] {
  const gitignore = gitignorePatterns(cwd);
  return [
    { name: 'aws-credentials-lint/ignores', ignores: IGNORED_DIRECTORIES.map((name) => `**/${name}/`) },
    ...(gitignore.length > 0 ? [{ name: 'aws-credentials-lint/gitignore', ignores: gitignore }] : []),
    {
      ...plugin.configs[level],
      name: `aws-credentials-lint/${level}`,
      files: FILES,
      // Users' files carry disable comments for rules this command does not run: never report those.
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
    { name: 'aws-credentials-lint/typescript', files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: loadTypeScriptParser() } },
    // JSX in .jsx and .tsx, and in plain .js as many React projects write it (never in .ts: `<T>value` casts).
    { name: 'aws-credentials-lint/jsx', files: ['**/*.{js,mjs,cjs,jsx,tsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  ];
}

// Types for bench/lint.js.
import type { ESLint, Linter } from 'eslint';
import type { CorpusFile } from './corpus.js';

export type ConfigName = 'parse' | 'empty' | 'recommended' | 'strict' | 'strict-create' | 'strict-ts' | 'strict-typed' | 'no-secrets' | 'sonarjs';
export const CONFIGS: Record<ConfigName, { label: string; part: 'all' | 'typescript' }>;
export const SOURCE_GLOB: string;
export function sample<T>(files: T[], limit?: number): T[];
export function buildConfig(name: ConfigName, kind: CorpusFile['kind'], plugin?: ESLint.Plugin & { configs: Record<string, Linter.Config> }): Promise<Linter.Config[]>;
export interface Finding {
  ruleId: string;
  messageId: string | null;
  line: number;
  column: number;
  message: string;
  fix: boolean;
  suggestions: number;
}
export interface Totals {
  files: number;
  parseMs: number;
  rulesMs: number;
  /** Wall time of the measured `lintFiles` calls, everything included. */
  lintWallMs: number;
  perRule: Record<string, number>;
  findings: number;
  byRule: Record<string, number>;
  crashes: { file: string; message: string }[];
  parseErrors: { file: string; line: number; message: string }[];
  results: { file: string; messages: Finding[] }[];
}
export function lintCorpus(
  name: ConfigName,
  files: CorpusFile[],
  options?: { cwd?: string; plugin?: ESLint.Plugin & { configs: Record<string, Linter.Config> }; warmUp?: number },
): Promise<Totals>;
export function generateBundle(files: CorpusFile[], bytes?: number): string;
export function findingKey(file: string, finding: { line: number; column: number; ruleId: string; messageId: string | null }): string;

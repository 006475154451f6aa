// Types for bench/corpus.js (plain JavaScript so that `node bench/run.js` needs no build step).
export interface CorpusFile {
  /** Path relative to bench/corpus, with `/` separators. */
  path: string;
  kind: 'module' | 'commonjs' | 'typescript';
  bytes?: number;
}
export interface Manifest {
  hash: string;
  files: CorpusFile[];
}
export const BENCH_DIR: string;
export const ROOT: string;
export const CORPUS_DIR: string;
export const CORPUS_SPEC: ReadonlyArray<[string, string[]]>;
export function ensureCorpus(options?: { log?: (line: string) => void }): Manifest;
export const ORDINARY_SPEC: ReadonlyArray<[string, string[]]>;
/** `--ordinary`: dev dependencies of this repository that have nothing to do with credentials, linted in place. */
export function ordinaryCorpus(): { cwd: string; files: CorpusFile[] };

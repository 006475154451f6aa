// Editor squiggles through the real ESLint language server: `vscode-eslint-language-server --stdio` (the server
// of VS Code's ESLint extension, as Neovim's and other editors' LSP clients start it) in a workspace whose
// eslint.config.js uses this package's `recommended` config. For every rule of `recommended`, a document with
// its mistake gets a diagnostic (textDocument/diagnostic: the server pulls, it does not push publishDiagnostics) with the rule id as code and the range on the exact key/call/literal, and
// textDocument/codeAction offers the rule's fix and suggestions as quick fixes, whose edits (sent back by the
// server with workspace/applyEdit) are the ones ESLint's own API computes.
import { ESLint } from 'eslint';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { MISSING_TOKEN_FIXED, ROOT } from '../cli/helpers.js';
import type { CodeAction, Diagnostic, WorkspaceEdit } from './lsp-client.js';
import { applyEdits, LspClient, positionAt } from './lsp-client.js';
import { SAMPLES } from './samples.js';

const SERVER = path.join(ROOT, 'node_modules', 'vscode-langservers-extracted', 'bin', 'vscode-eslint-language-server');
const RECOMMENDED = Object.keys(plugin.configs.recommended.rules ?? {}).map((id) => id.replace(/^aws-credentials\//u, ''));

const LANGUAGE_IDS: Record<string, string> = { '.js': 'javascript', '.jsx': 'javascriptreact', '.ts': 'typescript', '.tsx': 'typescriptreact' };

const CONFIG = `import tsParser from '@typescript-eslint/parser';
import awsCredentials from 'eslint-plugin-aws-credentials';

export default [
  awsCredentials.configs.recommended,
  { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tsParser } },
];
`;

let workspace = '';
let client: LspClient;
const applied: WorkspaceEdit[] = [];

/** The settings VS Code's ESLint extension sends for `workspace/configuration` (its defaults, flat config). */
function settings(): Record<string, unknown> {
  return {
    validate: 'on',
    packageManager: 'npm',
    useESLintClass: false,
    useFlatConfig: true,
    experimental: { useFlatConfig: false },
    codeAction: {
      disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: true },
    },
    codeActionOnSave: { enable: false, mode: 'all' },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workingDirectory: { mode: 'location' },
    workspaceFolder: { name: 'workspace', uri: pathToFileURL(workspace).href },
  };
}

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), 'aws-credentials-lsp-'));
  // The workspace resolves eslint, the parser and this package as an installed dependency would.
  mkdirSync(path.join(workspace, 'node_modules', '@typescript-eslint'), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules', 'eslint'), path.join(workspace, 'node_modules', 'eslint'), 'dir');
  symlinkSync(path.join(ROOT, 'node_modules', '@typescript-eslint', 'parser'), path.join(workspace, 'node_modules', '@typescript-eslint', 'parser'), 'dir');
  symlinkSync(ROOT, path.join(workspace, 'node_modules', 'eslint-plugin-aws-credentials'), 'dir');
  writeFileSync(path.join(workspace, 'package.json'), '{ "name": "workspace", "private": true, "type": "module" }\n');
  writeFileSync(path.join(workspace, 'eslint.config.js'), CONFIG);
  for (const sample of Object.values(SAMPLES)) writeFileSync(path.join(workspace, sample.file), sample.text);

  client = new LspClient(process.execPath, [SERVER, '--stdio'], workspace, {
    'workspace/configuration': (params) => (params as { items: unknown[] }).items.map(() => settings()),
    'workspace/applyEdit': (params) => {
      applied.push((params as { edit: WorkspaceEdit }).edit);
      return { applied: true };
    },
    'client/registerCapability': () => null,
    'workspace/diagnostic/refresh': () => null,
    'window/workDoneProgress/create': () => null,
    '*': () => ({}), // eslint/openDoc, eslint/noLibrary, eslint/probeFailed…: acknowledged
  });
  const uri = pathToFileURL(workspace).href;
  await client.request('initialize', {
    processId: process.pid,
    clientInfo: { name: 'aws-credentials-lint-test' },
    rootUri: uri,
    workspaceFolders: [{ uri, name: 'workspace' }],
    capabilities: {
      workspace: { diagnostics: { refreshSupport: true }, configuration: true, applyEdit: true, workspaceFolders: true, executeCommand: {}, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: {
        synchronization: { dynamicRegistration: true, didSave: true },
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
        diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
        codeAction: {
          dynamicRegistration: true,
          isPreferredSupport: true,
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll', 'source.fixAll.eslint'] } },
        },
      },
    },
    initializationOptions: {},
  });
  client.notify('initialized', {});
}, 60_000);

afterAll(async () => {
  await client?.shutdown();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

/** What ESLint's Node API reports for the same file with the same config: the reference for the server. */
async function eslintMessages(file: string): Promise<ESLint.LintResult['messages']> {
  const eslint = new ESLint({ cwd: workspace });
  const [result] = await eslint.lintFiles([path.join(workspace, file)]);
  return result?.messages ?? [];
}

describe('vscode-eslint-language-server with the recommended config', () => {
  it('has a sample for every rule of the recommended config', () => {
    expect(RECOMMENDED.length).toBeGreaterThan(0);
    expect(RECOMMENDED.filter((rule) => !(rule in SAMPLES))).toEqual([]);
  });

  describe.each(RECOMMENDED.filter((rule) => rule in SAMPLES))('%s', (rule) => {
    const sample = SAMPLES[rule]!;
    const ruleId = `aws-credentials/${rule}`;
    let uri = '';
    let diagnostic: Diagnostic;

    it('reports the diagnostic with the rule id, on the exact text', async () => {
      uri = pathToFileURL(path.join(workspace, sample.file)).href;
      client.notify('textDocument/didOpen', {
        textDocument: { uri, languageId: LANGUAGE_IDS[path.extname(sample.file)], version: 1, text: sample.text },
      });
      // The server (vscode-eslint 3) serves LSP 3.17 pull diagnostics, as VS Code and Neovim ≥ 0.10 ask for them;
      // a client without pull support would get none, so this is what an editor shows.
      const report = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      expect(report.kind).toBe('full');
      const diagnostics = report.items;

      const start = sample.within === undefined ? sample.text.indexOf(sample.squiggle) : sample.text.indexOf(sample.within) + sample.within.indexOf(sample.squiggle);
      expect(start, 'squiggle text in the sample').toBeGreaterThanOrEqual(0);
      const range = { start: positionAt(sample.text, start), end: positionAt(sample.text, start + sample.squiggle.length) };
      const ours = diagnostics.filter((item) => item.code === ruleId);
      expect(ours.map((item) => item.range)).toContainEqual(range);
      diagnostic = ours.find((item) => JSON.stringify(item.range) === JSON.stringify(range))!;
      expect(diagnostic).toMatchObject({ source: 'eslint', severity: 1 });
      expect(diagnostic.codeDescription?.href).toBe(`https://github.com/eslint-plugin-aws-credentials/eslint-plugin-aws-credentials/blob/main/docs/rules/${rule}.md`);

      // The same findings as ESLint's Node API, message for message.
      const reference = (await eslintMessages(sample.file)).filter((message) => message.ruleId === ruleId);
      expect(ours.map((item) => item.message).sort()).toEqual(reference.map((message) => message.message).sort());
    });

    it('offers the fix and the suggestions as quick fixes that edit the document', async () => {
      expect(diagnostic, 'the diagnostic test ran first').toBeDefined();
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], triggerKind: 1 },
      });
      const ofRule = actions.filter((action) => action.kind === 'quickfix' && action.command?.arguments !== undefined && JSON.stringify(action.command.arguments).includes(ruleId));
      const fixes = ofRule.filter((action) => action.command?.command === 'eslint.applySingleFix');
      const suggestions = ofRule.filter((action) => action.command?.command === 'eslint.applySuggestion');
      expect(fixes.map((action) => action.title)).toEqual(sample.fix ? [`Fix this ${ruleId} problem`] : []);
      expect(suggestions).toHaveLength(sample.suggestions);

      // Titles and edits match what ESLint's API computes for this finding.
      const start = { line: diagnostic.range.start.line + 1, column: diagnostic.range.start.character + 1 };
      const message = (await eslintMessages(sample.file)).find((item) => item.ruleId === ruleId && item.line === start.line && item.column === start.column)!;
      expect(suggestions.map((action) => action.title)).toEqual((message.suggestions ?? []).map((suggestion) => `${suggestion.desc} (${ruleId})`));

      const expected = [
        ...(message.fix ? [message.fix] : []),
        ...(message.suggestions ?? []).map((suggestion) => suggestion.fix),
      ].map((fix) => sample.text.slice(0, fix.range[0]) + fix.text + sample.text.slice(fix.range[1]));
      const results: string[] = [];
      for (const action of [...fixes, ...suggestions]) {
        const before = applied.length;
        await client.request('workspace/executeCommand', { command: action.command!.command, arguments: action.command!.arguments });
        const edit = await client.waitFor(() => (applied.length > before ? applied[before] : undefined), `workspace/applyEdit for "${action.title}"`);
        const edits = edit.documentChanges?.flatMap((change) => change.edits) ?? edit.changes?.[uri] ?? [];
        results.push(applyEdits(sample.text, edits));
      }
      expect(results).toEqual(expected);
      if (rule === 'require-session-token') expect(results[0]).toBe(MISSING_TOKEN_FIXED);
    });
  });
});

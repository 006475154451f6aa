// `--format sarif` output validated against the SARIF 2.1.0 JSON schema (tests/cli/data, see its README).
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_TOKEN, MISSING_TOKEN_FIXED, project, runCli } from './helpers.js';

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<{ id: string; helpUri?: string }> } };
    results: Array<{
      ruleId?: string;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }>;
    }>;
    invocations?: Array<{ toolConfigurationNotifications?: unknown[] }>;
  }>;
}

const schema = JSON.parse(readFileSync(path.join(import.meta.dirname, 'data', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// CommonJS packages: under NodeNext their default import is module.exports, whose `default` is the export.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let dir = '';
let cleanup = (): void => {};
beforeAll(() => {
  ({ dir, cleanup } = project({ 'src/app.ts': MISSING_TOKEN, 'src/ok.js': MISSING_TOKEN_FIXED, 'src/broken.js': 'export const = ;\n' }));
});
afterAll(() => cleanup());

describe('--format sarif', () => {
  it('uses a schema that rejects what is not SARIF', () => {
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false); // a run needs its tool
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });

  it('is valid SARIF 2.1.0 with findings, parse errors and clean files', async () => {
    const { code, stdout, stderr } = await runCli(['--format', 'sarif'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as SarifLog;
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
    const [run] = log.runs;
    expect(run?.tool.driver.name).toBe('aws-credentials-lint');
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual(['aws-credentials/require-session-token']);
    expect(run?.tool.driver.rules[0]?.helpUri).toMatch(/docs\/rules\/require-session-token\.md$/u);
    expect(run?.results).toHaveLength(1);
    expect(run?.results[0]).toMatchObject({
      ruleId: 'aws-credentials/require-session-token',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: pathToFileURL(path.join(dir, 'src/app.ts')).href },
            // `accessKeyId: Credentials.AccessKeyId` on line 8.
            region: { startLine: 8, startColumn: 5, endLine: 8 },
          },
        },
      ],
    });
    // The parse error is a tool notification, not an alert.
    expect(JSON.stringify(run?.invocations)).toContain('Parsing error');
  });

  it('is valid SARIF 2.1.0 with no findings (exit 0)', async () => {
    const { code, stdout } = await runCli(['--format', 'sarif', 'src/ok.js'], dir);
    expect(code).toBe(0);
    const log = JSON.parse(stdout) as SarifLog;
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
    expect(log.runs[0]?.results).toEqual([]);
  });
});

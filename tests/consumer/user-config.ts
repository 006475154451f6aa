// What a user writes in eslint.config.ts; compiled against dist/ (the published types).
import type { ESLint } from 'eslint';
import { defineConfig } from 'eslint/config';
import awsCredentials from 'eslint-plugin-aws-credentials';

const asPlugin: ESLint.Plugin = awsCredentials;

export default defineConfig([
  awsCredentials.configs.recommended,
  { plugins: { 'aws-credentials': asPlugin }, rules: { 'aws-credentials/require-session-token': ['error', { checkEnvironmentVariables: false }] } },
  { extends: [awsCredentials.configs.strict], files: ['**/*.ts'] },
]);

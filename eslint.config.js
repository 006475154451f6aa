import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';
import awsCredentials from './dist/index.js';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/node_modules/', 'bench/corpus/', 'tests/fixtures/'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
  },
  {
    files: ['src/rules/**/*.ts'],
    extends: [eslintPlugin.configs.recommended],
    rules: {
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow|Prefer) .+[^. ]$' }],
      'eslint-plugin/report-message-format': ['error', '^[A-Z`].*\\.$'],
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/no-meta-schema-default': 'error',
      'eslint-plugin/prefer-placeholders': 'error',
    },
  },
  {
    files: ['tests/rules/**/*.ts'],
    extends: [eslintPlugin.configs.recommended],
    rules: {
      'eslint-plugin/require-test-error-positions': 'error',
      'eslint-plugin/test-case-property-ordering': ['error', ['name', 'filename', 'code', 'output', 'options', 'languageOptions', 'errors']],
      'eslint-plugin/unique-test-case-names': 'error',
    },
  },
  // Dogfood: our own recommended rules on our own source.
  { files: ['src/**/*.ts', 'scripts/**/*.js', 'examples/**'], ...awsCredentials.configs.recommended },
  { files: ['examples/**'], rules: Object.fromEntries(Object.keys(awsCredentials.rules).map((r) => [`aws-credentials/${r}`, 'off'])) },
);

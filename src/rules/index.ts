import noCredentialLogging from './no-credential-logging.js';
import noHardcodedCredentials from './no-hardcoded-credentials.js';
import noMalformedCredentials from './no-malformed-credentials.js';
import noMismatchedSessionToken from './no-mismatched-session-token.js';
import preferCredentialProvider from './prefer-credential-provider.js';
import requireSessionToken from './require-session-token.js';

/** Every rule of the plugin, alphabetically; tests/plugin.test.ts checks this against the folder. */
export const rules = {
  'no-credential-logging': noCredentialLogging,
  'no-hardcoded-credentials': noHardcodedCredentials,
  'no-malformed-credentials': noMalformedCredentials,
  'no-mismatched-session-token': noMismatchedSessionToken,
  'prefer-credential-provider': preferCredentialProvider,
  'require-session-token': requireSessionToken,
};

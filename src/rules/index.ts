import noMalformedCredentials from './no-malformed-credentials.js';
import requireSessionToken from './require-session-token.js';

/** Every rule of the plugin, alphabetically; tests/plugin.test.ts checks this against the folder. */
export const rules = {
  'no-malformed-credentials': noMalformedCredentials,
  'require-session-token': requireSessionToken,
};

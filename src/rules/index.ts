import requireSessionToken from './require-session-token.js';

/** Every rule of the plugin, alphabetically; tests/plugin.test.ts checks this against the folder. */
export const rules = {
  'require-session-token': requireSessionToken,
};

#!/usr/bin/env node
// The `aws-credentials-lint` command; the code is src/cli/ (compiled to dist/cli/).
let main;
try {
  ({ main } = await import('../dist/cli/index.js'));
} catch (error) {
  // A broken installation (or an unbuilt checkout): one line, exit 2, the stack only on request.
  process.stderr.write(`aws-credentials-lint: cannot load the command (${String(error?.message ?? error).split('\n')[0]}); reinstall eslint-plugin-aws-credentials\n`);
  if (process.env.AWS_CREDENTIALS_LINT_DEBUG) process.stderr.write(`${error?.stack ?? ''}\n`);
  process.exit(2);
}
// `aws-credentials-lint | head`: a closed pipe ends the output quietly, not with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));

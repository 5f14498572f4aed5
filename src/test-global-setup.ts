// Once per test run: the browser tests and `quorum start` tests serve the built web app, so it is
// built (when missing or stale) before any test file starts, instead of by several at once.
import { ensureWebBuild } from './cli/web-build.ts';

export default async function setup(): Promise<void> {
  await ensureWebBuild((line) => process.stderr.write(`${line}\n`));
}

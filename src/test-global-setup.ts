// Once per test run, before any test file starts:
// - the web app is built (when missing or stale): the browser tests and `quorum start` tests serve
//   it, and several files building it at once would collide;
// - a migrated template database is made for the engine under test (store/test-db.ts): each test
//   database is a copy of it, not a migration from scratch.
import { ensureWebBuild } from './cli/web-build.ts';
import { createTemplate } from './store/test-db.ts';

export default async function setup(): Promise<() => Promise<void>> {
  await ensureWebBuild((line) => process.stderr.write(`${line}\n`));
  return createTemplate();
}

/**
 * `npm run dev`: Quorum's API (as `quorum start`, without serving the built app) and the web app
 * through Vite with hot reload; Vite proxies /api, /docs and sign-in links to the API.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { WEB_SOURCE_DIR } from './web-build.ts';

const apiPort = Number(process.env.PORT ?? 3000);
const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const api = spawn(process.execPath, ['--import', 'tsx', main, 'start', '--port', String(apiPort)], {
  stdio: 'inherit',
  env: { ...process.env, QUORUM_WEB: 'off' },
});
api.on('exit', (code) => process.exit(code ?? 1));

process.env.QUORUM_API_PORT = String(apiPort);
const vite = await createServer({ configFile: path.join(WEB_SOURCE_DIR, 'vite.config.ts'), logLevel: 'info' });
await vite.listen();
vite.printUrls();
process.stderr.write(`The API runs on http://127.0.0.1:${apiPort}; open the web app at the Vite URL above (hot reload).\n`);
const stop = () => {
  api.kill('SIGINT');
  void vite.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

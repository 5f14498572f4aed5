import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web app: its own Vite root (web/), built into dist/web, which `quorum serve` serves at `/`.
 * In development (`npm run dev`) Vite serves it with hot reload and proxies the API to Quorum.
 */
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    port: Number(process.env.QUORUM_DEV_PORT ?? 5173),
    strictPort: false,
    proxy: {
      '/api': `http://127.0.0.1:${process.env.QUORUM_API_PORT ?? 3000}`,
      '/sign-in/link': `http://127.0.0.1:${process.env.QUORUM_API_PORT ?? 3000}`,
      '/docs': `http://127.0.0.1:${process.env.QUORUM_API_PORT ?? 3000}`,
    },
  },
  logLevel: 'warn',
});

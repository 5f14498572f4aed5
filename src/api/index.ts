/** The API's public surface: what the CLI (serve, start) uses. */
export { API_PREFIX, buildApp } from './app.ts';
export type { App } from './app.ts';
export { logLevelFrom } from './request-log.ts';

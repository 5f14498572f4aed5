/** ZoomInfo GTM Data API: the contact provider client (token, search, enrich, limits, typed errors). */
export { DEFAULT_ZOOMINFO_CONFIG, ENRICH_BATCH, ZoomInfoClient, ZoomInfoError, zoomInfoErrorText, zoomInfoRuntime } from './client.ts';
export type { ZoomInfoConfig, ZoomInfoErrorCode, ZoomInfoRuntime } from './client.ts';

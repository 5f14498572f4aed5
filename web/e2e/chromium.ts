/**
 * Debian's Chromium as every browser run here starts it (browser tests, screenshots, the browser
 * benchmark): playwright-core downloads no browser, and without the background-networking flags
 * Chromium keeps trying to reach Google's hosts, which this machine's closed network refuses.
 */
export const CHROMIUM = process.env.QUORUM_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

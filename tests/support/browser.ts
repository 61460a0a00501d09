/**
 * Debian's Chromium driven by playwright-core; no browser is ever downloaded.
 * The flags keep Chromium off the network this machine does not have.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The flags every Chromium here starts with, driven by Playwright or run from the command line. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not at ${CHROMIUM_PATH}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
}

let workerBrowser: Promise<Browser> | undefined;

/**
 * The Chromium of this Vitest worker: launched on first use and shared by
 * the test files the worker runs one after another (they share modules:
 * `isolate: false`), instead of one launch a file (about 0.4 s). A file
 * opens contexts of its own and closes them when done
 * (closeContextsOf); Playwright closes the browser when the worker exits.
 * A browser that has gone away is launched again.
 */
export async function workerChromium(): Promise<Browser> {
  const browser = await workerBrowser;
  if (browser?.isConnected()) return browser;
  workerBrowser = launchChromium();
  return workerBrowser;
}

/** Closes every context of `browser`: what a test file opened, left for the next file a clean browser. */
export async function closeContextsOf(browser: Browser | undefined): Promise<void> {
  await Promise.all((browser?.contexts() ?? []).map((context) => context.close()));
}

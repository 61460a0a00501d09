/** A built site served on loopback and a Chromium to browse it, for one test file. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server.ts';
import { launchChromium } from './browser.ts';

export interface SiteSession {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/** Serves `dist()` and launches Chromium before the file's tests; closes both after. */
export function useSiteSession(dist: () => string): SiteSession {
  const session = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    session.server = await serveStatic(dist());
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

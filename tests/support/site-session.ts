/** A built site served on loopback and a Chromium to browse it, for one test file. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server.ts';
import { launchChromium } from './browser.ts';

export interface SiteSession {
  readonly server: StaticServer;
  readonly browser: Browser;
  /**
   * A page in a browser context with `options`, made on first use and
   * shared by the file's tests after that: each test navigates it first.
   * A new page costs Chromium a renderer process, about 0.3 s of CPU;
   * navigating one costs a third of that.
   */
  sharedPage(options?: BrowserContextOptions): Promise<Page>;
}

/** Serves `dist()` and launches Chromium before the file's tests; closes both after. */
export function useSiteSession(dist: () => string): SiteSession {
  const pages = new Map<string, Promise<Page>>();
  const session = {
    sharedPage(options: BrowserContextOptions = {}) {
      const key = JSON.stringify(options);
      let page = pages.get(key);
      if (!page) {
        page = session.browser.newContext(options).then((context) => context.newPage());
        pages.set(key, page);
      }
      return page;
    },
  } as { server: StaticServer; browser: Browser } & Pick<SiteSession, 'sharedPage'>;
  beforeAll(async () => {
    session.server = await serveStatic(dist());
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    // Closing the browser closes the shared pages' contexts.
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

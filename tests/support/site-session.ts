/** A built site served on loopback and a Chromium to browse it, for one test file. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server.ts';
import { closeContextsOf, workerChromium } from './browser.ts';

export interface SiteSession {
  readonly server: StaticServer;
  readonly browser: Browser;
  /**
   * A page in a browser context with `options`, made on first use and
   * shared by the file's tests after that: each test navigates it first.
   * A new page costs Chromium a renderer process, about 0.3 s of CPU;
   * navigating one costs a third of that. Each call gives it back as the
   * options made it, whatever the last test left: media features as in
   * `options`, the mouse in the top left corner. Calls must not overlap.
   */
  sharedPage(options?: BrowserContextOptions): Promise<Page>;
}

/** Serves `dist()` and takes the worker's Chromium before the file's tests; after them, stops serving and closes the file's contexts. */
export function useSiteSession(dist: () => string): SiteSession {
  const pages = new Map<string, Promise<Page>>();
  const session = {
    async sharedPage(options: BrowserContextOptions = {}) {
      const key = JSON.stringify(options);
      let made = pages.get(key);
      if (!made) {
        made = session.browser.newContext(options).then((context) => context.newPage());
        pages.set(key, made);
      }
      const page = await made;
      await page.emulateMedia({ colorScheme: options.colorScheme ?? null, reducedMotion: options.reducedMotion ?? null });
      await page.mouse.move(0, 0);
      return page;
    },
  } as { server: StaticServer; browser: Browser } & Pick<SiteSession, 'sharedPage'>;
  beforeAll(async () => {
    session.server = await serveStatic(dist());
    session.browser = await workerChromium();
  });
  afterAll(async () => {
    // The browser is the worker's: the file's contexts (its shared pages' and any a test left open) are closed.
    await closeContextsOf(session.browser);
    await session.server?.close();
  });
  return session;
}

/**
 * One page of `session` at a viewport, made before the block's tests and
 * shared by every block at that viewport (a phone's with touch).
 */
export function useViewportPage(session: SiteSession, viewport: { readonly width: number; readonly height: number; readonly phone: boolean }): { page: Page } {
  const current = {} as { page: Page };
  beforeAll(async () => {
    const { width, height, phone } = viewport;
    current.page = await session.sharedPage({ viewport: { width, height }, reducedMotion: 'reduce', isMobile: phone, hasTouch: phone });
  });
  return current;
}

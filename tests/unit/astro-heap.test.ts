import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { astroHeapFlags } from '../../src/cli/astro-heap.ts';

describe('the heap of the build process', () => {
  it('lets Astro grow past V8’s default 4 GB on a machine with the memory, below the machine’s memory', () => {
    const [flag] = astroHeapFlags('');
    const megabytes = Number(/^--max-old-space-size=(\d+)$/u.exec(flag ?? '')?.[1]);
    expect(megabytes).toBeGreaterThan(0);
    expect(megabytes).toBeLessThan(os.totalmem() / 1_048_576);
  });

  it('keeps a limit the user set in NODE_OPTIONS', () => {
    expect(astroHeapFlags('--enable-source-maps --max-old-space-size=2048')).toEqual([]);
  });
});

/**
 * One build at a time per checkout. Builds of one checkout share Astro's
 * folders (`.astro/`, where a build outside the project puts its
 * `.prerender/`; the content caches in node_modules), so a second build
 * waits for the first, naming its process.
 *
 * The lock is the file `.astro/build.lock`, naming the processes that build
 * (the CLI and its Astro child). It is created atomically (link(2) fails
 * when it exists), and a holder whose processes are all gone (killed, say)
 * is replaced atomically (rename(2)) by the one contender that wins that
 * holder's takeover marker, a file created the same way.
 *
 * `npm run add` takes a lock of the same kind in the articles folder
 * (acquireLock), so that its check for a text already in the dossier and its
 * write are one step.
 */
import { createHash, randomUUID } from 'node:crypto';
import { link, mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning, processIdentity } from '../lib/processes.ts';

interface Holder {
  /** processIdentity of each: the CLI first. */
  readonly processes: readonly string[];
  readonly started: string;
  /** Makes each holder's file unique, hence its takeover marker. */
  readonly id: string;
}

export interface BuildLock {
  /** Records another process (the Astro child) as building: the lock stays taken while any of them runs. */
  alsoHeldBy(pid: number): Promise<void>;
  release(): Promise<void>;
}

const POLL_MS = 250;
/** Takeover markers are kept this long after their creation (link(2) sets ctime): their winner has long replaced the dead holder. */
const MARKER_LIFETIME_MS = 60 * 60 * 1000;

const readIfExists = (file: string) =>
  readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });

function parseHolder(text: string): Holder {
  try {
    const { processes, started, id } = JSON.parse(text) as Holder;
    return { processes: processes.map(String), started: String(started), id: String(id) };
  } catch {
    return { processes: [], started: 'unknown', id: '' };
  }
}

/** link(2): creates `target` with the contents of `source` atomically; false if it exists. */
async function linkIfAbsent(source: string, target: string): Promise<boolean> {
  try {
    await link(source, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

const markerOf = (file: string, text: string) => `${file}.takeover-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;

/**
 * Whether this contender may replace `text`, a holder that is gone: it
 * created that holder's takeover marker (or, if the contender that did died
 * too, the next marker, keyed by that contender), and the lock is still
 * `text`. Nobody else can change it then: its holder is gone, and any other
 * contender lost the marker to a running one.
 */
async function winTakeover(file: string, text: string, ours: string): Promise<boolean> {
  let key = text;
  for (;;) {
    const marker = markerOf(file, key);
    if (await linkIfAbsent(ours, marker)) return (await readIfExists(file)) === text;
    const winner = await readIfExists(marker);
    if (winner === undefined) continue;
    if (parseHolder(winner).processes.some(isRunning)) return false;
    key = winner;
  }
}

/** What a contender tells the user: why it waits (naming the holder's process), and that it replaced a holder that is gone. */
export interface LockMessages {
  waiting(pid: string, started: string): string;
  tookOver(pid: string): string;
}

const BUILD_LOCK_MESSAGES: LockMessages = {
  waiting: (pid, started) => `Waiting for the build in process ${pid} (started ${started}) to finish: one build at a time per checkout.`,
  tookOver: (pid) => `Took over the build lock of process ${pid}, which is no longer running.`,
};

/** Waits until this process holds the checkout's build lock; `say` tells the user why it waits. */
export function acquireBuildLock(root: string, say: (message: string) => void): Promise<BuildLock> {
  return acquireLock(path.join(root, '.astro', 'build.lock'), BUILD_LOCK_MESSAGES, say);
}

/**
 * Waits until this process holds the lock `file` (see the module comment);
 * `say` tells the user why it waits. Its leftovers are files next to it whose
 * names start with its name.
 */
export async function acquireLock(file: string, messages: LockMessages, say: (message: string) => void): Promise<BuildLock> {
  await mkdir(path.dirname(file), { recursive: true });
  const ours = `${file}.${process.pid}-${randomUUID()}`;
  const holder: Holder = { processes: [processIdentity(process.pid)], started: new Date().toISOString(), id: randomUUID() };
  await writeFile(ours, JSON.stringify(holder));
  let announced = '';
  for (;;) {
    if (await linkIfAbsent(ours, file)) {
      await unlink(ours);
      break;
    }
    const text = await readIfExists(file);
    if (text === undefined) continue;
    const other = parseHolder(text);
    const otherPid = other.processes[0]?.split('@')[0] ?? '(unknown)';
    if (other.processes.some(isRunning)) {
      if (announced !== other.id) say(messages.waiting(otherPid, other.started));
      announced = other.id;
      await sleep(POLL_MS);
    } else if (await winTakeover(file, text, ours)) {
      await rename(ours, file);
      say(messages.tookOver(otherPid));
      break;
    } else {
      await sleep(POLL_MS / 5);
    }
  }
  await removeLeftovers(file);

  let processes = holder.processes;
  return {
    async alsoHeldBy(pid) {
      processes = [...processes, processIdentity(pid)];
      const next = `${file}.${process.pid}-${randomUUID()}`;
      await writeFile(next, JSON.stringify({ ...holder, processes }));
      await rename(next, file);
    },
    async release() {
      const text = await readIfExists(file);
      if (text !== undefined && parseHolder(text).id === holder.id) await unlink(file);
    },
  };
}

/** Files of contenders that were killed while waiting, and old takeover markers. */
async function removeLeftovers(file: string): Promise<void> {
  const prefix = `${path.basename(file)}.`;
  for (const name of await readdir(path.dirname(file))) {
    if (!name.startsWith(prefix)) continue;
    const full = path.join(path.dirname(file), name);
    const rest = name.slice(prefix.length);
    const stale = rest.startsWith('takeover-')
      ? await stat(full).then((s) => Date.now() - s.ctimeMs > MARKER_LIFETIME_MS, () => false)
      : !isRunning(Number(rest.split('-')[0]));
    if (stale) await unlink(full).catch(() => {});
  }
}

/**
 * Whether a process still runs, told apart from a later process that got
 * the same pid: the build lock names its holders this way, and builds
 * remove what a killed build left (its staging folders, its search
 * index's staged pages) only when the process that made it is gone.
 */
import { readFileSync } from 'node:fs';
import process from 'node:process';

/** The fields of /proc/<pid>/stat from the state on (the 3rd), or undefined without /proc (not Linux) or without the process. */
function procStat(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/**
 * A process as `<pid>@<start time>` where /proc tells its start time (the
 * 22nd field), else `<pid>`: after a while a pid alone may be another process's.
 */
export function processIdentity(pid: number): string {
  const start = procStat(pid)?.[19];
  return start ? `${pid}@${start}` : String(pid);
}

/** Whether the process (a pid, or a processIdentity) still runs. */
export function isRunning(identity: number | string): boolean {
  const [pid, start] = String(identity).split('@').map(Number);
  if (!Number.isInteger(pid) || pid! <= 0) return false;
  try {
    process.kill(pid!, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const fields = procStat(pid!);
  if (fields === undefined) return start === undefined;
  // A zombie has exited: only its exit status is left for its parent to collect.
  return fields[0] !== 'Z' && fields[0] !== 'X' && (start === undefined || Number(fields[19]) === start);
}

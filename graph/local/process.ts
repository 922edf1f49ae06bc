/** Is the pid in our pid file a live Neo4j of this instance? Linux answers from /proc. */
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';

function procFile(pid: number, name: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${name}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** True while the process exists and is not a zombie waiting to be reaped. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = procFile(pid, 'stat');
  if (stat === undefined) return !existsSync('/proc/self');
  // Field 3, after the parenthesised command name, is the state.
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
}

/** True when `pid` is a live server started for `dbDir` (guards against a reused pid). */
export function isServerProcess(pid: number, mainClass: string, dbDir: string): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = procFile(pid, 'cmdline');
  if (cmdline === undefined) return true;
  return cmdline.includes(mainClass) && cmdline.includes(dbDir);
}

/** True when something accepts TCP connections on host:port. */
export function isPortInUse(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (inUse: boolean) => {
      socket.destroy();
      resolve(inUse);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

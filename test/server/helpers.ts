import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, type StartOptions, startServer } from '../../server/main';

// A real sandbox server on an ephemeral port over a temp SQLite file, and Seat API calls to it.

export const NOW = new Date('2026-11-22T09:00:00Z');

export const tokens = {
  agent: 'test-agent',
  tenants: {
    'qics-demo': 'test-qics',
    'am-demo': 'test-am',
    'echo-teams': 'test-echo-teams',
    'echo-members': 'test-echo-members',
    'citizenlab-demo': 'test-citizenlab',
  },
};

export const PORTAL = 'https://portal.example';

export interface Sandbox extends RunningServer {
  dir: string;
  dataFile: string;
  /** The server's log lines (failed authentications, rate limits, failures), kept off the test output. */
  logs: string[];
  /** Stops the server and deletes the temp folder. */
  dispose(): Promise<void>;
}

export function tempDataFile(): { dir: string; dataFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'seatguard-'));
  return { dir, dataFile: join(dir, 'sandbox.sqlite') };
}

export async function startSandbox(
  dataFile = tempDataFile(),
  options: Partial<StartOptions> = {},
): Promise<Sandbox> {
  const logs: string[] = [];
  const server = await startServer({
    port: 0,
    dataFile: dataFile.dataFile,
    tokens,
    corsOrigins: [PORTAL],
    now: () => NOW,
    log: (line) => logs.push(line),
    ...options,
  });
  const dispose = async () => {
    await server.close();
    rmSync(dataFile.dir, { recursive: true, force: true });
  };
  return { ...server, ...dataFile, logs, dispose };
}

export function api(base: string, path: string, token?: string, headers: Record<string, string> = {}) {
  const auth: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  return fetch(`${base}${path}`, { headers: { ...auth, ...headers } });
}

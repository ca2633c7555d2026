import { builtInAdapters, SANDBOX_API } from '../../hosts';
import { connectionsItem, type HostConnection, readConnections } from '../shared/config';

/** Any sandbox server's base, whatever its port: what this preset wrote under an earlier build. */
const SANDBOX_BASE = /^http:\/\/(?:127\.0\.0\.1|localhost):\d+\/$/;

/** The sandbox server's default token for an adapter: its tenant's, or the agent's for the one serving every large tenant. */
function sandboxToken(adapterId: string): string {
  return adapterId === 'sandbox-large' ? 'sandbox-agent' : `sandbox-${adapterId.replace(/^sandbox-/, '')}`;
}

/** Unset, or set by this preset (a sandbox base and the default token): not something the admin typed. */
function isPreset(connection: HostConnection | undefined, adapterId: string): boolean {
  return (
    !connection || (SANDBOX_BASE.test(connection.baseUrl) && connection.token === sandboxToken(adapterId))
  );
}

/**
 * Fills in the sandbox server's base and default tokens (server/main.ts) for hosts the admin has not
 * configured, and moves its own earlier entries to this build's base (a rebuild for another SEATGUARD_PORT).
 */
export async function seedSandboxConnections(): Promise<void> {
  const connections = await readConnections();
  for (const adapter of builtInAdapters) {
    if (isPreset(connections[adapter.id], adapter.id))
      connections[adapter.id] = { baseUrl: SANDBOX_API, token: sandboxToken(adapter.id) };
  }
  await connectionsItem.setValue(connections);
}

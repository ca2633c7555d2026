import { builtInAdapters } from '../../hosts';
import { connectionsItem, readConnections } from '../shared/config';

const SANDBOX_API = 'http://127.0.0.1:5178/';

/** The sandbox server's default token for an adapter: its tenant's, or the agent's for the one serving every large tenant. */
function sandboxToken(adapterId: string): string {
  return adapterId === 'sandbox-large' ? 'sandbox-agent' : `sandbox-${adapterId.replace(/^sandbox-/, '')}`;
}

/** Fills in the sandbox server's default tokens (server/main.ts) for hosts the admin has not configured. */
export async function seedSandboxConnections(): Promise<void> {
  const connections = await readConnections();
  for (const adapter of builtInAdapters) {
    connections[adapter.id] ??= { baseUrl: SANDBOX_API, token: sandboxToken(adapter.id) };
  }
  await connectionsItem.setValue(connections);
}

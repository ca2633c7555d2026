import { builtInAdapters } from '../../hosts';
import { connectionsItem, readConnections } from '../shared/config';

const SANDBOX_API = 'http://127.0.0.1:5178/';

/** Fills in the sandbox server's default tokens (server/main.ts) for hosts the admin has not configured. */
export async function seedSandboxConnections(): Promise<void> {
  const connections = await readConnections();
  for (const adapter of builtInAdapters) {
    const tenant = adapter.id.replace(/^sandbox-/, '');
    connections[adapter.id] ??= { baseUrl: SANDBOX_API, token: `sandbox-${tenant}` };
  }
  await connectionsItem.setValue(connections);
}

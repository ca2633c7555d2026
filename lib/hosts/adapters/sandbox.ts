import type { ChangeRuleInput, HostAdapterInput } from '../schema';

// The sandbox admin sites of server/ share one URL scheme and one form markup (server/sandbox/README.md).

/** The sandbox server's default port (server/config.ts). */
export const SANDBOX_PORT = 5178;

/** wxt.config.ts bakes the sandbox flavour's base in at build time; elsewhere it is undefined. */
declare const __SEATGUARD_SANDBOX_API__: string | undefined;
/** wxt.config.ts names the build: `production`, `sandbox` (npm start) or `e2e` (the browser tests). */
declare const __SEATGUARD_FLAVOUR__: string | undefined;

/** The store build ships no sandbox adapters; the sandbox and e2e builds, the server and tests know them. */
export const SHIPS_SANDBOX: boolean =
  typeof __SEATGUARD_FLAVOUR__ !== 'string' || __SEATGUARD_FLAVOUR__ !== 'production';

/**
 * The sandbox's Seat API base for a SEATGUARD_PORT value: the one base every sandbox adapter and the sandbox
 * flavour's preset use. Throws a sentence naming the variable when the value is not a port.
 */
export function sandboxApiBase(port: string | undefined = undefined): string {
  const value = port?.trim() || String(SANDBOX_PORT);
  const number = Number(value);
  if (!/^\d{1,5}$/.test(value) || number < 1 || number > 65535)
    throw new Error(
      `SEATGUARD_PORT=${JSON.stringify(port)} is not a port the extension can be built for; expected a whole number from 1 to 65535, e.g. SEATGUARD_PORT=${SANDBOX_PORT}`,
    );
  return `http://127.0.0.1:${number}/`;
}

/** The Seat API base of every sandbox adapter: SEATGUARD_PORT's at build time in the sandbox flavour. */
export const SANDBOX_API: string =
  typeof __SEATGUARD_SANDBOX_API__ === 'string' ? __SEATGUARD_SANDBOX_API__ : sandboxApiBase();

export const SANDBOX_TENANT_PATH = '^/t/(?<tenant>[a-z0-9-]+)/admin(?:/|$)';

/** The sandbox's admin pages of a tenant (`*` for several), on the sandbox server's own port only. */
export function sandboxPages(tenant: string): string[] {
  const { port } = new URL(SANDBOX_API);
  return [`http://127.0.0.1:${port}/t/${tenant}/admin*`, `http://localhost:${port}/t/${tenant}/admin*`];
}

export const byAction = (resource: 'users' | 'teams') => ({ action: `/${resource}/(?<id>[^/]+)/[a-z]+$` });
export const userById = { action: '/users/(?<id>[^/]+)$' };

export function userForms(
  fields: Extract<ChangeRuleInput, { kind: 'add-user' }>['fields'],
  confirm?: string,
) {
  return [
    { form: 'form#user-create', change: { kind: 'add-user' as const, fields }, ...(confirm && { confirm }) },
    {
      form: 'form#user-edit',
      change: { kind: 'update-user' as const, id: userById, fields },
      ...(confirm && { confirm }),
    },
    { form: 'form[id^="user-delete-"]', change: { kind: 'remove-user' as const, id: byAction('users') } },
  ];
}

export const licenceForm = {
  form: 'form#licence-form',
  change: { kind: 'set-purchased' as const, pool: { name: 'pool' }, purchased: { name: 'purchased' } },
};

export function sandboxAdapter(
  tenant: string,
  name: string,
  rest: Partial<HostAdapterInput>,
): HostAdapterInput {
  return {
    id: `sandbox-${tenant}`,
    name,
    matches: sandboxPages(tenant),
    tenant: { path: SANDBOX_TENANT_PATH },
    api: { baseUrl: SANDBOX_API },
    raise: { href: `/t/{tenant}/admin/licence` },
    admin: { href: '/t/{tenant}/admin/users' },
    // A user's edit page; teams are archived from their list (server/sandbox/README.md).
    links: { user: '/t/{tenant}/admin/users/{id}', team: '/t/{tenant}/admin/teams' },
    ...rest,
  };
}

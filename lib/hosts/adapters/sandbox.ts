import type { ChangeRuleInput, HostAdapterInput } from '../schema';

// The sandbox admin sites of server/ share one URL scheme and one form markup (server/sandbox/README.md).

export const SANDBOX_TENANT_PATH = '^/t/(?<tenant>[a-z0-9-]+)/admin(?:/|$)';

export function sandboxPages(tenant: string): string[] {
  return [`http://127.0.0.1/t/${tenant}/admin*`, `http://localhost/t/${tenant}/admin*`];
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
    api: { baseUrl: 'http://127.0.0.1:5178/' },
    raise: { href: `/t/{tenant}/admin/licence` },
    admin: { href: '/t/{tenant}/admin/users' },
    // A user's edit page; teams are archived from their list (server/sandbox/README.md).
    links: { user: '/t/{tenant}/admin/users/{id}', team: '/t/{tenant}/admin/teams' },
    ...rest,
  };
}

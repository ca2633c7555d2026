export const TOKEN = 'sandbox-token.1';

export const seatsBody = {
  policy: {
    tenant: 'acme-demo',
    name: 'Acme',
    currency: 'EUR',
    contract: { start: '2026-01-01', cycle: 'month' },
    pools: [
      {
        id: 'logins',
        counts: { kind: 'logins' },
        included: 1,
        purchased: 4,
        enforce: 'block',
        billing: 'purchased',
        price: { amount: 1500, per: 'month' },
      },
    ],
  },
  snapshot: { users: [{ id: 'u1' }, { id: 'u2', login: false }] },
};

export const badEnforceBody = {
  ...seatsBody,
  policy: { ...seatsBody.policy, pools: [{ ...seatsBody.policy.pools[0], enforce: 'sometimes' }] },
};

export const searchBody = {
  tenants: [
    {
      id: 'acme-demo',
      name: 'Acme',
      level: 'near',
      pools: [{ id: 'logins', label: 'Logins', used: 4, limit: 5 }],
    },
  ],
};

export function problem(status: number, title: string, detail?: string) {
  return { type: 'about:blank', title, status, ...(detail === undefined ? {} : { detail }) };
}

import type { SeatsResponse } from '../../lib/api/schemas';

// A small tenant whose one pool reports a vendor count, so a test sets usage with a number.

export const TENANT = 'acme-demo';

export function seatsBody(used: number, tenant = TENANT): SeatsResponse {
  return {
    policy: {
      tenant,
      name: 'Acme BV',
      currency: 'EUR',
      contract: { start: '2026-01-01', cycle: 'month' },
      warnAt: 0.8,
      pools: [
        {
          id: 'users',
          label: 'Users',
          counts: { kind: 'logins' },
          included: 1,
          purchased: 24,
          enforce: 'block',
          billing: 'purchased',
          price: { amount: 1500, per: 'month' },
        },
      ],
    },
    snapshot: {
      asOf: '2026-11-22T09:00:00Z',
      users: [],
      employees: [],
      profiles: [],
      teams: [],
      counts: { users: used },
    },
  };
}

export interface Reply {
  status: number;
  body?: unknown;
  etag?: string;
}

export interface FakeApi {
  fetch: typeof fetch;
  /** Authorization and If-None-Match of every request, in order. */
  calls: { url: string; authorization: string | null; ifNoneMatch: string | null }[];
  /** What the next requests get; the last reply repeats. */
  replies: Reply[];
}

/** A Seat API in memory: answers seat requests from `replies`, recording what was sent. */
export function fakeApi(...replies: Reply[]): FakeApi {
  const api: FakeApi = {
    calls: [],
    replies,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      api.calls.push({
        url: request.url,
        authorization: request.headers.get('authorization'),
        ifNoneMatch: request.headers.get('if-none-match'),
      });
      const reply = api.replies.length > 1 ? (api.replies.shift() as Reply) : api.replies[0];
      return respond(reply ?? { status: 500 });
    },
  };
  return api;
}

function respond({ status, body, etag }: Reply): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (etag) headers.etag = etag;
  const text = body === undefined ? null : JSON.stringify(body);
  return new Response(status === 304 ? null : text, { status, headers });
}

export const problem = (status: number) => ({ status, body: { type: 'about:blank', title: 'x', status } });

let apis = 0;
/** A Seat API base no other test uses, so that the module-level cache never carries over between tests. */
export function freshApiBase(): string {
  apis += 1;
  return `https://seat-api-${apis}.test/`;
}

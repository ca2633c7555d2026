import type { Handler } from 'hono';
import { resetSandbox } from '../db/seed';
import type { Deps } from '../deps';
import { sandboxTenants } from '../sandbox/tenants';
import type { ApiEnv } from './auth';

/** POST /v1/sandbox/reset → the five tenants, and the large ones asked for, as seeded, 204. */
export function reset({ db, now, large }: Deps): Handler<ApiEnv> {
  return (c) => {
    resetSandbox(db, now(), sandboxTenants, large);
    return c.body(null, 204);
  };
}

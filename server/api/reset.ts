import type { Handler } from 'hono';
import { resetSandbox } from '../db/seed';
import type { Deps } from '../deps';
import type { ApiEnv } from './auth';

/** POST /v1/sandbox/reset → the five tenants as seeded, 204. */
export function reset({ db, now }: Deps): Handler<ApiEnv> {
  return (c) => {
    resetSandbox(db, now());
    return c.body(null, 204);
  };
}

import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { findTenant } from '../db/tenants';
import type { Deps } from '../deps';
import { createCsrfTokens, csrf } from './csrf';
import type { AdminEnv } from './env';
import { messagePage } from './pages';
import { notFoundPage } from './plain-pages';
import { employeeRoutes } from './routes/employees';
import { inviteRoutes } from './routes/invite';
import { licenceRoutes } from './routes/licence';
import { teamRoutes } from './routes/teams';
import { userRoutes } from './routes/users';
import { sites } from './sites';
import { adminUrl } from './urls';

/** The sandbox host admin site of one tenant, mounted at /t/:tenant/admin, in its vendor's look. */
export function adminSite(deps: Deps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.use('*', async (c, next) => {
    const tenant = findTenant(deps.db, c.req.param('tenant') ?? '');
    if (!tenant) return notFoundPage(c);
    c.set('tenant', tenant);
    c.set('site', sites[tenant.site]);
    await next();
  });
  // Admin forms are a few short fields; anything bigger is not one of them.
  app.use('*', bodyLimit({ maxSize: 64 * 1024 }));
  // A key per start, like the widget tokens': a restart asks open forms to be loaded again.
  const tokens = createCsrfTokens(randomBytes(32));
  app.use(
    '*',
    csrf(tokens, deps.own, deps.now, (c) => messagePage(c, 403)),
  );
  app.get('/', (c) => c.redirect(adminUrl(c.var.tenant.id, 'users'), 302));
  inviteRoutes(app, deps);
  userRoutes(app, deps);
  employeeRoutes(app, deps);
  teamRoutes(app, deps);
  licenceRoutes(app, deps);
  return app;
}

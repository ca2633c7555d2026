/** @jsxImportSource hono/jsx */
import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import { render } from './admin/render';
import { HomePage } from './admin/views/home-page';
import { listTenants } from './db/tenants';
import type { Deps } from './deps';

const css = readFileSync(new URL('./assets/admin.css', import.meta.url), 'utf8');

/** The sandbox index and the admin sites' stylesheet. */
export function sandboxHome(app: Hono, { db }: Deps): void {
  app.get('/', (c) => render(c, 200, <HomePage tenants={listTenants(db)} />));
  app.get('/assets/admin.css', (c) =>
    c.body(css, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }),
  );
}

/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import { render } from './admin/render';
import { HomePage } from './admin/views/home-page';
import { listTenants } from './db/tenants';
import type { Deps } from './deps';

const css = readFileSync(new URL('./assets/admin.css', import.meta.url), 'utf8');
// The extension's own icon, so the sandbox's tabs are recognisable and browsers stop asking in vain.
const icon = readFileSync(new URL('../public/icon/32.png', import.meta.url));

/** The sandbox index, the admin sites' stylesheet and the favicon. */
export function sandboxHome(app: Hono, { db }: Deps): void {
  app.get('/', (c) => render(c, 200, <HomePage tenants={listTenants(db)} />));
  app.get('/assets/admin.css', (c) =>
    c.body(css, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }),
  );
  app.get('/favicon.ico', (c) =>
    c.body(icon, 200, { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' }),
  );
}

import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';

export type PageStatus = 200 | 400 | 403 | 404 | 409 | 500;

/** An HTML page with its doctype; never cached, since pages show live seat counts. */
export async function render(c: Context, status: PageStatus, page: JSX.Element): Promise<Response> {
  c.header('Cache-Control', 'no-store');
  return c.html(`<!doctype html>${await page}`, status);
}

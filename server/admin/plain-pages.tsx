/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Context } from 'hono';
import { render } from './render';
import { PlainPage } from './views/plain-page';

/** An unknown page or tenant outside any vendor's site. */
export function notFoundPage(c: Context): Promise<Response> {
  return render(c, 404, <PlainPage title="Not found">This page does not exist.</PlainPage>);
}

export function failurePage(c: Context): Promise<Response> {
  return render(
    c,
    500,
    <PlainPage title="Something went wrong">The server failed to answer this page.</PlainPage>,
  );
}

/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Context } from 'hono';
import type { Deps } from '../deps';
import type { AdminEnv } from './env';
import { render } from './render';
import type { TenantView } from './sites/types';
import { loadView } from './view';
import { MessagePage } from './views/message-page';

/** The tenant as the current request's page shows it. */
export function viewOf(c: Context<AdminEnv>, deps: Deps): TenantView {
  return loadView(deps.db, c.var.tenant, deps.now());
}

/** A 400, 403 or 404 page in the vendor's language. */
export function messagePage(c: Context<AdminEnv>, status: 400 | 403 | 404): Promise<Response> {
  const kind = status === 400 ? 'invalid' : status === 403 ? 'forbidden' : 'notFound';
  const { title, body } = c.var.site.text.pages[kind];
  return render(c, status, <MessagePage site={c.var.site} tenant={c.var.tenant} title={title} body={body} />);
}

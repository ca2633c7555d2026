/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import { existsSync, readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { isLang } from '../../lib/i18n';
import { render } from '../admin/render';
import { listTenants } from '../db/tenants';
import type { Deps } from '../deps';
import { clientAddress, limiter } from '../http/rate-limit';
import { PartnerPage } from './page';
import { mintToken } from './token';
import { WIDGET_BUILD, widgetScript } from './widget-script';

const asset = (name: string) => readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');
const portalScript = asset('portal.js');
const portalStyles = asset('portal.css');

// The strictest policy a portal might have: the widget must work without inline script, inline style or eval.
const strictPage = secureHeaders({
  strictTransportSecurity: false,
  contentSecurityPolicy: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"] },
});

/** The sandbox partner portal at /partner: <seat-usage> for the five tenants, and the token endpoint. */
export function partnerPortal(deps: Deps): Hono {
  const portal = new Hono();
  portal.use('*', strictPage);
  // Both mint widget tokens: the page one per tenant, the endpoint one per call.
  const mints = limiter('mint', clientAddress, clientAddress, deps.limits);
  portal.get('/', mints, (c) => {
    const now = deps.now();
    const widgets = listTenants(deps.db).map((tenant) => ({
      tenant,
      ...deps.widgetTokens.mint(tenant.id, now),
    }));
    const lang = c.req.query('lang');
    // The own origin the request named (the host check let no other through), never a host as sent.
    const url = new URL(c.req.url);
    const api = deps.own.ofHost(url.host) ?? deps.own.list[0] ?? '';
    // Without the build every card would stay empty without a word: say so on the page.
    const built = existsSync(WIDGET_BUILD);
    const page = (
      <PartnerPage api={api} widgets={widgets} lang={isLang(lang) ? lang : undefined} built={built} />
    );
    return render(c, 200, page);
  });
  portal.get('/portal.js', (c) =>
    c.body(portalScript, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
  );
  portal.get('/portal.css', (c) => c.body(portalStyles, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  portal.get('/seat-usage.iife.js', widgetScript());
  // The request is `{"tenant": "…"}`: a few dozen bytes, never megabytes held in memory.
  portal.post('/token', mints, bodyLimit({ maxSize: 1024 }), mintToken(deps));
  return portal;
}

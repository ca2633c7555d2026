/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Lang } from '../../lib/i18n';
import type { MintedToken } from '../api/widget-tokens';
import type { TenantRow } from '../db/tenants';

/** A tenant and the short-lived token minted for it as the page was rendered. */
export interface PortalWidget extends MintedToken {
  tenant: TenantRow;
}

export interface PartnerPageProps {
  /** The Seat API base the widgets call: this server's own origin. */
  api: string;
  widgets: readonly PortalWidget[];
  /** Whether dist/seat-usage.iife.js exists; the page says what to run when it does not. */
  built?: boolean;
  lang: Lang | undefined;
}

/** A partner portal embedding <seat-usage>: one script tag, no inline script or style, strict CSP. */
export function PartnerPage({ api, widgets, lang, built = true }: PartnerPageProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Partner portal · seatguard sandbox</title>
        <link rel="stylesheet" href="/partner/portal.css" />
        <script src="/partner/seat-usage.iife.js" defer />
        <script src="/partner/portal.js" type="module" />
      </head>
      <body>
        <header class="portal-header">
          <h1>Partner portal</h1>
          <p>
            Each card is a <code>&lt;seat-usage&gt;</code> element with a token minted for its tenant alone,
            valid until {widgets[0]?.expiresAt}. This page allows no inline script or style.
          </p>
        </header>
        {!built && (
          <p class="portal-missing" role="alert">
            The &lt;seat-usage&gt; widget is not built, so the cards below stay empty: run{' '}
            <code>npm run build:widget</code> (npm start does it), then reload.
          </p>
        )}
        <main class="portal">
          <section class="portal-grid" aria-label="Tenants">
            {widgets.map(({ tenant, token }) => (
              <article class="portal-card" data-tenant={tenant.id}>
                <h2>{tenant.name}</h2>
                <seat-usage tenant={tenant.id} api={api} token={token} lang={lang} what-if="" />
              </article>
            ))}
          </section>
          <section class="portal-card" aria-labelledby="provider-title">
            <h2 id="provider-title">Token provider</h2>
            <p>
              No token attribute: <code>portal.js</code> sets <code>tokenProvider</code>, which asks{' '}
              <code>POST /partner/token</code> for a fresh token, and again when the Seat API answers 401.
            </p>
            <seat-usage
              tenant="qics-demo"
              api={api}
              lang={lang}
              variant="compact"
              label="Bureau Jansen, through tokenProvider"
              data-token-provider=""
            />
          </section>
          <section class="portal-card" aria-labelledby="events-title">
            <h2 id="events-title">Events</h2>
            <button type="button" id="clear-events">
              Clear
            </button>
            <ol id="events" aria-live="polite" />
          </section>
        </main>
      </body>
    </html>
  );
}

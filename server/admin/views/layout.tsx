/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Child } from 'hono/jsx';
import type { PageId, Site } from '../sites/types';
import { adminUrl } from '../urls';

interface LayoutProps {
  site: Site;
  tenant: { id: string; name: string };
  page: PageId | undefined;
  title: string;
  /** Shown top right of the page header, e.g. "25 gebruikers". */
  count?: string | undefined;
  flash?: string | undefined;
  /** A refused or invalid write, in the vendor's words. */
  alert?: string | undefined;
  children?: Child;
}

/** The vendor's page frame; `header.page-header` is where the extension's panel mounts. */
export function Layout({ site, tenant, page, title, count, flash, alert, children }: LayoutProps) {
  return (
    <html lang={site.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${site.brand}`}</title>
        <link rel="stylesheet" href="/assets/admin.css" />
      </head>
      <body class={`site site-${site.id}`} data-tenant={tenant.id}>
        <div class="topbar">
          <span class="brand">{site.brand}</span>
          <span class="tenant-name">{tenant.name}</span>
        </div>
        <div class="frame">
          <nav class="nav">
            <ul>
              {site.pages.map((p) => (
                <li>
                  <a href={adminUrl(tenant.id, p.id)} aria-current={p.id === page ? 'page' : undefined}>
                    {p.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <main class="content">
            <header class="page-header">
              <h1>{title}</h1>
              {count ? <p class="page-count">{count}</p> : null}
            </header>
            {flash ? (
              <p class="flash" role="status">
                {flash}
              </p>
            ) : null}
            {alert ? (
              <p class="alert" role="alert">
                {alert}
              </p>
            ) : null}
            {children}
          </main>
        </div>
      </body>
    </html>
  );
}

/** The hidden field that repeats the CSRF cookie in every form. */
export function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

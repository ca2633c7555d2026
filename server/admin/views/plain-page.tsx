/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Child } from 'hono/jsx';

/** A page outside any tenant's site (the sandbox index, unknown pages), in English. */
export function PlainPage({ title, children }: { title: string; children?: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · seatguard sandbox`}</title>
        <link rel="stylesheet" href="/assets/admin.css" />
      </head>
      <body class="site site-sandbox">
        <main class="content">
          <header class="page-header">
            <h1>{title}</h1>
          </header>
          {children}
        </main>
      </body>
    </html>
  );
}

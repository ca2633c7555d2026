/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Site } from '../sites/types';
import { Layout } from './layout';

/** A page that only says what went wrong (403, 404, 400) inside the vendor's frame. */
export function MessagePage(props: {
  site: Site;
  tenant: { id: string; name: string };
  title: string;
  body: string;
}) {
  const { site, tenant, title, body } = props;
  return (
    <Layout site={site} tenant={tenant} page={undefined} title={title}>
      <p class="message">{body}</p>
    </Layout>
  );
}

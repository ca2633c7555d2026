// An admin browser without a browser: the flash cookie kept by hand, the Origin a browser sends, redirects
// not followed.

const tenantOf = (path: string) => /^\/t\/([^/?]+)\//.exec(path)?.[1] ?? '';

/** An admin browser session: each tenant's latest page's CSRF token, and a flash cookie when one is set. */
export class Session {
  private cookies = new Map<string, string>();
  /** The CSRF token of the latest page loaded. */
  csrf = '';
  /** Per tenant, the token of its latest page: a token is good for its own tenant's forms only. */
  private readonly tokens = new Map<string, string>();

  constructor(readonly base: string) {}

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      this.cookies.set(name, value);
    }
  }

  /** A cookie set for this host by another page: cookies ignore ports, so any port of 127.0.0.1 can. */
  plant(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  private get cookie() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(path: string): Promise<{ status: number; html: string }> {
    const response = await fetch(`${this.base}${path}`, {
      headers: { Cookie: this.cookie },
      redirect: 'manual',
    });
    this.remember(response);
    const html = await response.text();
    const token = /name="_csrf" value="([\w.-]+)"/.exec(html)?.[1];
    if (token !== undefined) {
      this.csrf = token;
      this.tokens.set(tenantOf(path), token);
    }
    return { status: response.status, html };
  }

  /** The token of the path's tenant, from a page of that tenant: loads its users page first if none was. */
  private async tokenFor(path: string): Promise<string> {
    const tenant = tenantOf(path);
    if (!this.tokens.has(tenant)) await this.get(`/t/${tenant}/admin/users`);
    return this.tokens.get(tenant) ?? '';
  }

  /**
   * Posts a form as a browser on `origin`'s page would; pairs repeat a name for several checkboxes. Without
   * `csrf`, the token of a page of the path's tenant; null sends none.
   */
  async post(
    path: string,
    fields: [string, string][],
    token?: string | null,
    origin: string | null = this.base,
  ) {
    const csrf = token === undefined ? await this.tokenFor(path) : token;
    const body = new URLSearchParams(csrf === null ? fields : [['_csrf', csrf], ...fields]);
    const headers: Record<string, string> = {
      Cookie: this.cookie,
      'Content-Type': 'application/x-www-form-urlencoded',
    };
    if (origin !== null) headers.Origin = origin;
    const response = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
    });
    this.remember(response);
    const html = await response.text();
    return { status: response.status, location: response.headers.get('location'), html };
  }
}

/** A session that has loaded one page, so it holds a CSRF token. */
export async function session(base: string, page = '/t/qics-demo/admin/users'): Promise<Session> {
  const s = new Session(base);
  await s.get(page);
  return s;
}

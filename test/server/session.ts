// An admin browser without a browser: the CSRF and flash cookies kept by hand, redirects not followed.

/** An admin browser session: the CSRF cookie and token, and a flash cookie when one is set. */
export class Session {
  private cookies = new Map<string, string>();
  csrf = '';

  constructor(readonly base: string) {}

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      this.cookies.set(name, value);
    }
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
    this.csrf = /name="_csrf" value="([\w-]+)"/.exec(html)?.[1] ?? this.csrf;
    return { status: response.status, html };
  }

  /** Posts a form as a browser would; pairs repeat a name for several checkboxes. */
  async post(path: string, fields: [string, string][], csrf: string | null = this.csrf) {
    const body = new URLSearchParams(csrf === null ? fields : [['_csrf', csrf], ...fields]);
    const response = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { Cookie: this.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
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

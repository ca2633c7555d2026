import type { Tokens } from './api/tokens';

const column = (text: string) => text.padEnd(18);

/** What npm start prints: where everything is and the tokens to call the API with. */
export function banner(
  url: string,
  tenants: readonly { id: string; name: string }[],
  tokens: Tokens,
  dataFile: string,
  widgetBuilt: boolean,
): string {
  const sites = tenants.map((t) => `  ${column(t.id)}${t.name.padEnd(20)}${url}/t/${t.id}/admin/users`);
  const tenantTokens = Object.entries(tokens.tenants).map(([id, token]) => `  ${column(id)}${token}`);
  return [
    `seatguard sandbox on ${url}  (data: ${dataFile})`,
    '',
    'Admin sites',
    ...sites,
    '',
    // The client adds `v1/…` itself: the base is what the options page's "Seat API base URL" field takes.
    `Seat API   ${url}/  (the base URL to paste into seatguard's options; it serves ${url}/v1/…)`,
    `OpenAPI    ${url}/v1/openapi.json`,
    widgetBuilt
      ? `Partner    ${url}/partner  (a partner portal with the <seat-usage> widget)`
      : `Partner    ${url}/partner  (the <seat-usage> widget, once \`npm run build:widget\` built it)`,
    '',
    'Tokens (Authorization: Bearer TOKEN)',
    `  ${column('agent')}${tokens.agent}`,
    ...tenantTokens,
    '',
    'Ctrl+C stops the server.',
    '',
  ].join('\n');
}

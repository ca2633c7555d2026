/** Where a tenant's admin pages live: /t/:tenant/admin/… */
export function adminUrl(tenant: string, ...path: string[]): string {
  return ['', 't', tenant, 'admin', ...path].map(encodeURIComponent).join('/');
}

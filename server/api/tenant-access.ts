import * as z from 'zod/mini';
import { TenantId } from '../../lib/api/schemas';
import type { Principal } from './tokens';

/**
 * Whether a principal may read a tenant. A tenant token gets 403 for anything but its own existing
 * tenant, so it never learns whether another exists (seat-api.md); an agent gets 404 for unknown ids.
 */
export function tenantAccess(
  principal: Principal,
  id: string,
  exists: (id: string) => boolean,
): 200 | 403 | 404 {
  const known = z.safeParse(TenantId, id).success && exists(id);
  if (principal.kind === 'tenant') return principal.tenant === id && known ? 200 : 403;
  return known ? 200 : 404;
}

import type { TenantRow } from '../db/tenants';
import type { Site } from './sites/types';

type FormBody = Record<string, string | File | (string | File)[]>;

/** Per-request values of the admin site, set by its middleware. */
export type AdminEnv = {
  Variables: { tenant: TenantRow; site: Site; csrf: string; form: FormBody };
};

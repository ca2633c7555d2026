import * as z from 'zod/mini';
import { type SandboxTenant, SandboxTenant as Schema } from '../schema';
import { amDemo } from './am-demo';
import { citizenlabDemo } from './citizenlab-demo';
import { echoMembers } from './echo-members';
import { echoTeams } from './echo-teams';
import { qicsDemo } from './qics-demo';

/** The five sandbox tenants of seat-api.md, one per licensing model, parsed once at load. */
export const sandboxTenants: readonly SandboxTenant[] = [
  qicsDemo,
  amDemo,
  echoTeams,
  echoMembers,
  citizenlabDemo,
].map((tenant) => z.parse(Schema, tenant));

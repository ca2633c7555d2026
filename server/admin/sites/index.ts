import type { SiteId } from '../../sandbox/schema';
import { am } from './am';
import { citizenlab } from './citizenlab';
import { echo } from './echo';
import { large } from './large';
import { qics } from './qics';
import type { Site } from './types';

/** The vendor admin sites the sandbox tenants are served with, by the tenant's `site`. */
export const sites: Readonly<Record<SiteId, Site>> = { qics, am, echo, citizenlab, large };

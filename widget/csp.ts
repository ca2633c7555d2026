import { config } from 'zod/mini';
import { pageHasZod, ZOD_CONFIG } from './zod-global';

// Before any schema exists (architecture.md: no eval). zod/mini's objects build no code from strings today;
// jitless keeps every zod path off `new Function`, whose probe a strict CSP reports even when caught.
config({ jitless: true });

// Our zod keeps its own reference to the config; the global would be a second name on the page's window.
if (!pageHasZod) Reflect.deleteProperty(globalThis, ZOD_CONFIG);

/** zod shares its config through this global; the widget removes it unless the page's own zod made it. */
export const ZOD_CONFIG = '__zod_globalConfig';

// Evaluated before zod itself (widget/index.ts imports this first), so this sees the page as it was.
export const pageHasZod = Object.hasOwn(globalThis, ZOD_CONFIG);

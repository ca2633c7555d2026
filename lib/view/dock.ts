import * as z from 'zod/mini';

// Where the extension's injected UI sits and which colours it takes: decided in lib/extension/content,
// rendered by components/Dock and components/Launcher.

/** The viewport corners the docked launcher may take, in the order tried (the first is home). */
export const DOCK_SPOTS = ['bottom-end', 'top-end', 'bottom-start', 'top-start'] as const;
export const DockSpot = z.enum(DOCK_SPOTS);

/** Where the docked launcher rests: a corner, and whether only its mark fits there (compact). */
export const DockPlace = z.object({ spot: DockSpot, compact: z.boolean() });

/** The host page's colour scheme, which the injected UI follows. */
export const Scheme = z.enum(['light', 'dark']);

export type DockSpot = z.output<typeof DockSpot>;
export type DockPlace = z.output<typeof DockPlace>;
export type Scheme = z.output<typeof Scheme>;

import * as z from 'zod/mini';
import { HostAdapter } from '../../hosts';
import { type Connections, HostConnection, Settings } from '../shared/config';

// Stored values parsed for the options page; whatever no longer parses falls back instead of breaking the page.

export function settingsOf(value: unknown): Settings {
  return z.safeParse(Settings, value).data ?? { lang: 'auto' };
}

/** Every connection that parses; one bad entry does not cost the others. */
export function connectionsOf(value: unknown): Connections {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).flatMap(([id, entry]) => {
      const parsed = z.safeParse(HostConnection, entry);
      return parsed.success ? [[id, parsed.data]] : [];
    }),
  );
}

/** Every customer adapter that parses, like readCustomAdapters in the background. */
export function adaptersOf(value: unknown): HostAdapter[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = z.safeParse(HostAdapter, item);
    return parsed.success ? [parsed.data] : [];
  });
}

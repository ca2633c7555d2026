import { readFile } from 'node:fs/promises';
import type { Handler } from 'hono';

export const WIDGET_BUILD = new URL('../../dist/seat-usage.iife.js', import.meta.url);

/** The widget's IIFE build, read per request so a rebuild shows at once; 503 with what to do until it is built. */
export function widgetScript(file: URL = WIDGET_BUILD): Handler {
  return async (c) => {
    const script = await readFile(file, 'utf8').catch(() => undefined);
    if (script === undefined) {
      const message = 'The <seat-usage> widget is not built: run `npm run build:widget`, then reload.\n';
      return c.text(message, 503, { 'Cache-Control': 'no-store' });
    }
    return c.body(script, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'no-cache',
    });
  };
}

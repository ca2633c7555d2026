/** The message of anything thrown, for a notice's `{detail}`. */
export function thrownText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// The server's log: one line per event, on stderr unless a test injects another sink. Whatever a line
// quotes from a request (a path, an address, an error message) is escaped, so no request can add a line.

/** Where log lines go, one call per line, without its newline. */
export type Log = (line: string) => void;

export const stderrLog: Log = (line) => {
  process.stderr.write(`${line}\n`);
};

/** C0 and C1 controls, DEL, and the line, paragraph and bidirectional marks that reorder or split a line. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Longest quoted value (a stack fits); the rest is cut, so no request makes a line of megabytes. */
export const MAX_QUOTED = 2000;

/**
 * `value` in double quotes with backslash, quote and every control character escaped (`\n`, `\u001b`),
 * cut to MAX_QUOTED characters: always exactly one line, whatever the value holds.
 */
export function quote(value: string, max = MAX_QUOTED): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  const escaped = cut
    .replace(/[\\"]/g, (ch) => `\\${ch}`)
    .replace(UNSAFE, (ch) => SHORT[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escaped}"`;
}

/** One log line: `seatguard: <event> key=value …`; values are quoted unless they are plain numbers. */
export function logLine(event: string, fields: Record<string, string | number | undefined>): string {
  const parts = Object.entries(fields).flatMap(([key, value]) =>
    value === undefined ? [] : [`${key}=${typeof value === 'number' ? value : quote(value)}`],
  );
  return ['seatguard:', event, ...parts].join(' ');
}

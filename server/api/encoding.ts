import type { Encoding } from '../seats/messages';

// Content negotiation for the seats body (RFC 9110 12.5.3): br preferred, then gzip, else identity.

const PREFERENCE: readonly Encoding[] = ['br', 'gzip', 'identity'];

/** The q-value of each coding the header lists. */
function qualities(header: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!coding) continue;
    const q = params.find((p) => p.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    out.set(coding, Number.isFinite(value) ? value : 0);
  }
  return out;
}

/** Unlisted, identity is acceptable but any coding the client lists is preferred to it. */
const IMPLICIT_IDENTITY = 0.001;

/** The encoding to answer with: the highest q-value wins, ties go by the server's preference. */
export function chooseEncoding(header: string | undefined): Encoding {
  if (!header?.trim()) return 'identity';
  const q = qualities(header);
  const star = q.get('*');
  const of = (coding: Encoding) =>
    q.get(coding) ?? (coding === 'identity' ? (star ?? IMPLICIT_IDENTITY) : (star ?? 0));
  let best: Encoding | undefined;
  for (const coding of PREFERENCE) {
    if (of(coding) > 0 && (best === undefined || of(coding) > of(best))) best = coding;
  }
  // Even a client that refuses identity gets it when it accepts nothing else we have (no 406).
  return best ?? 'identity';
}

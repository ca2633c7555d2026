// The people a bulk invite names: e-mail addresses typed one per line (commas and semicolons work too).

/** Every address typed, trimmed, empty entries left out and each address once (case aside), in typed order. */
export function addressesOf(typed: string): string[] {
  const seen = new Set<string>();
  const addresses: string[] = [];
  for (const entry of typed.split(/[\r\n,;]+/)) {
    const address = entry.trim();
    const key = address.toLowerCase();
    if (address === '' || seen.has(key)) continue;
    seen.add(key);
    addresses.push(address);
  }
  return addresses;
}

/** A display name from an address's local part until the person sets their own: jan.de-vries → Jan De Vries. */
export function nameFromEmail(address: string): string {
  const at = address.lastIndexOf('@');
  const local = at < 0 ? address : address.slice(0, at);
  const words = local.split(/[._+-]+/).filter(Boolean);
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return name || address;
}

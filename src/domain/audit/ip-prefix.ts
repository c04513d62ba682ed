/**
 * Client addresses are personal data, and people in this audit log may be
 * targets of harassment: the log keeps only the network, never the host.
 * IPv4 → a.b.c.0/24; IPv6 → the first 48 bits, ::/48 (IPv4-mapped IPv6
 * addresses count as IPv4); anything unreadable → "unknown".
 */

export const UNKNOWN_IP = "unknown";

export function ipPrefix(ip: string | undefined | null): string {
  const address = stripDecorations((ip ?? "").trim());
  if (!address) return UNKNOWN_IP;
  const v4 = parseIpv4(address);
  if (v4) return v4Prefix(v4);
  const v6 = parseIpv6(address);
  if (!v6) return UNKNOWN_IP;
  if (isIpv4Mapped(v6)) return v4Prefix([v6[6]! >> 8, v6[6]! & 0xff, v6[7]! >> 8]);
  return `${formatIpv6([v6[0]!, v6[1]!, v6[2]!, 0, 0, 0, 0, 0])}/48`;
}

/** "[2001:db8::1]:443" → "2001:db8::1", "1.2.3.4:80" → "1.2.3.4", "fe80::1%eth0" → "fe80::1". */
function stripDecorations(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  let a = bracketed ? bracketed[1]! : address;
  const v4WithPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(a);
  if (v4WithPort) a = v4WithPort[1]!;
  const zone = a.indexOf("%");
  return zone >= 0 ? a.slice(0, zone) : a;
}

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  const octets: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    octets.push(n);
  }
  return octets;
}

function v4Prefix(octets: readonly number[]): string {
  return `${octets[0]}.${octets[1]}.${octets[2]}.0/24`;
}

/** Eight 16-bit groups, or undefined when `text` is not an IPv6 address. */
function parseIpv6(text: string): number[] | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return undefined;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

/** Colon-separated groups; the last may be a dotted IPv4 address (two groups). */
function groups(text: string): number[] | undefined {
  if (text === "") return [];
  const parts = text.split(":");
  const out: number[] = [];
  for (const [i, p] of parts.entries()) {
    if (i === parts.length - 1 && p.includes(".")) {
      const v4 = parseIpv4(p);
      if (!v4) return undefined;
      out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
    } else {
      if (!/^[0-9a-fA-F]{1,4}$/.test(p)) return undefined;
      out.push(Number.parseInt(p, 16));
    }
  }
  return out;
}

/** ::ffff:a.b.c.d — an IPv4 client seen through an IPv6 socket. */
function isIpv4Mapped(g: readonly number[]): boolean {
  return g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff;
}

/** RFC 5952 text: lower case, no leading zeros, the longest run of two or more zero groups as "::". */
function formatIpv6(g: readonly number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < g.length; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < g.length && g[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = g.map((x) => x.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

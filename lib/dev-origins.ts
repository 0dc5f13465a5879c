/**
 * The host names `npm run dev` answers for (Next's `allowedDevOrigins`). Next 16 serves its
 * development resources (scripts, the hot-reload socket) only to pages opened at the host it was
 * started with, `localhost` by default: a page opened at `http://127.0.0.1:3000` or at the
 * machine's network address loads, but its scripts are refused, so React never starts and the
 * live preview never refreshes. Every address of this machine is allowed, and any other name it
 * is reached by (a proxy, a tunnel) can be added: `CHAPEAU_DEV_ORIGINS=poste.example.org,…`.
 */
import os from "node:os";

export function devOrigins(extra = process.env.CHAPEAU_DEV_ORIGINS ?? ""): string[] {
  const hosts = new Set(["localhost", "127.0.0.1", "[::1]"]);
  const name = os.hostname().toLowerCase();
  if (name) hosts.add(name);
  for (const addresses of Object.values(os.networkInterfaces())) {
    for (const { address, family } of addresses ?? []) {
      // Browsers write IPv6 hosts in brackets and know no zone index (`fe80::1%eth0`).
      hosts.add(family === "IPv6" ? `[${address.split("%")[0]}]` : address);
    }
  }
  for (const host of extra.split(",")) {
    const trimmed = host.trim().toLowerCase();
    if (trimmed) hosts.add(trimmed);
  }
  return [...hosts];
}

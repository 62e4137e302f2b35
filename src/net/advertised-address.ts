/**
 * The address to tell others when we listen on a wildcard: the first non-internal IPv4
 * address of this host (in a network namespace, its own veth), else loopback.
 */
import { networkInterfaces } from "node:os";

export function advertisedHost(listenHost: string): string {
  if (listenHost !== "0.0.0.0" && listenHost !== "::") return listenHost;
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === "IPv4" && !address.internal) return address.address;
    }
  }
  return "127.0.0.1";
}

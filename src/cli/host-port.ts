/** `HOST:PORT` as written on the command line, in config files and in the edge list. */
export interface HostPort {
  readonly host: string;
  readonly port: number;
}

const hostPortPattern = /^(?<host>[A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\]):(?<port>\d{1,5})$/;

export function parseHostPort(text: string): HostPort | null {
  const match = hostPortPattern.exec(text.trim());
  if (match?.groups === undefined) return null;
  const host = match.groups.host ?? "";
  const port = Number(match.groups.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
  return { host: host.startsWith("[") ? host.slice(1, -1) : host, port };
}

export function formatHostPort(address: HostPort): string {
  return address.host.includes(":") ? `[${address.host}]:${address.port}` : `${address.host}:${address.port}`;
}

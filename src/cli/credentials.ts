/**
 * What each role proves itself with and checks others against, taken from the configuration
 * once: the member credential of a queue server or node, a client's credential (a client key,
 * or the cluster secret for an administrator), a server's acceptor secrets (cluster secret and
 * client key file), and the mutual-TLS material. Read failures are configuration errors that
 * name the setting and the file, never the secret.
 */
import { readFileSync } from "node:fs";
import { ClientKeyFile } from "../auth/client-keys";
import type { AcceptorSecrets, Credential } from "../auth/handshake";
import type { Logger } from "../lib/logger";
import type { TlsMaterial } from "../net/channel";
import type { Config } from "./config";
import { ConfigError } from "./errors";

/** A queue server's member id in handshakes (queue servers are interchangeable front doors). */
export const queueMemberId = "queue";

export function memberCredential(config: Config): Credential {
  return { kind: "member", id: config.role === "queue" ? queueMemberId : config.id, secret: config.clusterSecret };
}

/** A client with a client key is that client; without one it presents the cluster secret as an administrator. */
export function clientCredential(config: Config): Credential {
  if (config.clientKey === null) return { kind: "admin", secret: config.clusterSecret };
  const colon = config.clientKey.indexOf(":");
  return { kind: "client", id: config.clientKey.slice(0, colon), secret: config.clientKey.slice(colon + 1) };
}

/** The secrets a server checks handshakes against; the key file is followed as it is edited. */
export function acceptorSecrets(config: Config, logger: Logger): AcceptorSecrets {
  return {
    cluster: config.cluster,
    selfId: config.role === "queue" ? queueMemberId : config.id,
    clusterSecret: config.clusterSecret,
    clientKeys: openClientKeys(config, logger),
    anonymous: config.role === "queue",
  };
}

function openClientKeys(config: Config, logger: Logger): ClientKeyFile | null {
  if (config.clientKeys === null) return null;
  const opened = ClientKeyFile.open(config.clientKeys, { onError: (message) => logger.warn("client-keys.unreadable", { message }) });
  if (!opened.ok) throw new ConfigError("--client-keys", config.clientKeys, `a TOML file of [[key]] tables with id, secret and role (${opened.error})`, "");
  logger.info("client-keys.loaded", { path: config.clientKeys, keys: opened.value.size });
  return opened.value;
}

export function tlsMaterial(config: Config): TlsMaterial | null {
  if (config.tls === null) return null;
  const read = (flag: string, path: string): string => {
    try {
      const text = readFileSync(path, "utf8");
      if (!text.includes("-----BEGIN")) throw new Error("no PEM block in it");
      return text;
    } catch (error: unknown) {
      throw new ConfigError(flag, path, `a readable PEM file (${error instanceof Error ? error.message : String(error)})`, "");
    }
  };
  return { cert: read("--tls-cert", config.tls.cert), key: read("--tls-key", config.tls.key), ca: read("--tls-ca", config.tls.ca) };
}

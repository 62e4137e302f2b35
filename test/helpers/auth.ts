/** Credentials and server secrets for tests that run servers of the channel layer directly. */
import type { ClientKey } from "../../src/auth/client-keys";
import type { AcceptorSecrets, Credential } from "../../src/auth/handshake";

export const testCluster = "test";
export const testSecret = "test-cluster-secret";

export function serverSecrets(options: {
  readonly selfId?: string; readonly cluster?: string; readonly secret?: string;
  readonly clientKeys?: readonly ClientKey[]; readonly anonymous?: boolean;
} = {}): AcceptorSecrets {
  const keys = new Map((options.clientKeys ?? []).map((key) => [key.id, key]));
  return {
    cluster: options.cluster ?? testCluster,
    selfId: options.selfId ?? "server",
    clusterSecret: options.secret ?? testSecret,
    clientKeys: { lookup: (id) => keys.get(id) ?? null },
    anonymous: options.anonymous ?? false,
  };
}

export function admin(secret: string = testSecret): Credential {
  return { kind: "admin", secret };
}

export function member(id: string, secret: string = testSecret): Credential {
  return { kind: "member", id, secret };
}

/** What `connect` needs to dial a test server as an administrator. */
export const adminDial = { cluster: testCluster, credential: admin(), tls: null } as const;

/**
 * Fetching a chunk from a peer node's command port (ChunkFetch → ChunkData), for repairs. One
 * PeerLink per peer, kept while its address stays the same: at most one per member.
 */
import { parseHostPort, type HostPort } from "../cli/host-port";
import { digestToBytes, type Digest } from "../files/digest";
import type { NodeId } from "../raft/types";
import type { ChunkFetcher } from "./chunk-repair";
import type { PeerLink } from "./peer-link";

export interface PeerChunkFetcher {
  readonly fetch: ChunkFetcher;
  close(): void;
}

export function peerChunkFetcher(addresses: () => ReadonlyMap<NodeId, string>, linkTo: (address: HostPort, peer: NodeId) => PeerLink): PeerChunkFetcher {
  const links = new Map<NodeId, { readonly address: string; readonly link: PeerLink }>();
  const linkOf = (peer: NodeId): PeerLink | null => {
    const address = addresses().get(peer);
    if (address === undefined) return null;
    const known = links.get(peer);
    if (known?.address === address) return known.link;
    known?.link.close();
    const parsed = parseHostPort(address);
    if (parsed === null) return null;
    const link = linkTo(parsed, peer);
    links.set(peer, { address, link });
    return link;
  };
  const fetch = async (peer: NodeId, digest: Digest, timeoutMs: number): Promise<Uint8Array | null> => {
    const link = linkOf(peer);
    if (link === null) return null;
    const answer = await link.request({ chunkFetch: { digest: digestToBytes(digest) } }, timeoutMs);
    if (!answer.ok || answer.value.body !== "chunkData") return null;
    return answer.value.chunkData?.data ?? null;
  };
  return {
    fetch,
    close: () => {
      for (const { link } of links.values()) link.close();
      links.clear();
    },
  };
}

/**
 * `ping [--cluster TARGET]`: the global ping. Sent to this cluster's queue server without a
 * Hello (pings cross clusters that hold different secrets, so they are the one message a queue
 * server takes from anyone); its leader walks the registry's ring and answers with the path.
 */
import { err, ok, type Result } from "../lib/result";
import { connect } from "../net/channel";
import { formatHostPort } from "../cli/host-port";
import { hopLimitDefault, type PingResult } from "../registry/ping-route";
import { pingResultFromWire } from "../wire/ping-codec";
import { ClientError } from "./errors";
import type { ClientOptions } from "./options";

/** A ring of many clusters, each given a few seconds, still answers within this. */
export const pingTimeoutMs = 120_000;

export async function pingClusters(options: ClientOptions, target: string): Promise<Result<PingResult, ClientError>> {
  const tried: string[] = [];
  for (const queue of options.queues) {
    tried.push(formatHostPort(queue));
    // The global ping crosses clusters that hold other secrets: it is asked for anonymously.
    const opened = await connect({
      hostname: queue.host, port: queue.port, cluster: options.cluster, credential: { kind: "anonymous" }, tls: options.tls,
      logger: options.logger, onEnvelope: () => undefined, frameBytesMax: options.frameBytesMax,
    });
    if (!opened.ok) continue;
    try {
      const answer = await opened.value.request({ ping: { targetCluster: target, hopLimit: hopLimitDefault } }, Math.max(options.requestTimeoutMs, pingTimeoutMs));
      if (!answer.ok) return err(new ClientError("unavailable", `ping: ${formatHostPort(queue)}: ${answer.error.message}`));
      if (answer.value.body !== "pingResult") {
        return err(new ClientError("unavailable", `ping: ${formatHostPort(queue)}: ${answer.value.error?.message ?? `unexpected ${answer.value.body}`}`));
      }
      return ok(pingResultFromWire(answer.value.pingResult ?? {}));
    } finally {
      opened.value.close();
    }
  }
  return err(new ClientError("unavailable", `ping: no queue server answered (tried ${tried.join(", ")})`));
}

export function pingLines(result: PingResult): string {
  const lines = result.path.map((hop, i) => {
    const rtt = hop.rttUs > 0 ? `${(hop.rttUs / 1000).toFixed(2)} ms` : "-";
    const nodes = hop.reachable ? `answered [${hop.nodesAnswered.join(", ")}]${hop.nodesSilent.length > 0 ? ` silent [${hop.nodesSilent.join(", ")}]` : ""}` : `unreachable, skipped${hop.note === "" ? "" : `: ${hop.note}`}`;
    return `${String(i + 1).padStart(2)}. ${hop.cluster}  rtt ${rtt}  ${nodes}`;
  });
  return `${lines.join("\n")}\n${result.found ? "found" : "not found"}: ${result.reason}\n`;
}

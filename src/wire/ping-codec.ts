/** The global ping between the wire (pb.Ping, pb.PingResult) and the routing rules' plain types. */
import { hopLimitDefault, type Ping, type PingHop, type PingResult } from "../registry/ping-route";
import type { pb } from "./proto";

function hopFromWire(hop: pb.PingHop.$Shape): PingHop {
  return {
    cluster: hop.cluster ?? "", rttUs: hop.rttUs ?? 0, nodesAnswered: hop.nodesAnswered ?? [], nodesSilent: hop.nodesSilent ?? [],
    reachable: hop.reachable ?? false, note: hop.note ?? "",
  };
}

function hopToWire(hop: PingHop): pb.PingHop.$Shape {
  return { ...hop, nodesAnswered: [...hop.nodesAnswered], nodesSilent: [...hop.nodesSilent] };
}

/** proto3 cannot tell an absent hop limit from 0: 0 means the default. */
export function pingFromWire(ping: pb.Ping.$Shape): Ping {
  const hopLimit = ping.hopLimit ?? 0;
  return { target: ping.targetCluster ?? "", hopLimit: hopLimit === 0 ? hopLimitDefault : hopLimit, path: (ping.path ?? []).map(hopFromWire), origin: ping.originCluster ?? "" };
}

export function pingToWire(ping: Ping): pb.Ping.$Shape {
  return { targetCluster: ping.target, hopLimit: ping.hopLimit, path: ping.path.map(hopToWire), originCluster: ping.origin };
}

export function pingResultFromWire(result: pb.PingResult.$Shape): PingResult {
  return { path: (result.path ?? []).map(hopFromWire), found: result.found ?? false, reason: result.reason ?? "" };
}

export function pingResultToWire(result: PingResult): pb.PingResult.$Shape {
  return { path: result.path.map(hopToWire), found: result.found, reason: result.reason };
}

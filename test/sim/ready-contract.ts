/**
 * The Ready contract of types.ts, checked by the simulator's edge on every Ready it takes,
 * against what is durable on the node's simulated disk at that moment:
 *
 * - `messages` go out before this Ready is persisted, so none may acknowledge anything: no
 *   granted vote (Figure 2: persist the vote first) and no accepted append (persist the
 *   entries first), and none may carry a term that is not yet durable.
 * - `entriesToApply` must be committed: at or below the commit index this Ready makes durable
 *   (or the durable one), and contiguous.
 */
import type { Ready } from "../../src/raft/types";
import type { SimDisk } from "./disk";
import { SimViolation } from "./violation";

export function checkReadyContract(id: string, ready: Ready, disk: Pick<SimDisk, "hardState">): void {
  const durableTerm = disk.hardState.term;
  for (const message of ready.messages) {
    if (message.type === "vote-response" && !message.reject) {
      throw new SimViolation("ready-contract", `${id} grants a vote to ${message.to} before the vote is durable`);
    }
    if (message.type === "append-response" && !message.reject) {
      throw new SimViolation("ready-contract", `${id} acknowledges index ${message.index} before persisting`);
    }
    if (message.term > durableTerm) {
      throw new SimViolation("ready-contract", `${id} sends ${message.type} of term ${message.term} before term ${message.term} is durable (${durableTerm})`);
    }
  }
  const commit = ready.hardState?.commit ?? disk.hardState.commit;
  let previous: number | null = null;
  for (const entry of ready.entriesToApply) {
    if (entry.index > commit) throw new SimViolation("ready-contract", `${id} is told to apply index ${entry.index} above commit ${commit}`);
    if (previous !== null && entry.index !== previous + 1) throw new SimViolation("ready-contract", `${id} is told to apply a gap after ${previous}`);
    previous = entry.index;
  }
}

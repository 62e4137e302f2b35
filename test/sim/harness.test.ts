/**
 * What this proves: the simulator's own fakes behave as the rest of the suite assumes. The
 * network cuts directed links, isolates nodes without healing partitions on reconnect, drops
 * and duplicates at the configured rates, and delivers nothing before the next tick. The disk
 * replaces a conflicting suffix, keeps recent snapshots for the transport, and compacts only
 * forward. A crash loses exactly what was handed to the disk but not yet fsynced, and a
 * restarted node comes back from its disk alone. If these were wrong, a passing random run
 * would prove much less.
 */
import { describe, expect, test } from "bun:test";
import { Prng } from "../../src/lib/prng";
import { logIndex, nodeId, term, type Entry, type Message } from "../../src/raft/types";
import { reliableNetwork } from "./cluster";
import { SimDisk } from "./disk";
import { SimNetwork } from "./network";
import { submitPut, scenarioCluster, waitLeader } from "./scenario";

const [a, b, c] = ["n1", "n2", "n3"].map(nodeId) as [ReturnType<typeof nodeId>, ReturnType<typeof nodeId>, ReturnType<typeof nodeId>];

function message(from: ReturnType<typeof nodeId>, to: ReturnType<typeof nodeId>): Message {
  return {
    type: "heartbeat", from, to, term: term(1), logTerm: term(0), index: logIndex(0), entries: [], commit: logIndex(0),
    reject: false, rejectHint: logIndex(0), rejectTerm: term(0), context: new Uint8Array(0), snapshot: null,
  };
}

function entry(index: number, entryTerm: number): Entry {
  return { index: logIndex(index), term: term(entryTerm), type: "normal", data: new Uint8Array(0) };
}

describe("network", () => {
  test("links are directed; isolate and reconnect do not touch partitions", () => {
    const network = new SimNetwork(new Prng(1), reliableNetwork);
    network.cutLink(a, b);
    expect(network.linkUp(a, b)).toBe(false);
    expect(network.linkUp(b, a)).toBe(true);
    network.partition([[a], [c]]);
    network.isolate(a);
    expect(network.linkUp(b, a)).toBe(false);
    network.reconnect(a);
    expect(network.linkUp(b, a)).toBe(true);
    expect(network.linkUp(a, c)).toBe(false); // the partition still holds
    network.healLinks();
    expect(network.linkUp(a, b) && network.linkUp(a, c)).toBe(true);
  });

  test("nothing arrives on the tick it was sent; a cut link loses what is in flight", () => {
    const network = new SimNetwork(new Prng(2), { ...reliableNetwork, delayTicksMin: 0, delayTicksMax: 0 });
    expect(network.send({ message: message(a, b), snapshotData: null, sentAt: 5 }, 5)).toBe("queued");
    expect(network.deliver(5).delivered.length).toBe(0);
    network.send({ message: message(a, c), snapshotData: null, sentAt: 5 }, 5);
    network.cutLink(a, c);
    const { delivered, lost } = network.deliver(6);
    expect(delivered.map((envelope) => envelope.message.to)).toEqual([b]);
    expect(lost.map((envelope) => envelope.message.to)).toEqual([c]);
  });

  test("drop and duplicate rates are honoured", () => {
    const network = new SimNetwork(new Prng(3), { ...reliableNetwork, dropRate: 0.3, duplicateRate: 0.2, delayTicksMax: 0 });
    let dropped = 0;
    for (let i = 0; i < 2_000; i += 1) if (network.send({ message: message(a, b), snapshotData: null, sentAt: 0 }, 0) === "dropped") dropped += 1;
    const arrived = network.deliver(1).delivered.length;
    expect(dropped).toBeGreaterThan(500);
    expect(dropped).toBeLessThan(700);
    // About 1400 sent on, 20% of them twice.
    expect(arrived - (2_000 - dropped)).toBeGreaterThan(200);
    expect(arrived - (2_000 - dropped)).toBeLessThan(360);
  });
});

describe("disk", () => {
  const conf = { voters: [a, b, c], learners: [], votersOutgoing: [] };

  test("appending replaces a conflicting suffix and never leaves a gap", () => {
    const disk = new SimDisk(conf, 0);
    disk.append([entry(1, 1), entry(2, 1), entry(3, 1)]);
    disk.append([entry(2, 2)]);
    expect(disk.lastIndex()).toBe(logIndex(2));
    expect(disk.termAt(2)).toBe(term(2));
    expect(() => disk.append([entry(5, 2)])).toThrow();
  });

  test("compaction moves forward and keeps recent snapshots for the transport", () => {
    const disk = new SimDisk(conf, 0);
    disk.append([1, 2, 3, 4, 5, 6].map((i) => entry(i, 1)));
    const meta = (index: number) => ({ index: logIndex(index), term: term(1), confState: conf });
    disk.compact({ meta: meta(2), data: new Map() });
    disk.compact({ meta: meta(4), data: new Map([["k", "v"]]) });
    expect(disk.firstIndex()).toBe(logIndex(5));
    expect(disk.termAt(4)).toBe(term(1));
    expect(disk.retainedSnapshot(2)).not.toBeNull();
    expect(disk.retainedSnapshot(3)).toBeNull();
    expect(() => disk.compact({ meta: meta(3), data: new Map() })).toThrow();
  });
});

describe("crash and restart", () => {
  test("a crash loses what was not yet fsynced; a restart comes back from disk alone", () => {
    // Slow disks: every fsync takes 4 ticks, so a proposal sits in flight long enough to lose.
    const cluster = scenarioCluster(11, { overrides: { nodeCount: 3, disk: { persistTicksMin: 4, persistTicksMax: 4 } } });
    const leader = waitLeader(cluster);
    cluster.runTicks(20);
    const node = cluster.node(leader);
    const durableBefore = node.disk.lastIndex();
    const index = submitPut(cluster, leader);
    expect(index).toBe(durableBefore + 1);
    cluster.runTicks(2); // handed to the disk, not yet durable
    expect(node.disk.lastIndex()).toBe(durableBefore);
    cluster.crash(leader);
    cluster.restart(leader);
    expect(node.running().status().lastIndex).toBe(durableBefore);
    expect(node.applied).toBe(node.disk.snapshotIndex());
  });

  test("a torn write keeps a strict prefix of the Ready, never its hard state", () => {
    const cluster = scenarioCluster(12, { overrides: { nodeCount: 3, disk: { persistTicksMin: 4, persistTicksMax: 4 } } });
    const leader = waitLeader(cluster);
    cluster.runTicks(20);
    const node = cluster.node(leader);
    const before = node.disk.lastIndex();
    const hardStateBefore = node.disk.hardState;
    // Several proposals go into one Ready: more than one write step, so a tear can land between them.
    for (let i = 0; i < 4; i += 1) submitPut(cluster, leader);
    cluster.runTicks(2);
    expect(node.disk.lastIndex()).toBe(before);
    cluster.crash(leader, true);
    expect(node.disk.lastIndex()).toBeGreaterThan(before);
    expect(node.disk.lastIndex()).toBeLessThan(before + 4);
    expect(node.disk.hardState).toBe(hardStateBefore);
    cluster.restart(leader);
    expect(node.running().status().lastIndex).toBe(node.disk.lastIndex());
  });
});

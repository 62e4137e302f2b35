/**
 * What this proves about the namespace testbed (test/helpers/netns.ts): each namespace gets
 * its own address on the bridge and a default route through its veth; a process started with
 * `run` really runs inside that namespace (it sees that address and no other); hosts reach
 * each other over TCP on their bridge addresses; `withNetbed` removes every namespace and
 * link even when the test body throws; a leftover of a dead run is reaped; and the gate
 * policy skips with a reason, or fails when GOSSAMER_REQUIRE_SERVICES=1.
 */
import { describe, expect, test } from "bun:test";
import { createNetbed, netnsGate, reapLeftovers, withNetbed, type Netbed } from "./netns";

const gate = netnsGate();

function interfacesAndNamespaces(): string {
  const links = Bun.spawnSync(["ip", "-o", "link", "show"]).stdout.toString();
  const namespaces = Bun.spawnSync(["ip", "netns", "list"]).stdout.toString();
  return `${links}\n${namespaces}`;
}

describe("gate policy", () => {
  test("unavailable: skip with one line giving the reason, or fail when required", () => {
    const absent = { run: false, reason: "network namespaces need root" } as const;
    const lines: string[] = [];
    const skipped = netnsGate(absent, false, (line) => lines.push(line));
    expect(skipped.run).toBe(false);
    expect(lines.length).toBe(1);
    expect(lines[0]).toContain("need root");
    expect(() => netnsGate(absent, true, (line) => lines.push(line))).toThrow(/GOSSAMER_REQUIRE_SERVICES=1/);
    expect(netnsGate({ run: true }, true).run).toBe(true);
  });
});

describe.skipIf(!gate.run)("netns testbed", () => {
  test("each namespace has its own address and default route; run() executes inside it", async () => {
    await withNetbed(2, async (bed) => {
      expect(bed.hosts.map((host) => host.address)).toEqual(["198.18.0.11", "198.18.0.12"]);
      for (const host of bed.hosts) {
        const child = bed.run(host, ["ip", "-o", "-4", "addr", "show"]);
        const text = await new Response(child.stdout).text();
        expect(await child.exited).toBe(0);
        expect(text).toContain(`${host.address}/24`);
        const others = bed.hosts.filter((other) => other !== host);
        for (const other of others) expect(text).not.toContain(other.address);
        const route = bed.run(host, ["ip", "route", "show", "default"]);
        expect(await new Response(route.stdout).text()).toContain("dev e0");
      }
    });
  });

  test("hosts reach each other over TCP on their bridge addresses", async () => {
    await withNetbed(2, async (bed) => {
      const [a, b] = bed.hosts;
      if (a === undefined || b === undefined) throw new Error("two hosts");
      const script = `const s = Bun.listen({ hostname: "${a.address}", port: 9100, socket: { data(sock, d) { sock.write(d); } } }); console.log("up");`;
      const server = bed.run(a, [process.execPath, "-e", script]);
      const reader = server.stdout.getReader();
      const first = await reader.read();
      expect(new TextDecoder().decode(first.value)).toContain("up");
      const clientScript = `const c = await Bun.connect({ hostname: "${a.address}", port: 9100, socket: { data(s, d) { console.log(d.toString()); process.exit(0); } } }); c.write("ping");`;
      const client = bed.run(b, [process.execPath, "-e", clientScript]);
      expect(await client.exited).toBe(0);
      expect(await new Response(client.stdout).text()).toContain("ping");
      reader.releaseLock();
    });
  });

  test("everything is removed even when the body throws", async () => {
    const seen: { bed: Netbed | null } = { bed: null };
    await expect(withNetbed(2, async (bed) => {
      seen.bed = bed;
      bed.run(bed.hosts[0]!, ["sleep", "30"]);
      throw new Error("test body failed");
    })).rejects.toThrow("test body failed");
    const state = interfacesAndNamespaces();
    const bed = seen.bed;
    if (bed === null) throw new Error("the body ran");
    expect(state).not.toContain(bed.bridge);
    for (const host of bed.hosts) expect(state).not.toContain(host.namespace);
  });

  test("a leftover of a dead run is reaped", async () => {
    // A pid above pid_max (at most 2^22) cannot be alive; adding ours keeps parallel runs apart.
    const deadTag = `${(10_000_000 + process.pid).toString(36)}_1`;
    Bun.spawnSync(["ip", "netns", "add", `gossamer-${deadTag}-h0`]);
    Bun.spawnSync(["ip", "link", "add", `gbr${deadTag}`, "type", "bridge"]);
    expect(interfacesAndNamespaces()).toContain(`gossamer-${deadTag}-h0`);
    // A parallel run may reap these first, so the count can be lower; the names must go.
    expect(reapLeftovers()).toBeGreaterThanOrEqual(0);
    const state = interfacesAndNamespaces();
    expect(state).not.toContain(`gossamer-${deadTag}-h0`);
    expect(state).not.toContain(`gbr${deadTag}`);
  });

  test("createNetbed without withNetbed: destroy() is idempotent and complete", async () => {
    const bed = await createNetbed(3);
    expect(bed.hosts.length).toBe(3);
    await bed.destroy();
    await bed.destroy();
    const state = interfacesAndNamespaces();
    expect(state).not.toContain(bed.bridge);
  });
});

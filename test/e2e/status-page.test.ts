/**
 * The queue server's live status page in a real browser: Debian's Chromium, headless, driven
 * by playwright-core, against the compiled binary (a queue server and three nodes with their
 * HTTP doors on). The page loads with no external request, shows the leader the queue server
 * trusts, updates itself after a write (the file appears in recent files, the leader's commit
 * index moves) and after the leader is SIGKILLed (another leader is shown, the old one is
 * marked unreachable). Screenshots go to the test's temp dir (kept with GOSSAMER_KEEP_E2E=1).
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { findBinary, serviceGate } from "../helpers/services";
import { ClusterHarness, randomBytes } from "./cluster-harness";

const gate = serviceGate("chromium");
const updateTimeoutMs = 30_000;

/** Chromium as CI runs it: no sandbox (root), no GPU, nothing fetched from outside. */
const chromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];

describe.skipIf(!gate.run)("the status page in headless Chromium", () => {
  let harness: ClusterHarness;
  let browser: BrowserContext;
  let page: Page;
  let leader: string;
  const outside: string[] = [];

  beforeAll(async () => {
    harness = await ClusterHarness.start({ http: true, cluster: "page" });
    leader = await harness.cluster.waitForLeader(30_000);
    // A fresh profile in the test's own dir: nothing from a previous run or the machine's user.
    browser = await chromium.launchPersistentContext(join(harness.dir, "chromium-profile"), {
      executablePath: findBinary("chromium") ?? "/usr/bin/chromium", args: chromiumArgs, viewport: { width: 1280, height: 900 },
    });
    page = browser.pages()[0] ?? await browser.newPage();
    page.on("request", (request) => {
      if (!request.url().startsWith(harness.cluster.statusPageUrl ?? "-")) outside.push(request.url());
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await harness?.stop();
  });

  async function screenshot(name: string): Promise<string> {
    const path = join(harness.dir, name);
    await page.screenshot({ path, fullPage: true });
    expect(readFileSync(path).subarray(1, 4).toString()).toBe("PNG");
    console.log(`status page screenshot: ${path}${process.env.GOSSAMER_KEEP_E2E === "1" ? "" : " (set GOSSAMER_KEEP_E2E=1 to keep it)"}`);
    return path;
  }

  /** Text of the first element matching `selector`, "" when there is none yet. */
  const cellText = async (selector: string): Promise<string> => {
    const element = await page.$(selector);
    return ((await element?.textContent()) ?? "").trim();
  };

  /** Polls the page until `check` holds (the page redraws every second), or fails saying what it waited for. */
  async function until(what: string, check: () => Promise<boolean>, timeoutMs = updateTimeoutMs): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      if (await check()) return;
      await Bun.sleep(100);
    }
    await screenshot("status-page-timeout.png");
    throw new Error(`the status page did not show ${what} within ${timeoutMs} ms`);
  }

  test("loads, shows the leader and every node, asks nothing of the outside world", async () => {
    const url = harness.cluster.statusPageUrl;
    expect(url).not.toBeNull();
    await page.goto(url ?? "", { waitUntil: "load" });
    expect(await page.title()).toBe("Gossamer status");
    await until(`leader ${leader}`, async () => (await cellText("#leader")) === leader);
    expect(await cellText("#cluster")).toBe("page");
    await until("three nodes", async () => (await page.$$("#nodes tr[data-id]")).length === 3);
    expect(await cellText(`#nodes tr[data-id="${leader}"] .role`)).toBe("leader");
    expect(await cellText("#ready-text")).toBe("ready");
    expect(await cellText("#live")).toStartWith("live");
    expect(outside).toEqual([]);
  }, 60_000);

  test("changes after a write: the file appears and the leader's commit index moves", async () => {
    const commitBefore = Number(await cellText(`#nodes tr[data-id="${leader}"] td.commit`));
    const input = join(harness.dir, "page.in");
    await Bun.write(input, randomBytes(300_000));
    expect((await harness.client(["write", input, "--name", "reports/page.bin"])).code).toBe(0);
    await until("reports/page.bin in recent files", async () => (await cellText("#files tr[data-name=\"reports/page.bin\"] td.name")) === "reports/page.bin");
    await until(`a commit index above ${commitBefore}`, async () => Number(await cellText(`#nodes tr[data-id="${leader}"] td.commit`)) > commitBefore);
    await screenshot("status-page-after-write.png");
  }, 120_000);

  test("changes after the leader is SIGKILLed: a new leader, the old one unreachable", async () => {
    const old = leader;
    await harness.cluster.kill(harness.cluster.node(old));
    // The leader named in the same reading that passed the check: on a loaded machine the page
    // may show "none" for a moment between two polls.
    let next = "";
    await until(`a leader other than ${old}`, async () => {
      next = await cellText("#leader");
      return /^n\d$/.test(next) && next !== old;
    }, 60_000);
    expect(next).not.toBe(old);
    await until(`${old} unreachable`, async () => (await cellText(`#nodes tr[data-id="${old}"] td.reachable`)) === "no");
    expect(await page.getAttribute(`#nodes tr[data-id="${old}"]`, "class")).toBe("down");
    await until(`${next} as leader in the table`, async () => (await cellText(`#nodes tr[data-id="${next}"] .role`)) === "leader");
    const path = await screenshot("status-page-after-failover.png");
    expect(existsSync(path)).toBe(true);
    expect(outside).toEqual([]);
  }, 120_000);
});

/**
 * What this proves: the node's stealer asks each queue server for a batch sized by its free work
 * slots (all of them with one queue server, a share of them with several), runs every item of an
 * answer at once and answers each with its own WorkResult, asks the next poll for the slots that
 * are still free, never runs more than workConcurrencyMax items, and does not run items beyond
 * the slots a poll stated.
 */
import { afterEach, expect, test } from "bun:test";
import { ChannelError } from "../../src/net/channel-error";
import { silentLogger } from "../../src/lib/logger";
import { err, ok, type Result } from "../../src/lib/result";
import { workConcurrencyMax, WorkStealer, type StealLink } from "../../src/node/work-stealer";
import type { Envelope, EnvelopeShape } from "../../src/wire/codec";
import { pb } from "../../src/wire/proto";

interface Poll {
  readonly slots: number;
  readonly answer: (shape: EnvelopeShape) => void;
}

/** A queue server's link whose polls the test answers by hand. */
class FakeLink implements StealLink {
  readonly polls: Poll[] = [];
  readonly results: number[] = [];
  constructor(readonly target: string) {}

  /** Work results go one-way: nothing comes back for them. */
  send(shape: EnvelopeShape): Promise<Result<void, ChannelError>> {
    if (shape.workResult === undefined) return Promise.resolve(err(new ChannelError("closed", "unexpected one-way message")));
    this.results.push(shape.workResult?.workId ?? 0);
    return Promise.resolve(ok(undefined));
  }

  request(shape: EnvelopeShape): Promise<Result<Envelope, ChannelError>> {
    if (shape.workResult !== undefined) return Promise.resolve(err(new ChannelError("closed", "a work result is sent one-way, not as a request")));
    if (shape.steal === undefined) return Promise.resolve(err(new ChannelError("closed", "unexpected request")));
    return new Promise((resolve) => {
      this.polls.push({ slots: shape.steal?.slots ?? 0, answer: (answer) => resolve(ok(pb.Envelope.create(answer))) });
    });
  }

  /** Answers the oldest open poll with `count` reads numbered from `first`. */
  answer(count: number, first: number): number {
    const poll = this.polls.shift();
    if (poll === undefined) throw new Error(`${this.target}: no open poll`);
    poll.answer(count === 0 ? { ack: {} } : { stealResponse: { items: Array.from({ length: count }, (_, i) => ({ workId: first + i, read: { name: `f${first + i}` } })) } });
    return poll.slots;
  }
}

const stealers: WorkStealer<FakeLink>[] = [];
afterEach(() => {
  for (const stealer of stealers.splice(0)) stealer.stop();
});

/** A stealer whose items run until the test finishes them. */
function start(links: FakeLink[]): { running: Map<number, () => void> } {
  const running = new Map<number, () => void>();
  const stealer = new WorkStealer<FakeLink>({
    links, logger: silentLogger,
    stealRequest: () => Promise.resolve({ nodeId: "n1", leader: true, term: 1 }),
    handle: (item) => new Promise((resolve) => running.set(item.workId, () => resolve({ ack: {} }))),
  });
  stealers.push(stealer);
  stealer.start();
  return { running };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Bun.sleep(1);
}

test("one queue server: a poll asks for every free slot, and its whole batch runs at once", async () => {
  const link = new FakeLink("q1");
  const { running } = start([link]);
  await settle();
  expect(link.polls.map((poll) => poll.slots)).toEqual([workConcurrencyMax]);
  expect(link.answer(5, 1)).toBe(workConcurrencyMax);
  await settle();
  expect([...running.keys()]).toEqual([1, 2, 3, 4, 5]);
  // The next poll asks for what is still free.
  expect(link.polls.map((poll) => poll.slots)).toEqual([workConcurrencyMax - 5]);
  for (const id of [1, 2, 3]) running.get(id)?.();
  await settle();
  expect(link.results).toEqual([1, 2, 3]);
});

test("items never exceed the free slots: a full node polls again only when an item finishes", async () => {
  const link = new FakeLink("q1");
  const { running } = start([link]);
  await settle();
  link.answer(workConcurrencyMax, 1);
  await settle();
  expect(running.size).toBe(workConcurrencyMax);
  expect(link.polls).toEqual([]);
  running.get(7)?.();
  await settle();
  expect(link.polls.map((poll) => poll.slots)).toEqual([1]);
});

test("a queue server that sends more than the slots asked for: the excess is not run", async () => {
  const link = new FakeLink("q1");
  const { running } = start([link]);
  await settle();
  link.answer(workConcurrencyMax + 3, 1);
  await settle();
  expect(running.size).toBe(workConcurrencyMax);
  expect(running.has(workConcurrencyMax + 1)).toBe(false);
});

test("several queue servers share the free slots, so each one's poll finds some", async () => {
  const links = [new FakeLink("q1"), new FakeLink("q2")];
  start(links);
  await settle();
  const asked = links.map((link) => link.polls.map((poll) => poll.slots));
  expect(asked.flat().reduce((sum, slots) => sum + slots, 0)).toBeLessThanOrEqual(workConcurrencyMax);
  expect(asked.every((slots) => slots.length === 1 && (slots[0] ?? 0) >= 1)).toBe(true);
});

test("an empty answer releases the poll's slots: the next poll asks for all of them again", async () => {
  const link = new FakeLink("q1");
  start([link]);
  await settle();
  link.answer(0, 0);
  await settle();
  expect(link.polls.map((poll) => poll.slots)).toEqual([workConcurrencyMax]);
});

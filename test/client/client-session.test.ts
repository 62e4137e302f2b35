/**
 * What this proves: a ClientSession keeps one connection for many operations. N uploads, a list
 * and a remove over one session cost the queue server one handshake (without a session, one per
 * operation); operations started together share it; a session whose connection is killed
 * connects again and its next operation succeeds; when its queue server is gone it moves on to
 * the next one; a failed upload attempt's connection is closed (so the queue server drops the
 * half-done upload), and the next operation connects again — but only once the operations still
 * running on it are done, which finish undisturbed; a closed session refuses work.
 */
import { afterAll, afterEach, describe, expect, test } from "bun:test";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ClientSession, withSession } from "../../src/client/client-session";
import { listFiles, removeFiles } from "../../src/client/cluster-requests";
import { uploadFile } from "../../src/client/upload";
import { pb } from "../../src/wire/proto";
import { FakeQueue, type FakeQueueOptions } from "./fake-cluster";
import { clientOptions, patternBytes, smallChunkBytes, tempDir } from "./helpers";

const dir = tempDir("client-session");
afterAll(() => dir.remove());
const queues: FakeQueue[] = [];
afterEach(() => {
  for (const queue of queues.splice(0)) queue.stop();
});

function startQueue(options: FakeQueueOptions = {}): FakeQueue {
  const queue = new FakeQueue(options).start();
  queues.push(queue);
  return queue;
}

function fileOf(name: string, size: number): string {
  const path = join(dir.path, name);
  writeFileSync(path, patternBytes(size, name.length));
  return path;
}

const writes = 5;

describe("one session, one connection", () => {
  test(`${writes} uploads, a list and a remove over a session take one handshake`, async () => {
    const queue = startQueue();
    const session = new ClientSession(clientOptions([queue.address]));
    try {
      for (let i = 0; i < writes; i += 1) {
        const written = await uploadFile(session.options, { path: fileOf(`s${i}`, 100 + i), name: `s/${i}` });
        expect(written.ok).toBe(true);
      }
      const listed = await listFiles(session.options, "s/", false);
      expect(listed.ok && listed.value.length).toBe(writes);
      const removed = await removeFiles(session.options, ["s/0"]);
      expect(removed.ok && removed.value.outcomes[0]?.existed).toBe(true);
    } finally {
      session.close();
    }
    expect(queue.handshakes).toBe(1);
    expect(session.connections).toBe(1);
  });

  test("without a session every operation connects (the cost a session saves)", async () => {
    const queue = startQueue();
    const options = clientOptions([queue.address]);
    for (let i = 0; i < writes; i += 1) expect((await uploadFile(options, { path: fileOf(`n${i}`, 50), name: `n/${i}` })).ok).toBe(true);
    expect(queue.handshakes).toBe(writes);
  });

  test("operations started together share the one connect", async () => {
    const queue = startQueue({ ackDelayMs: 5 });
    const outcomes = await withSession(clientOptions([queue.address]), (options) =>
      Promise.all(Array.from({ length: writes }, (_, i) => uploadFile(options, { path: fileOf(`c${i}`, 3_000), name: `c/${i}` }))));
    expect(outcomes.map((outcome) => outcome.ok)).toEqual(Array.from({ length: writes }, () => true));
    expect(queue.files.size).toBe(writes);
    expect(queue.handshakes).toBe(1);
  });
});

describe("a session whose connection dies", () => {
  test("connects again when its connection was killed, and the next operation succeeds", async () => {
    const queue = startQueue();
    const session = new ClientSession(clientOptions([queue.address]));
    try {
      expect((await uploadFile(session.options, { path: fileOf("k1", 10), name: "k/1" })).ok).toBe(true);
      queue.closeConnections();
      // The close reaches the client before its next operation, as after a queue server's idle timeout.
      await Bun.sleep(100);
      const listed = await listFiles(session.options, "k/", false);
      expect(listed.ok && listed.value.map((file) => file.name)).toEqual(["k/1"]);
      expect((await uploadFile(session.options, { path: fileOf("k2", 10), name: "k/2" })).ok).toBe(true);
    } finally {
      session.close();
    }
    expect(queue.handshakes).toBe(2);
    expect(session.connections).toBe(2);
  });

  test("a connection closed mid-upload: the upload restarts on a new connection", async () => {
    const queue = startQueue({ closeAtChunk: 4 });
    const session = new ClientSession(clientOptions([queue.address]));
    try {
      const written = await uploadFile(session.options, { path: fileOf("m", 6 * smallChunkBytes + 1), name: "m" });
      expect(written.ok && written.value.attempts).toBe(2);
      expect((await listFiles(session.options, "", false)).ok).toBe(true);
    } finally {
      session.close();
    }
    expect(queue.handshakes).toBe(2);
  });

  test("its queue server gone, the session moves on to the next one", async () => {
    const first = startQueue();
    const second = startQueue();
    const session = new ClientSession(clientOptions([first.address, second.address]));
    try {
      expect((await uploadFile(session.options, { path: fileOf("g1", 10), name: "g/1" })).ok).toBe(true);
      first.stop();
      const written = await uploadFile(session.options, { path: fileOf("g2", 10), name: "g/2" });
      expect(written.ok).toBe(true);
      expect((await listFiles(session.options, "g/", false)).ok).toBe(true);
    } finally {
      session.close();
    }
    expect([...first.files.keys()]).toEqual(["g/1"]);
    expect([...second.files.keys()]).toEqual(["g/2"]);
    expect(second.handshakes).toBe(1);
  });

  test("a failed upload closes its connection; the next operation connects again", async () => {
    const queue = startQueue({ commitError: pb.ErrorCode.ERROR_BAD_REQUEST });
    const session = new ClientSession(clientOptions([queue.address]));
    try {
      const written = await uploadFile(session.options, { path: fileOf("f", 10), name: "f" });
      expect(written.ok).toBe(false);
      expect((await listFiles(session.options, "", false)).ok).toBe(true);
    } finally {
      session.close();
    }
    expect(queue.handshakes).toBe(2);
  });

  test("one operation's failure does not cut off another running beside it on the same connection", async () => {
    const queue = startQueue({ refuseNames: ["bad"], ackDelayMs: 20 });
    const session = new ClientSession(clientOptions([queue.address]));
    try {
      const [good, bad] = await Promise.all([
        uploadFile(session.options, { path: fileOf("good", 6 * smallChunkBytes), name: "good" }),
        Bun.sleep(10).then(() => uploadFile(session.options, { path: fileOf("bad", 10), name: "bad" })),
      ]);
      expect(bad?.ok).toBe(false);
      // The failed upload retired the connection, but the good one finished on it, in one attempt.
      expect(good?.ok && good.value.attempts).toBe(1);
      expect(queue.handshakes).toBe(1);
      // The next operation gets a new connection.
      expect((await listFiles(session.options, "", false)).ok).toBe(true);
      expect(queue.handshakes).toBe(2);
    } finally {
      session.close();
    }
  });

  test("a closed session refuses further operations", async () => {
    const queue = startQueue();
    const session = new ClientSession(clientOptions([queue.address]));
    expect((await listFiles(session.options, "", false)).ok).toBe(true);
    session.close();
    const listed = await listFiles(session.options, "", false);
    expect(listed.ok).toBe(false);
    expect(listed.ok ? "" : listed.error.message).toContain("session was closed");
    expect(queue.handshakes).toBe(1);
  });
});

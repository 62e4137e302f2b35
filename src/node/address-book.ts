/**
 * Where each member listens, and where the queue servers are: what a node must remember to
 * rejoin as itself after a restart when it was found by discovery rather than --peers. Kept
 * in DATA_DIR/address-book.json, replaced atomically (temp file, fsync, rename) on change.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { join } from "node:path";
import { assert } from "../lib/assert";
import { formatHostPort, parseHostPort, type HostPort } from "../cli/host-port";

/** Members and queue servers one node remembers; more is garbage, not a cluster. */
export const addressBookEntriesMax = 1024;

interface Stored {
  readonly members: Record<string, string>;
  readonly queues: readonly string[];
}

export class AddressBook {
  private readonly members = new Map<string, HostPort>();
  private queueServers: HostPort[] = [];

  private constructor(private readonly path: string | null) {}

  static inMemory(): AddressBook {
    return new AddressBook(null);
  }

  /** Loads DATA_DIR/address-book.json if present; a damaged file is an error naming it. */
  static load(dataDir: string): AddressBook {
    const book = new AddressBook(join(dataDir, "address-book.json"));
    let text: string;
    try {
      text = readFileSync(book.path as string, "utf8");
    } catch {
      return book;
    }
    const stored = JSON.parse(text) as Stored;
    for (const [id, address] of Object.entries(stored.members ?? {})) {
      const parsed = parseHostPort(address);
      if (parsed !== null) book.members.set(id, parsed);
    }
    book.queueServers = (stored.queues ?? []).map(parseHostPort).filter((item): item is HostPort => item !== null);
    return book;
  }

  get size(): number {
    return this.members.size;
  }

  address(id: string): HostPort | null {
    return this.members.get(id) ?? null;
  }

  entries(): [string, HostPort][] {
    return [...this.members];
  }

  queues(): readonly HostPort[] {
    return this.queueServers;
  }

  /** Merges what was learned; returns whether anything changed (and then persists it). */
  learn(members: Iterable<readonly [string, HostPort]>, queues: readonly HostPort[] = []): boolean {
    let changed = false;
    for (const [id, address] of members) {
      const known = this.members.get(id);
      if (known !== undefined && formatHostPort(known) === formatHostPort(address)) continue;
      assert(this.members.size < addressBookEntriesMax || known !== undefined, "address book is full");
      this.members.set(id, address);
      changed = true;
    }
    if (queues.length > 0 && queues.map(formatHostPort).join(",") !== this.queueServers.map(formatHostPort).join(",")) {
      this.queueServers = [...queues];
      changed = true;
    }
    if (changed) this.save();
    return changed;
  }

  private save(): void {
    if (this.path === null) return;
    const stored: Stored = {
      members: Object.fromEntries([...this.members].map(([id, address]) => [id, formatHostPort(address)])),
      queues: this.queueServers.map(formatHostPort),
    };
    const temp = `${this.path}.tmp`;
    const fd = openSync(temp, "w");
    try {
      writeSync(fd, JSON.stringify(stored, null, 2));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, this.path);
  }
}

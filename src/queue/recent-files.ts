/**
 * The files most recently written through this queue server, newest first, for the status
 * page. Bounded (recentFilesMax); a file written again moves to the front, a file removed
 * through this queue server leaves the list. Files written through another queue server are
 * not seen here. Pure.
 */
import { assert } from "../lib/assert";

export const recentFilesMax = 20;

export interface RecentFile {
  readonly name: string;
  readonly size: number;
  /** Version the state machine gave the file (the index of its put-file entry). */
  readonly version: number;
  readonly chunks: number;
  /** When the leader created the file (its wall clock), ms since the Unix epoch. */
  readonly createdMs: number;
}

export class RecentFiles {
  /** Newest first. Invariant: names are distinct, length <= recentFilesMax. */
  private files: RecentFile[] = [];

  written(file: RecentFile): void {
    this.files = [file, ...this.files.filter((other) => other.name !== file.name)].slice(0, recentFilesMax);
    assert(this.files.length <= recentFilesMax, "the list stays within its bound");
  }

  removed(name: string): void {
    this.files = this.files.filter((file) => file.name !== name);
  }

  list(): readonly RecentFile[] {
    return this.files;
  }
}

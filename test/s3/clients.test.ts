/**
 * The S3 door end to end with the real clients from Debian's packages, against a cluster of
 * the compiled binary: the AWS CLI (mb, cp with metadata and a multipart upload, head-object,
 * a ranged get-object, ls, rm, rb refused while the bucket holds objects), rclone (copy, check
 * with MD5s, sync after changes, copy back) and s3cmd (mb, put, ls, get, del, a 100 MB
 * multipart upload). Each client is configured in a temp dir (docs/s3.md shows the same
 * configurations against the demo). Bytes are compared with what was sent.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { clientPresent, DoorHarness, type Run } from "./door-harness";

let door: DoorHarness;

beforeAll(async () => {
  door = await DoorHarness.start("s3clients");
}, 180_000);

afterAll(async () => {
  await door.stop();
});

function ok(run: Run): Run {
  if (run.code !== 0) throw new Error(`exit ${run.code}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  return run;
}

function md5(bytes: Uint8Array): string {
  return createHash("md5").update(bytes).digest("hex");
}

function randomFile(path: string, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += 1 << 16) bytes.set(randomBytes(Math.min(1 << 16, size - offset)), offset);
  writeFileSync(path, bytes);
  return bytes;
}

describe.if(clientPresent("aws"))("AWS CLI", () => {
  test("mb, cp with metadata, head-object, ranged get-object, a multipart cp and back, ls, rm, rb", async () => {
    const small = randomFile(join(door.dir, "small.bin"), 10_000);
    const big = randomFile(join(door.dir, "big.bin"), 20 << 20);
    ok(await door.aws(["s3", "mb", "s3://awsbucket"]));
    ok(await door.aws(["s3", "cp", "small.bin", "s3://awsbucket/dir/small.bin", "--content-type", "text/x-test", "--metadata", "colour=blue"]));
    const head = JSON.parse(ok(await door.aws(["s3api", "head-object", "--bucket", "awsbucket", "--key", "dir/small.bin"])).stdout) as Record<string, unknown>;
    expect(head.ETag).toBe(`"${md5(small)}"`);
    expect(head.ContentLength).toBe(10_000);
    expect(head.ContentType).toBe("text/x-test");
    expect(head.Metadata).toEqual({ colour: "blue" });
    expect(typeof head.LastModified).toBe("string");
    ok(await door.aws(["s3", "cp", "big.bin", "s3://awsbucket/big.bin"]));
    const ranged = ok(await door.aws(["s3api", "get-object", "--bucket", "awsbucket", "--key", "big.bin", "--range", "bytes=1048570-2097160", "ranged.bin"]));
    expect((JSON.parse(ranged.stdout) as Record<string, unknown>).ContentRange).toBe(`bytes 1048570-2097160/${20 << 20}`);
    expect(md5(new Uint8Array(readFileSync(join(door.dir, "ranged.bin"))))).toBe(md5(big.subarray(1048570, 2097161)));
    ok(await door.aws(["s3", "cp", "s3://awsbucket/big.bin", "big-back.bin"]));
    expect(md5(new Uint8Array(readFileSync(join(door.dir, "big-back.bin"))))).toBe(md5(big));
    const bigHead = JSON.parse(ok(await door.aws(["s3api", "head-object", "--bucket", "awsbucket", "--key", "big.bin"])).stdout) as Record<string, unknown>;
    expect(String(bigHead.ETag)).toMatch(/^"[0-9a-f]{32}-3"$/);
    const listing = ok(await door.aws(["s3", "ls", "s3://awsbucket/"])).stdout;
    expect(listing).toMatch(/PRE dir\//);
    expect(listing).toMatch(/20971520 big\.bin/);
    const refused = await door.aws(["s3", "rb", "s3://awsbucket"]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/BucketNotEmpty/);
    ok(await door.aws(["s3", "rm", "s3://awsbucket", "--recursive"]));
    expect(ok(await door.aws(["s3", "ls", "s3://awsbucket/"])).stdout.trim()).toBe("");
    ok(await door.aws(["s3", "rb", "s3://awsbucket"]));
    expect(ok(await door.aws(["s3", "ls"])).stdout).not.toMatch(/awsbucket/);
  }, 600_000);
});

describe.if(clientPresent("rclone"))("rclone", () => {
  test("copy a tree, check it (sizes and MD5s), sync after changes, copy it back", async () => {
    const tree = join(door.dir, "tree");
    mkdirSync(join(tree, "a", "b"), { recursive: true });
    mkdirSync(join(tree, "c"), { recursive: true });
    for (const [at, size] of [1_000, 100_000, 3_000_000].entries()) randomFile(join(tree, "a", `f${at}.bin`), size);
    randomFile(join(tree, "a", "b", "deep.bin"), 7_000_000);
    writeFileSync(join(tree, "c", "note with spaces.txt"), "hello, rclone\n");
    writeFileSync(join(tree, "empty.txt"), "");
    ok(await door.rclone(["mkdir", "gossamer:rclonebucket"]));
    ok(await door.rclone(["copy", tree, "gossamer:rclonebucket/tree"]));
    const checked = ok(await door.rclone(["check", tree, "gossamer:rclonebucket/tree"]));
    expect(checked.stderr).toMatch(/0 differences found/);
    expect(checked.stderr).toMatch(/6 matching files/);
    writeFileSync(join(tree, "c", "added.txt"), "new\n");
    Bun.spawnSync(["rm", join(tree, "a", "f1.bin")]);
    ok(await door.rclone(["sync", tree, "gossamer:rclonebucket/tree"]));
    const listed = ok(await door.rclone(["lsf", "-R", "gossamer:rclonebucket/tree"])).stdout.split("\n").filter((line) => line !== "" && !line.endsWith("/")).sort();
    expect(listed).toEqual(["a/b/deep.bin", "a/f0.bin", "a/f2.bin", "c/added.txt", "c/note with spaces.txt", "empty.txt"]);
    const back = join(door.dir, "tree-back");
    ok(await door.rclone(["copy", "gossamer:rclonebucket/tree", back]));
    const diff = Bun.spawnSync(["diff", "-r", tree, back]);
    expect(diff.exitCode).toBe(0);
    expect(ok(await door.rclone(["check", tree, "gossamer:rclonebucket/tree"])).stderr).toMatch(/0 differences found/);
  }, 600_000);
});

describe.if(clientPresent("s3cmd"))("s3cmd", () => {
  test("mb, put, ls, get, del, and a 100 MB multipart upload", async () => {
    const small = randomFile(join(door.dir, "s3cmd-small.bin"), 5_000);
    ok(await door.s3cmd(["mb", "s3://s3cmdbucket"]));
    ok(await door.s3cmd(["put", "s3cmd-small.bin", "s3://s3cmdbucket/small.bin"]));
    expect(ok(await door.s3cmd(["ls", "s3://s3cmdbucket"])).stdout).toMatch(/5000\s+s3:\/\/s3cmdbucket\/small\.bin/);
    ok(await door.s3cmd(["get", "--force", "s3://s3cmdbucket/small.bin", "s3cmd-small-back.bin"]));
    expect(md5(new Uint8Array(readFileSync(join(door.dir, "s3cmd-small-back.bin"))))).toBe(md5(small));
    ok(await door.s3cmd(["del", "s3://s3cmdbucket/small.bin"]));
    expect(ok(await door.s3cmd(["ls", "s3://s3cmdbucket"])).stdout.trim()).toBe("");
    const hundred = randomFile(join(door.dir, "hundred.bin"), 100_000_000);
    ok(await door.s3cmd(["put", "--multipart-chunk-size-mb=15", "hundred.bin", "s3://s3cmdbucket/hundred.bin"]));
    // s3cmd lists the MD5 it recorded in its own metadata (x-amz-meta-s3cmd-attrs) for a multipart upload.
    expect(ok(await door.s3cmd(["ls", "--list-md5", "s3://s3cmdbucket"])).stdout).toContain(md5(hundred));
    // Seven parts of 15 MB: the ETag is the MD5 of the parts' MD5s, with -7 (seen with another client).
    if (clientPresent("aws")) {
      const head = JSON.parse(ok(await door.aws(["s3api", "head-object", "--bucket", "s3cmdbucket", "--key", "hundred.bin"])).stdout) as Record<string, unknown>;
      expect(String(head.ETag)).toMatch(/^"[0-9a-f]{32}-7"$/);
    }
    const info = ok(await door.s3cmd(["info", "s3://s3cmdbucket/hundred.bin"])).stdout;
    expect(info).toMatch(/File size:\s+100000000/);
    ok(await door.s3cmd(["get", "--force", "s3://s3cmdbucket/hundred.bin", "hundred-back.bin"]));
    expect(md5(new Uint8Array(readFileSync(join(door.dir, "hundred-back.bin"))))).toBe(md5(hundred));
  }, 900_000);
});

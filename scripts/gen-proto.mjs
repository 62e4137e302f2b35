// Generates src/wire/generated/proto.{js,d.ts} from proto/*.proto with protobufjs's own CLI.
// With --check it generates into a temp dir and fails if the committed code is out of date,
// so the build can never run on stale generated code.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const protoDir = join(root, "proto");
const outDir = join(root, "src", "wire", "generated");
const check = process.argv.includes("--check");
const bin = (name) => join(root, "node_modules", ".bin", name);
const files = readdirSync(protoDir).filter((f) => f.endsWith(".proto")).sort().map((f) => join(protoDir, f));

const target = check ? mkdtempSync(join(tmpdir(), "gossamer-proto-")) : outDir;
mkdirSync(target, { recursive: true });
const js = join(target, "proto.js");
execFileSync(bin("pbjs"), [
  "-t", "static-module", "-w", "esm", "--dts", "--force-number", "--null-semantics",
  "--no-verify", "--no-convert", "--no-typeurl", "--no-delimited", "--no-service",
  "-p", protoDir, "-o", js, ...files,
], { stdio: "inherit" });

if (check) {
  const stale = ["proto.js", "proto.d.ts"].filter((name) => {
    let committed = "";
    try { committed = readFileSync(join(outDir, name), "utf8"); } catch { return true; }
    return committed !== readFileSync(join(target, name), "utf8");
  });
  rmSync(target, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`generated protobuf code is out of date (${stale.join(", ")}): run \`npm run proto\` and commit src/wire/generated/`);
    process.exit(1);
  }
  console.log("generated protobuf code is up to date");
}

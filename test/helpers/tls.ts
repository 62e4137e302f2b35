/**
 * A private certificate authority for tests, made with openssl in a temp dir: a CA, and
 * certificates it signs for any names (IP 127.0.0.1 and localhost by default), plus a "rogue"
 * self-signed certificate no one trusts. `openssl` comes from Debian's package (.ci/run
 * installs it); its absence is a failure, like any other required tool.
 */
import { spawnSync } from "bun";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface CertFiles {
  readonly cert: string;
  readonly key: string;
}

export interface TestCa {
  readonly dir: string;
  readonly ca: string;
  issue(name: string, altNames?: readonly string[]): CertFiles;
  /** A self-signed certificate from no CA we trust. */
  rogue(name: string): CertFiles;
  cleanup(): void;
}

function openssl(dir: string, args: readonly string[]): void {
  const result = spawnSync(["openssl", ...args], { cwd: dir, stdout: "pipe", stderr: "pipe" });
  if (result.exitCode !== 0) throw new Error(`openssl ${args.join(" ")}: ${result.stderr.toString()}`);
}

export function makeTestCa(): TestCa {
  const dir = mkdtempSync(join(tmpdir(), "gossamer-ca-"));
  openssl(dir, ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=gossamer-test-ca"]);
  return {
    dir,
    ca: join(dir, "ca.pem"),
    issue(name, altNames = ["IP:127.0.0.1", "DNS:localhost"]) {
      openssl(dir, ["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", `${name}.key`, "-out", `${name}.csr`, "-subj", `/CN=${name}`]);
      writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${altNames.join(",")}\nextendedKeyUsage=serverAuth,clientAuth\n`);
      openssl(dir, ["x509", "-req", "-in", `${name}.csr`, "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", `${name}.pem`, "-days", "2", "-extfile", `${name}.ext`]);
      return { cert: join(dir, `${name}.pem`), key: join(dir, `${name}.key`) };
    },
    rogue(name) {
      openssl(dir, ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", `${name}.key`, "-out", `${name}.pem`, "-days", "2", "-subj", `/CN=${name}`,
        "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"]);
      return { cert: join(dir, `${name}.pem`), key: join(dir, `${name}.key`) };
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

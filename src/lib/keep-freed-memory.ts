/**
 * Starts this process again, once, with Bun's allocator (mimalloc) told to keep the memory it
 * frees instead of returning it to the kernel at once (MIMALLOC_PURGE_DELAY=-1).
 *
 * Why: moving a file allocates and frees megabyte buffers at every hop (frames, chunk bytes), and
 * with mimalloc's default the freed pages go back to the kernel within milliseconds, so the next
 * megabyte faults in again, zeroed, page by page. Measured on the 2-core machine (128 MiB write,
 * three nodes and a queue server, per MiB per process): 370-540 minor faults and 13-28 ms of CPU
 * by default; 130-260 faults and 8-18 ms with purging off (see README, "Figures"). The peak
 * resident memory is unchanged — it is bounded by the buffers the code itself bounds — but after
 * a big transfer a process keeps its peak until it exits.
 *
 * mimalloc reads its options when the process starts, and Bun exports no call to change them
 * later, so the only way is the environment of a new image: execve(2) of the same executable with
 * the same arguments, keeping the pid (a supervisor, a test harness or `kill` sees one process).
 * An operator who sets MIMALLOC_PURGE_DELAY (any value) opts out: nothing is re-executed. If
 * libc or execve is not there, the process simply goes on with the default.
 *
 * Only the servers (--role node|queue) do it: they run for long and move every byte, while a
 * second start-up (0.2-0.5 s on a loaded 2-core machine) would double the cost of a short
 * client command.
 */
import { dlopen, ptr } from "bun:ffi";

export const purgeDelayVariable = "MIMALLOC_PURGE_DELAY";
/** mimalloc: never hand freed memory back to the kernel while the process runs. */
const keepFreed = "-1";

/** The argv of this same invocation for a new image of this executable. */
export function sameInvocation(): string[] {
  // A compiled binary's argv[1] is its embedded entry ("/$bunfs/root/..."), not a real argument.
  const compiled = Bun.main.startsWith("/$bunfs/");
  return compiled ? [process.execPath, ...process.argv.slice(2)] : [process.execPath, ...process.execArgv, ...process.argv.slice(1)];
}

/**
 * Whether this invocation starts a server, as far as the command line or GOSSAMER_ROLE say (a
 * role given only in a config file is not looked for: such a server runs with the default).
 */
export function startsServer(args: readonly string[], roleVariable: string | undefined): boolean {
  const servers = new Set(["node", "queue"]);
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    if (arg === "--role") return servers.has(args[i + 1] ?? "");
    if (arg.startsWith("--role=")) return servers.has(arg.slice("--role=".length));
  }
  return servers.has(roleVariable ?? "");
}

/** Replaces a server's process unless the allocator is already configured; returns if it was, or on failure. */
export function keepFreedMemory(): void {
  if (process.env[purgeDelayVariable] !== undefined || process.platform !== "linux") return;
  if (!startsServer(process.argv.slice(2), process.env.GOSSAMER_ROLE)) return;
  const argv = sameInvocation();
  const env = Object.entries({ ...process.env, [purgeDelayVariable]: keepFreed }).map(([key, value]) => `${key}=${value ?? ""}`);
  // Every string and both tables stay referenced here until execve, which does not return on success.
  const strings = [...argv, ...env].map((text) => Buffer.from(`${text}\0`, "utf8"));
  const table = (from: number, to: number): BigUint64Array => {
    const pointers = new BigUint64Array(to - from + 1);
    for (let i = from; i < to; i += 1) pointers[i - from] = BigInt(ptr(strings[i] as Buffer));
    return pointers;
  };
  const argvTable = table(0, argv.length);
  const envTable = table(argv.length, strings.length);
  try {
    const libc = dlopen("libc.so.6", { execve: { args: ["ptr", "ptr", "ptr"], returns: "i32" } });
    libc.symbols.execve(ptr(strings[0] as Buffer), ptr(argvTable), ptr(envTable));
    libc.close();
  } catch {
    // No libc.so.6 (another libc): run with the allocator's default.
  }
}

keepFreedMemory();

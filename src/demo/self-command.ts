/**
 * How this process starts another copy of itself: the compiled binary is its own executable;
 * under `bun src/main.ts` the runtime needs the script path too.
 */
export function selfCommand(): string[] {
  const compiled = Bun.main.startsWith("/$bunfs/") || Bun.main.startsWith("B:/~BUN/");
  return compiled ? [process.execPath] : [process.execPath, Bun.main];
}

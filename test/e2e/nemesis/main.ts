/**
 * `npm run nemesis -- --seconds N --seed S [--workers W]`: one nemesis run (nemesis.ts), as root
 * (it makes network namespaces). Prints each fault as it happens, the latency table, the
 * anomalies if any, and one summary line; exits 1 when the history or the nodes' storage is
 * wrong, and says where the history was saved and the seed to rerun it with.
 */
import { runNemesis } from "./nemesis";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isSafeInteger(value) || value <= 0) {
    console.error(`nemesis: --${name} expects a positive integer, got ${JSON.stringify(process.argv[index + 1] ?? "")}`);
    process.exit(2);
  }
  return value;
}

const seconds = option("seconds", 120);
const seed = option("seed", Math.floor(Math.random() * 2 ** 31));
const workers = option("workers", 4);
console.log(`nemesis: seed ${seed}, ${seconds} s, ${workers} workers`);
const report = await runNemesis({ seconds, seed, workers });
console.log("latency by fault under way when the operation began:");
for (const line of report.latency) console.log(`  ${line}`);
for (const anomaly of report.anomalies) console.log(`anomaly ${anomaly.kind} on ${anomaly.name}: ${anomaly.detail}`);
for (const problem of report.convergence) console.log(`not converged: ${problem}`);
if (report.anomalies.length > 0 || report.convergence.length > 0) {
  console.log(`history saved in ${report.dir}/history.json; rerun with: npm run nemesis -- --seconds ${seconds} --seed ${seed}`);
}
console.log(report.summary);
process.exit(report.anomalies.length === 0 && report.convergence.length === 0 ? 0 : 1);

/**
 * The hand-written Prometheus registry: exact exposition text for each metric type (HELP and
 * TYPE lines, label escaping, cumulative histogram buckets ending in +Inf with _sum and
 * _count), label values fixed at declaration, counters that only go up, and Gossamer's own
 * metric set rendered for each role passing `promtool check metrics`.
 */
import { describe, expect, test } from "bun:test";
import { Registry, escapeLabelValue, formatValue, renderAll, seriesPerMetricMax } from "../../src/metrics/registry";
import { renderMetrics } from "../../src/metrics/metrics";
import { serviceGate } from "../helpers/services";
import { promtoolCheckMetrics } from "../helpers/promtool";

describe("exposition text", () => {
  test("a counter and a gauge, with and without labels", () => {
    const registry = new Registry();
    const requests = registry.counter({ name: "x_requests_total", help: "Requests.", labels: { kind: ["read", "write"] } });
    const depth = registry.gauge({ name: "x_depth", help: "Depth\nof things \\ here." });
    requests.with({ kind: "write" }).inc();
    requests.with({ kind: "write" }).inc(2);
    depth.set(-1.5);
    expect(registry.render()).toBe([
      "# HELP x_requests_total Requests.",
      "# TYPE x_requests_total counter",
      "x_requests_total{kind=\"read\"} 0",
      "x_requests_total{kind=\"write\"} 3",
      "# HELP x_depth Depth\\nof things \\\\ here.",
      "# TYPE x_depth gauge",
      "x_depth -1.5",
      "",
    ].join("\n"));
  });

  test("a histogram: cumulative buckets, +Inf, sum and count; le inclusive", () => {
    const registry = new Registry();
    const latency = registry.histogram({ name: "x_seconds", help: "Latency.", labels: { op: ["a"] }, buckets: [0.1, 1] });
    const child = latency.with({ op: "a" });
    for (const value of [0.05, 0.1, 0.5, 7]) child.observe(value);
    expect(registry.render()).toBe([
      "# HELP x_seconds Latency.",
      "# TYPE x_seconds histogram",
      "x_seconds_bucket{op=\"a\",le=\"0.1\"} 2",
      "x_seconds_bucket{op=\"a\",le=\"1\"} 3",
      "x_seconds_bucket{op=\"a\",le=\"+Inf\"} 4",
      "x_seconds_sum{op=\"a\"} 7.65",
      "x_seconds_count{op=\"a\"} 4",
      "",
    ].join("\n"));
    expect(child.count()).toBe(4);
  });

  test("an unlabelled histogram puts le alone in braces", () => {
    const registry = new Registry();
    registry.histogram({ name: "y_seconds", help: "Y.", buckets: [1] }).observe(2);
    expect(registry.render()).toContain("y_seconds_bucket{le=\"1\"} 0\ny_seconds_bucket{le=\"+Inf\"} 1\ny_seconds_sum 2\ny_seconds_count 1\n");
  });

  test("label values and special numbers are escaped as the format says", () => {
    expect(escapeLabelValue("a\\b\"c\nd")).toBe("a\\\\b\\\"c\\nd");
    expect(formatValue(Number.POSITIVE_INFINITY)).toBe("+Inf");
    expect(formatValue(Number.NEGATIVE_INFINITY)).toBe("-Inf");
    expect(formatValue(Number.NaN)).toBe("NaN");
    const registry = new Registry();
    registry.gauge({ name: "z", help: "Z.", labels: { path: ["a\"b\\c\nd"] } }).with({ path: "a\"b\\c\nd" }).set(1);
    expect(registry.render()).toContain("z{path=\"a\\\"b\\\\c\\nd\"} 1\n");
  });
});

describe("bounds and mistakes", () => {
  test("a label value not declared is refused (no series can be added at run time)", () => {
    const registry = new Registry();
    const counter = registry.counter({ name: "c_total", help: "C.", labels: { kind: ["a"] } });
    // The type system refuses "b" too; a value from outside the compiler's sight is caught at run time.
    const sneaky = JSON.parse("{\"kind\":\"b\"}") as { kind: "a" };
    expect(() => counter.with(sneaky)).toThrow("has no series");
  });

  test("declarations that would make too many series, bad names or bad buckets are refused", () => {
    const registry = new Registry();
    const many = Array.from({ length: 9 }, (_, i) => `v${i}`);
    expect(9 * 9).toBeGreaterThan(seriesPerMetricMax);
    expect(() => registry.counter({ name: "m_total", help: "M.", labels: { a: many, b: many } })).toThrow("series");
    expect(() => registry.counter({ name: "requests", help: "No suffix." })).toThrow("_total");
    expect(() => registry.gauge({ name: "g_total", help: "A gauge named like a counter." })).toThrow("_total");
    expect(() => registry.gauge({ name: "bad-name", help: "Dash." })).toThrow("not a Prometheus name");
    expect(() => registry.histogram({ name: "h_seconds", help: "H.", buckets: [1, 1] })).toThrow("strictly increase");
    expect(() => registry.histogram({ name: "h2_seconds", help: "H.", labels: { le: ["x"] }, buckets: [1] })).toThrow("reserved");
    registry.gauge({ name: "once", help: "Once." });
    expect(() => registry.gauge({ name: "once", help: "Twice." })).toThrow("twice");
  });

  test("counters only go up", () => {
    const registry = new Registry();
    const counter = registry.counter({ name: "up_total", help: "Up." });
    counter.inc(2);
    expect(() => counter.inc(-1)).toThrow();
    counter.advanceTo(5);
    expect(counter.value()).toBe(5);
    expect(() => counter.advanceTo(4)).toThrow("would go down");
  });

  test("two registries rendered together must not share a name", () => {
    const a = new Registry();
    const b = new Registry();
    a.gauge({ name: "same", help: "A." });
    b.gauge({ name: "same", help: "B." });
    expect(() => renderAll([a, b])).toThrow("two registries");
  });
});

const promtool = serviceGate("promtool");

describe.skipIf(!promtool.run)("promtool check metrics", () => {
  test("a registry using every feature passes", async () => {
    const registry = new Registry();
    registry.counter({ name: "t_events_total", help: "Events.", labels: { kind: ["a", "b\"c"] } }).with({ kind: "a" }).inc(3);
    registry.gauge({ name: "t_bytes", help: "Bytes." }).set(1e21);
    registry.histogram({ name: "t_duration_seconds", help: "Durations.", buckets: [0.0001, 0.5, 2] }).observe(1e-7);
    const result = await promtoolCheckMetrics(registry.render());
    expect(result.output).toBe("");
    expect(result.code).toBe(0);
  });

  test("a mistake promtool knows is reported (the check can fail)", async () => {
    const result = await promtoolCheckMetrics("# HELP bad_count C.\n# TYPE bad_count counter\nbad_count 1\n");
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("_total");
  });

  for (const role of ["node", "queue"] as const) {
    test(`Gossamer's ${role} metrics pass`, async () => {
      const result = await promtoolCheckMetrics(renderMetrics(role));
      expect(result.output).toBe("");
      expect(result.code).toBe(0);
    });
  }
});

/**
 * A small Prometheus registry: counters, gauges and histograms, rendered in the text
 * exposition format (version 0.0.4: `# HELP`, `# TYPE`, one sample per line, histograms as
 * cumulative `_bucket{le=...}` series with `_sum` and `_count`).
 *
 * Every label's values are declared up front (`labels: { from: ["client", "peer"] }`) and every
 * combination is created at registration, at zero. So the number of series is fixed when the
 * process starts (no peer, file name or request can add one), every series is exported from
 * the first scrape on (a rate over a series that appears late misses its first increase), and
 * the label values are a type the compiler checks at each increment.
 *
 * Pure: no clock, no I/O. Callers pass durations in seconds.
 */
import { assert } from "../lib/assert";

/** Series per metric (the product of its label domains); more is a declaration mistake. */
export const seriesPerMetricMax = 64;
/** Buckets per histogram, +Inf excluded. */
export const histogramBucketsMax = 32;
export const prometheusContentType = "text/plain; version=0.0.4; charset=utf-8";

export type LabelDomain = Readonly<Record<string, readonly string[]>>;
/** One value for each declared label. */
export type LabelSet<Domain extends LabelDomain> = { readonly [Name in keyof Domain]: Domain[Name][number] };

export interface MetricSpec<Domain extends LabelDomain> {
  /** snake_case; counters end in `_total`, units are base units (`_seconds`, `_bytes`). */
  readonly name: string;
  readonly help: string;
  readonly labels?: Domain;
}

export interface HistogramSpec<Domain extends LabelDomain> extends MetricSpec<Domain> {
  /** Upper bounds, strictly increasing and finite (+Inf is implied). */
  readonly buckets: readonly number[];
}

const namePattern = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const labelNamePattern = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

interface Series<Cell> {
  /** Rendered `{a="x",b="y"}`, or "" without labels. */
  readonly labelText: string;
  readonly cell: Cell;
}

/** What every metric shares: its name, its fixed series, and how one series renders. */
abstract class Metric<Domain extends LabelDomain, Cell> {
  readonly name: string;
  readonly help: string;
  private readonly labelNames: readonly string[];
  private readonly series = new Map<string, Series<Cell>>();

  protected constructor(spec: MetricSpec<Domain>, newCell: () => Cell) {
    assert(namePattern.test(spec.name), `metric name ${JSON.stringify(spec.name)} is not a Prometheus name`);
    assert(spec.help.length > 0, `metric ${spec.name} needs help text`);
    this.name = spec.name;
    this.help = spec.help;
    const domain: LabelDomain = spec.labels ?? {};
    this.labelNames = Object.keys(domain);
    for (const label of this.labelNames) {
      assert(labelNamePattern.test(label) && !label.startsWith("__"), `label ${JSON.stringify(label)} of ${spec.name} is not a Prometheus label name`);
      assert(label !== "le", `label "le" of ${spec.name} is reserved for histogram buckets`);
      assert((domain[label] ?? []).length > 0, `label ${label} of ${spec.name} needs at least one value`);
    }
    for (const values of combinations(this.labelNames.map((label) => domain[label] ?? []))) {
      this.series.set(keyOf(values), { labelText: labelText(this.labelNames, values), cell: newCell() });
      assert(this.series.size <= seriesPerMetricMax, `${spec.name} declares more than ${seriesPerMetricMax} series`);
    }
  }

  abstract readonly type: "counter" | "gauge" | "histogram";

  /** The series for one label set (declared at registration, so always there). */
  protected cellOf(labels: Readonly<Record<string, string>>): Cell {
    const values = this.labelNames.map((label) => labels[label] ?? "");
    const found = this.series.get(keyOf(values));
    // The message only when it fails: building it (escaping every label) on each observation
    // showed in the queue server's profile.
    if (found === undefined) assert(false, `${this.name} has no series ${labelText(this.labelNames, values)}`);
    return found.cell;
  }

  protected soleCell(): Cell {
    assert(this.labelNames.length === 0, `${this.name} has labels: name them`);
    return this.cellOf({});
  }

  render(lines: string[]): void {
    lines.push(`# HELP ${this.name} ${escapeHelp(this.help)}`, `# TYPE ${this.name} ${this.type}`);
    for (const { labelText: text, cell } of this.series.values()) this.renderSeries(lines, text, cell);
  }

  protected abstract renderSeries(lines: string[], labelText: string, cell: Cell): void;
}

interface ValueCell {
  value: number;
}

/** Only goes up (or is reset by a process restart, which Prometheus's rate() understands). */
export class Counter<Domain extends LabelDomain = Record<never, never>> extends Metric<Domain, ValueCell> {
  readonly type = "counter";

  constructor(spec: MetricSpec<Domain>) {
    assert(spec.name.endsWith("_total"), `counter ${spec.name} must end in _total`);
    super(spec, () => ({ value: 0 }));
  }

  inc(by = 1): void {
    increase(this.soleCell(), by);
  }

  with(labels: LabelSet<Domain>): CounterChild {
    const cell = this.cellOf(labels);
    return { inc: (by = 1) => increase(cell, by), value: () => cell.value };
  }

  /**
   * For a count kept elsewhere (a pure module's own counter): sets the total, which must not
   * go down.
   */
  advanceTo(total: number): void {
    const cell = this.soleCell();
    assert(total >= cell.value, `${this.name} would go down from ${cell.value} to ${total}`);
    cell.value = total;
  }

  value(): number {
    return this.soleCell().value;
  }

  protected renderSeries(lines: string[], text: string, cell: ValueCell): void {
    lines.push(`${this.name}${text} ${formatValue(cell.value)}`);
  }
}

export interface CounterChild {
  inc(by?: number): void;
  value(): number;
}

export class Gauge<Domain extends LabelDomain = Record<never, never>> extends Metric<Domain, ValueCell> {
  readonly type = "gauge";

  constructor(spec: MetricSpec<Domain>) {
    assert(!spec.name.endsWith("_total"), `gauge ${spec.name} must not end in _total (that marks a counter)`);
    super(spec, () => ({ value: 0 }));
  }

  set(value: number): void {
    setCell(this.soleCell(), value);
  }

  with(labels: LabelSet<Domain>): GaugeChild {
    const cell = this.cellOf(labels);
    return { set: (value) => setCell(cell, value), value: () => cell.value };
  }

  value(): number {
    return this.soleCell().value;
  }

  protected renderSeries(lines: string[], text: string, cell: ValueCell): void {
    lines.push(`${this.name}${text} ${formatValue(cell.value)}`);
  }
}

export interface GaugeChild {
  set(value: number): void;
  value(): number;
}

interface HistogramCell {
  /** Observations per bucket, not cumulative; the last slot is (last bound, +Inf). */
  readonly counts: number[];
  sum: number;
  count: number;
}

export class Histogram<Domain extends LabelDomain = Record<never, never>> extends Metric<Domain, HistogramCell> {
  readonly type = "histogram";
  readonly buckets: readonly number[];

  constructor(spec: HistogramSpec<Domain>) {
    const buckets = [...spec.buckets];
    assert(buckets.length > 0 && buckets.length <= histogramBucketsMax, `${spec.name} needs 1..${histogramBucketsMax} buckets`);
    for (const [index, bound] of buckets.entries()) {
      assert(Number.isFinite(bound), `${spec.name}: bucket bounds are finite (+Inf is implied)`);
      assert(index === 0 || bound > (buckets[index - 1] ?? bound), `${spec.name}: bucket bounds strictly increase`);
    }
    super(spec, () => ({ counts: new Array<number>(buckets.length + 1).fill(0), sum: 0, count: 0 }));
    this.buckets = buckets;
  }

  observe(value: number): void {
    this.record(this.soleCell(), value);
  }

  with(labels: LabelSet<Domain>): HistogramChild {
    const cell = this.cellOf(labels);
    return { observe: (value) => this.record(cell, value), count: () => cell.count };
  }

  count(): number {
    return this.soleCell().count;
  }

  private record(cell: HistogramCell, value: number): void {
    assert(Number.isFinite(value), `${this.name} observes finite values, not ${value}`);
    // The first bound at or above the value (`le` is inclusive); past the last: the +Inf slot.
    let slot = this.buckets.findIndex((bound) => value <= bound);
    if (slot === -1) slot = this.buckets.length;
    cell.counts[slot] = (cell.counts[slot] ?? 0) + 1;
    cell.sum += value;
    cell.count += 1;
  }

  protected renderSeries(lines: string[], text: string, cell: HistogramCell): void {
    let cumulative = 0;
    for (const [index, bound] of [...this.buckets, Number.POSITIVE_INFINITY].entries()) {
      cumulative += cell.counts[index] ?? 0;
      lines.push(`${this.name}_bucket${withLe(text, bound)} ${cumulative}`);
    }
    assert(cumulative === cell.count, `${this.name}: buckets add up to the count`);
    lines.push(`${this.name}_sum${text} ${formatValue(cell.sum)}`, `${this.name}_count${text} ${cell.count}`);
  }
}

export interface HistogramChild {
  observe(value: number): void;
  count(): number;
}

/** Metrics rendered together, in registration order; a name is registered once. */
export class Registry {
  private readonly metrics = new Map<string, Metric<LabelDomain, unknown>>();

  counter<const Domain extends LabelDomain = Record<never, never>>(spec: MetricSpec<Domain>): Counter<Domain> {
    return this.add(new Counter(spec));
  }

  gauge<const Domain extends LabelDomain = Record<never, never>>(spec: MetricSpec<Domain>): Gauge<Domain> {
    return this.add(new Gauge(spec));
  }

  histogram<const Domain extends LabelDomain = Record<never, never>>(spec: HistogramSpec<Domain>): Histogram<Domain> {
    return this.add(new Histogram(spec));
  }

  names(): string[] {
    return [...this.metrics.keys()];
  }

  /** The exposition text; the last line ends with a line feed, as the format requires. */
  render(): string {
    const lines: string[] = [];
    for (const metric of this.metrics.values()) metric.render(lines);
    return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
  }

  private add<M extends Metric<LabelDomain, unknown>>(metric: M): M {
    assert(!this.metrics.has(metric.name), `metric ${metric.name} is registered twice`);
    this.metrics.set(metric.name, metric);
    return metric;
  }
}

/** The exposition of several registries (common + role), which must not share a name. */
export function renderAll(registries: readonly Registry[]): string {
  const seen = new Set<string>();
  for (const registry of registries) {
    for (const name of registry.names()) {
      assert(!seen.has(name), `metric ${name} is in two registries`);
      seen.add(name);
    }
  }
  return registries.map((registry) => registry.render()).join("");
}

function increase(cell: ValueCell, by: number): void {
  assert(Number.isFinite(by) && by >= 0, `a counter increases by a finite non-negative amount, not ${by}`);
  cell.value += by;
}

function setCell(cell: ValueCell, value: number): void {
  assert(!Number.isNaN(value), "a gauge is set to a number");
  cell.value = value;
}

function combinations(domains: readonly (readonly string[])[]): string[][] {
  let out: string[][] = [[]];
  for (const values of domains) out = out.flatMap((prefix) => values.map((value) => [...prefix, value]));
  return out;
}

/** One metric's series all have the same number of labels, so a lone value is its own key. */
function keyOf(values: readonly string[]): string {
  return values.length === 1 ? (values[0] ?? "") : JSON.stringify(values);
}

function labelText(names: readonly string[], values: readonly string[]): string {
  if (names.length === 0) return "";
  return `{${names.map((name, index) => `${name}="${escapeLabelValue(values[index] ?? "")}"`).join(",")}}`;
}

/** `{a="x"}` + le → `{a="x",le="0.5"}`; "" + le → `{le="0.5"}`. */
function withLe(text: string, bound: number): string {
  const le = `le="${formatValue(bound)}"`;
  return text === "" ? `{${le}}` : `${text.slice(0, -1)},${le}}`;
}

/** Label values escape backslash, double quote and line feed. */
export function escapeLabelValue(value: string): string {
  return value.replaceAll("\\", "\\\\").replaceAll("\"", "\\\"").replaceAll("\n", "\\n");
}

/** Help text escapes backslash and line feed. */
export function escapeHelp(help: string): string {
  return help.replaceAll("\\", "\\\\").replaceAll("\n", "\\n");
}

/** Go's ParseFloat reads JavaScript's number text; infinities are spelled +Inf / -Inf. */
export function formatValue(value: number): string {
  if (value === Number.POSITIVE_INFINITY) return "+Inf";
  if (value === Number.NEGATIVE_INFINITY) return "-Inf";
  if (Number.isNaN(value)) return "NaN";
  return String(value);
}

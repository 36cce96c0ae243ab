// One load run with autocannon (as a library): fixed connections for a fixed
// time, each request's path chosen by `pick`. Latencies are taken from every
// response (autocannon's own histogram has no p95).
import autocannon, { type Result } from "autocannon";

export type LoadResult = {
  /** Responses received. */
  requests: number;
  /** Requests sent, including those still in flight when the time was up. */
  sent: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export async function runLoad(opts: {
  url: string;
  connections: number;
  /** Seconds; ignored when `amount` is set. */
  duration?: number;
  amount?: number;
  pick: () => string;
  headers?: Record<string, string>;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let sent = 0;
  const statusCodes: Record<string, number> = {};
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.url,
        connections: opts.connections,
        ...(opts.amount ? { amount: opts.amount } : { duration: opts.duration ?? 10 }),
        timeout: 30,
        headers: opts.headers,
        requests: [
          {
            setupRequest: (req) => {
              sent++;
              return { ...req, path: opts.pick() };
            },
          },
        ],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
      statusCodes[status] = (statusCodes[status] ?? 0) + 1;
    });
  });
  latencies.sort((a, b) => a - b);
  const requests = latencies.length;
  const non2xx = Object.entries(statusCodes).reduce((n, [code, c]) => (code.startsWith("2") ? n : n + c), 0);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    requests,
    sent,
    seconds: result.duration,
    rps: round(requests / Math.max(result.duration, 0.001)),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? 0),
    non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  };
}

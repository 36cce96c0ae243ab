// Database statements per request, counted by pg_stat_statements in the bench
// cluster: reset before a scenario, read after it. The bench's own queries on
// pg_stat_statements are left out; nothing else uses the bench database
// while a scenario runs (no job worker is started).
import pg from "pg";

export type StatementStat = { calls: number; meanMs: number; totalMs: number; rows: number; query: string };
export type QueryCount = {
  /** Statements during the load run, and per request sent (requests cut off at the end may not have run all theirs). */
  statements: number;
  perRequest: number;
  /** Exact: statements of `probeRequests` requests made one at a time right after the load run. */
  probePerRequest: number | null;
  probeRequests: number;
  top: StatementStat[];
}

export class QueryCounter {
  private client: pg.Client;
  constructor(url: string) {
    this.client = new pg.Client({ connectionString: url });
  }
  async open() {
    await this.client.connect();
    await this.client.query("create extension if not exists pg_stat_statements");
  }
  async reset() {
    await this.client.query("select pg_stat_statements_reset()");
  }
  private async total(): Promise<number> {
    const r = await this.client.query<{ n: string }>(`
      select coalesce(sum(s.calls), 0) as n from pg_stat_statements s join pg_database d on d.oid = s.dbid
      where d.datname = current_database() and s.query not ilike '%pg_stat_statements%'`);
    return Number(r.rows[0].n);
  }
  /**
   * Wait until requests still in flight at the end of a run have finished
   * their queries: the count has not moved for half a second (at most 15 s).
   */
  async settle() {
    let last = await this.total();
    const until = Date.now() + 15_000;
    while (Date.now() < until) {
      await new Promise((r) => setTimeout(r, 500));
      const now = await this.total();
      if (now === last) return;
      last = now;
    }
  }
  /** Statements since the last reset, divided by `requests`, and the heaviest by total time. */
  async read(requests: number): Promise<QueryCount> {
    await this.settle();
    const r = await this.client.query<{ calls: string; mean: number; total: number; rows: string; query: string }>(`
      select s.calls, s.mean_exec_time as mean, s.total_exec_time as total, s.rows, s.query
      from pg_stat_statements s join pg_database d on d.oid = s.dbid
      where d.datname = current_database() and s.query not ilike '%pg_stat_statements%'
      order by s.total_exec_time desc`);
    const statements = r.rows.reduce((n, x) => n + Number(x.calls), 0);
    const top = r.rows.slice(0, 6).map((x) => ({
      calls: Number(x.calls),
      meanMs: Math.round(x.mean * 100) / 100,
      totalMs: Math.round(x.total),
      rows: Number(x.rows),
      query: x.query.replace(/\s+/g, " ").slice(0, 400),
    }));
    return { statements, perRequest: requests ? Math.round((statements / requests) * 100) / 100 : 0, probePerRequest: null, probeRequests: 0, top };
  }
  /** Statements per request of `count` requests made by `request` one after another. */
  async probe(count: number, request: () => Promise<void>): Promise<number> {
    await this.reset();
    for (let i = 0; i < count; i++) await request();
    await this.settle();
    return Math.round(((await this.total()) / count) * 100) / 100;
  }
  async close() {
    await this.client.end().catch(() => {});
  }
}

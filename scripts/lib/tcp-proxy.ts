// A TCP pass-through used by the fault tests: the app reaches PostgreSQL
// through it, and a test can "stop the database" (drop every connection and
// refuse new ones) and bring it back, without touching the server itself.
import net from "node:net";

export async function startTcpProxy(opts: { targetPort: number; targetHost?: string; port?: number }) {
  let up = true;
  const sockets = new Set<net.Socket>();
  let server: net.Server;
  const onClient = (client: net.Socket) => {
    if (!up) return client.destroy();
    const upstream = net.connect(opts.targetPort, opts.targetHost ?? "127.0.0.1");
    sockets.add(client);
    sockets.add(upstream);
    const done = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", done).on("close", done);
    upstream.on("error", done).on("close", done);
    client.pipe(upstream);
    upstream.pipe(client);
  };
  const listen = (port: number) =>
    new Promise<void>((r) => {
      server = net.createServer(onClient);
      server.listen(port, "127.0.0.1", () => r());
    });
  await listen(opts.port ?? 0);
  const port = (server!.address() as net.AddressInfo).port;
  return {
    port,
    // Down: existing connections are cut and new ones refused, as when PostgreSQL stops.
    async setUp(value: boolean) {
      if (value === up) return;
      up = value;
      if (!value) {
        for (const s of sockets) s.destroy();
        await new Promise<void>((r) => server.close(() => r()));
      } else await listen(port);
    },
    isUp: () => up,
    async stop() {
      for (const s of sockets) s.destroy();
      if (up) await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

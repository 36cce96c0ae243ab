// Readable one-line logs: `time level scope message key=value`. Never pass
// secrets or magic-link tokens here; redact() masks the usual suspects anyway.
import { config } from "./config.ts";

type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

const SECRET_KEYS = /token|secret|password|authorization|cookie|signature/i;

function fmt(value: unknown): string {
  if (value instanceof Error) return JSON.stringify(value.message);
  if (typeof value === "string") return /\s/.test(value) ? JSON.stringify(value) : value;
  return JSON.stringify(value);
}

export function redact(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, SECRET_KEYS.test(k) ? "[redacted]" : v]));
}

export function logger(scope: string) {
  const write = (level: Level, message: string, fields: Record<string, unknown> = {}) => {
    let min: Level = "info";
    try {
      min = config().LOG_LEVEL;
    } catch {}
    if (order[level] < order[min]) return;
    const kv = Object.entries(redact(fields))
      .map(([k, v]) => `${k}=${fmt(v)}`)
      .join(" ");
    const line = `${new Date().toISOString()} ${level.toUpperCase().padEnd(5)} ${scope}: ${message}${kv ? " " + kv : ""}`;
    (level === "error" || level === "warn" ? console.error : console.log)(line);
  };
  return {
    debug: (m: string, f?: Record<string, unknown>) => write("debug", m, f),
    info: (m: string, f?: Record<string, unknown>) => write("info", m, f),
    warn: (m: string, f?: Record<string, unknown>) => write("warn", m, f),
    error: (m: string, f?: Record<string, unknown>) => write("error", m, f),
  };
}

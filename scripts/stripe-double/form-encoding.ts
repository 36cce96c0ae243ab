// Stripe's v1 API takes application/x-www-form-urlencoded bodies (and query
// strings) with Rack-style bracket nesting: `a[b][0][c]=x`, `expand[]=y`,
// `metadata[k]=v`. The SDK sends arrays as `a[0]=..`; curl users and docs use
// `a[]=..`. Both must land in the same place.
import { ApiError, invalid } from "./errors.ts";

export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

// Keys that would let a request body reach Object.prototype.
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s; // malformed %-escape: keep it literal rather than reject the request
  }
}

export function splitKey(key: string): string[] {
  const open = key.indexOf("[");
  if (open <= 0) return [key];
  const segs = [key.slice(0, open)];
  let rest = key.slice(open);
  while (rest.length > 0) {
    const m = /^\[([^\][]*)\]/.exec(rest);
    if (!m) return [key]; // not bracket syntax after all; treat as a flat key
    segs.push(m[1]);
    rest = rest.slice(m[0].length);
  }
  return segs;
}

function isObj(v: FormValue | undefined): v is FormObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function arrayToObject(arr: FormValue[]): FormObject {
  const o: FormObject = {};
  arr.forEach((v, i) => (o[String(i)] = v));
  return o;
}

function assign(root: FormObject, segs: string[], value: string): void {
  let cur: FormObject | FormValue[] = root;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const last = i === segs.length - 1;
    const next = segs[i + 1];
    if (FORBIDDEN.has(seg)) return;
    if (Array.isArray(cur)) {
      // Only reachable via "[]" (push). For `a[][k]=..` Rack semantics: keep
      // filling the last element until a key repeats.
      if (last) {
        cur.push(value);
        return;
      }
      const tail: FormValue | undefined = cur[cur.length - 1];
      if (next !== "" && isObj(tail) && !(next in tail)) {
        cur = tail;
      } else {
        const fresh: FormObject | FormValue[] = next === "" ? [] : {};
        cur.push(fresh);
        cur = fresh;
      }
      continue;
    }
    if (last) {
      cur[seg] = value; // repeated scalar keys: last one wins, as with Rack
      return;
    }
    let child: FormValue | undefined = cur[seg];
    if (next === "") {
      if (!Array.isArray(child)) child = cur[seg] = [];
    } else if (Array.isArray(child)) {
      child = cur[seg] = arrayToObject(child);
    } else if (!isObj(child)) {
      child = cur[seg] = {};
    }
    cur = child as FormObject | FormValue[];
  }
}

export function parseForm(input: string, into: FormObject = {}): FormObject {
  if (!input) return into;
  for (const part of input.split("&")) {
    if (!part) continue;
    const eq = part.indexOf("=");
    const key = decode(eq === -1 ? part : part.slice(0, eq));
    const value = decode(eq === -1 ? "" : part.slice(eq + 1));
    if (key) assign(into, splitKey(key), value);
  }
  return into;
}

// Stripe encodes `metadata=` (empty) as "clear everything", and lists may
// arrive either as real arrays (`[]`) or as index-keyed hashes (`[0]`).
export function asArray(v: FormValue | undefined, param: string): FormValue[] | undefined {
  if (v === undefined || v === "") return undefined;
  if (Array.isArray(v)) return v;
  if (typeof v === "string") return [v];
  const keys = Object.keys(v);
  if (!keys.every((k) => /^\d+$/.test(k))) throw invalid(param, `Invalid array`, "parameter_invalid_array");
  return keys.sort((a, b) => Number(a) - Number(b)).map((k) => v[k]);
}

export function str(v: FormValue | undefined, param: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== "string") throw invalid(param, `Invalid string: ${JSON.stringify(v)}`, "parameter_invalid_string");
  return v;
}

export function strArray(v: FormValue | undefined, param: string): string[] | undefined {
  return asArray(v, param)?.map((x, i) => str(x, `${param}[${i}]`) ?? "");
}

export function int(v: FormValue | undefined, param: string): number | undefined {
  const s = str(v, param);
  if (s === undefined || s === "") return undefined;
  if (!/^-?\d+$/.test(s)) throw invalid(param, `Invalid integer: ${s}`, "parameter_invalid_integer");
  return Number(s);
}

export function bool(v: FormValue | undefined, param: string): boolean | undefined {
  const s = str(v, param);
  if (s === undefined || s === "") return undefined;
  if (s === "true") return true;
  if (s === "false") return false;
  throw invalid(param, `Invalid boolean: ${s}`);
}

export function obj(v: FormValue | undefined, param: string): FormObject | undefined {
  if (v === undefined || v === "") return undefined;
  if (!isObj(v)) throw invalid(param, `Invalid object`, "parameter_invalid_object");
  return v;
}

export function oneOf<T extends string>(v: FormValue | undefined, param: string, allowed: readonly T[]): T | undefined {
  const s = str(v, param);
  if (s === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(s)) {
    throw invalid(param, `Invalid ${param}: must be one of ${allowed.join(", ")}`);
  }
  return s as T;
}

// Merge semantics of Stripe metadata updates: `metadata[k]=` deletes k,
// `metadata=` deletes all keys, anything else is merged in.
export function applyMetadata(existing: Record<string, string>, v: FormValue | undefined, param = "metadata"): Record<string, string> {
  if (v === undefined) return existing;
  if (v === "") return {};
  const o = obj(v, param) ?? {};
  const out = { ...existing };
  for (const [k, raw] of Object.entries(o)) {
    const val = str(raw, `${param}[${k}]`) ?? "";
    if (k.length > 40) throw invalid(`${param}[${k}]`, "Metadata keys must be 40 characters or less.");
    if (val.length > 500) throw invalid(`${param}[${k}]`, "Metadata values must be 500 characters or less.");
    if (val === "") delete out[k];
    else out[k] = val;
  }
  if (Object.keys(out).length > 50) throw new ApiError(400, "Metadata can have at most 50 keys.", "invalid_request_error", param);
  return out;
}

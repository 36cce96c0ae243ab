// Resident memory of a process and its descendants, from /proc (Linux).
import { readdirSync, readFileSync } from "node:fs";

function rssKb(pid: number): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+)\s+kB/m);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the command may contain spaces, so split after ")".
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(d)]);
    } catch {}
  }
  return map;
}

/** VmRSS of `pid` alone and summed over its process tree, in kB. */
export function treeRssKb(pid: number): { main: number; tree: number } {
  const kids = children();
  let tree = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    tree += rssKb(p);
    stack.push(...(kids.get(p) ?? []));
  }
  return { main: rssKb(pid), tree };
}

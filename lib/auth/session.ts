import "server-only";
import { db } from "../db.ts";

import { SESSION_COOKIES as NAMES } from "../front/contract.ts";

type Jar = { get(name: string): { value: string } | undefined; delete(name: string): unknown };

/** Sign out: delete the database session and the cookie. */
export async function endSession(jar: Jar) {
  for (const name of NAMES) {
    const token = jar.get(name)?.value;
    if (token) await db().session.deleteMany({ where: { sessionToken: token } });
    jar.delete(name);
  }
}

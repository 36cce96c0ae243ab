import { db } from "../db.ts";
import { logger } from "../log.ts";

const log = logger("email-preferences");

export async function setDailyEmail(userId: string, on: boolean) {
  const r = await db().user.updateMany({ where: { id: userId }, data: { emailOptOut: !on } });
  log.info(on ? "daily email on" : "daily email off", { userId });
  return r.count > 0;
}

export async function dailyEmailOn(userId: string) {
  const u = await db().user.findUnique({ where: { id: userId }, select: { emailOptOut: true } });
  return u ? !u.emailOptOut : false;
}

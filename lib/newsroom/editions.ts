// The newsroom's edition desk: build today's (or any day's) edition, preview
// the email and PDF, send a test, send to everyone, and watch the sends.
import "server-only";
import { z } from "zod";
import { audit } from "../audit.ts";
import { normaliseEmail } from "../auth/magic-link.ts";
import { db } from "../db.ts";
import { buildEdition } from "../editions/build.ts";
import { isBusinessDay } from "../editions/calendar.ts";
import { deliveryStatus, sendTestEmail } from "../editions/send.ts";

export async function editionDesk() {
  const editions = await db().edition.findMany({
    orderBy: { day: "desc" },
    take: 30,
    select: { id: true, day: true, status: true, pdfPages: true, sentAt: true, _count: { select: { items: true, deliveries: true } } },
  });
  return Promise.all(editions.map(async (e) => ({ ...e, deliveries: await deliveryStatus(e.id) })));
}

export const buildInput = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a day."),
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export async function buildEditionFromDesk(actorId: string, raw: unknown): Promise<{ ok: boolean; message: string; id?: string }> {
  const p = buildInput.safeParse(raw);
  if (!p.success) return { ok: false, message: p.error.issues[0]?.message ?? "Invalid input." };
  if (!isBusinessDay(p.data.day)) return { ok: false, message: `${p.data.day} is not a business day (weekend or holiday).` };
  const id = await buildEdition(p.data.day, p.data.since ? { from: new Date(`${p.data.since}T00:00:00-05:00`) } : {});
  await audit(actorId, "edition.build", p.data.day);
  return { ok: true, message: `Edition for ${p.data.day} is ready.`, id };
}

export async function sendTestFromDesk(actorId: string, editionId: string, emailInput: unknown) {
  const email = normaliseEmail(emailInput);
  if (!email) return { ok: false, message: "Enter a valid email address for the test." };
  if (!(await sendTestEmail(editionId, email))) return { ok: false, message: "This edition has no stories, so there is no email to test." };
  await audit(actorId, "edition.test", editionId, { to: email });
  return { ok: true, message: `Test sent to ${email}.` };
}

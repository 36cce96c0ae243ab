// Outgoing mail over SMTP (nodemailer). In embedded mode SMTP_URL points at
// the local mail catcher; in production at the real provider.
import nodemailer, { type Transporter } from "nodemailer";
import { config } from "../config.ts";

let transport: Transporter | null = null;

export type OutgoingMail = { to: string; subject: string; text: string; html?: string; headers?: Record<string, string> };

export class MailError extends Error {}

function transporter(): Transporter {
  const url = config().SMTP_URL;
  if (!url) throw new MailError("SMTP_URL is not set: start the app with `npm run dev` / `npm start`, or set SMTP_URL.");
  transport ??= nodemailer.createTransport(url, { connectionTimeout: 5000, greetingTimeout: 5000, socketTimeout: 10000 });
  return transport;
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
  try {
    await transporter().sendMail({ from: config().EMAIL_FROM, ...mail });
  } catch (e) {
    throw new MailError(`could not send mail: ${(e as Error).message}`);
  }
}

/**
 * Mail to people (address verification). With PHASELAB_SMTP_URL set it goes out through that server (nodemailer);
 * without one, as in the embedded default, each message is kept as a JSON file in the outbox folder and printed to
 * the log, so that a person running Phaselab on their own machine can still follow the link.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { log } from '../lib/log';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

let smtp: Transporter | undefined;

export const outboxDir = () => path.resolve(process.env.PHASELAB_OUTBOX ?? path.join(process.env.PHASELAB_DATA_DIR ?? '.data', 'outbox'));

export async function sendMail(mail: Mail): Promise<void> {
  const from = process.env.PHASELAB_MAIL_FROM ?? 'Phaselab <phaselab@localhost>';
  const url = process.env.PHASELAB_SMTP_URL;
  if (url) {
    smtp ??= nodemailer.createTransport(url);
    await smtp.sendMail({ from, ...mail });
    return;
  }
  const dir = outboxDir();
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, `${Date.now()}-${randomUUID()}.json`);
  // Written whole, then named: whoever reads the folder never sees half a message.
  await fs.writeFile(`${file}.tmp`, JSON.stringify({ from, ...mail, sentAt: new Date().toISOString() }, null, 2));
  await fs.rename(`${file}.tmp`, file);
  const link = /https?:\/\/\S+/.exec(mail.text)?.[0];
  log.info({ to: mail.to, subject: mail.subject, link, file }, 'mail kept in the outbox (no PHASELAB_SMTP_URL)');
}

/**
 * Outgoing email for journeys (sales alerts): SMTP through nodemailer, configured by environment —
 * QUORUM_SMTP_URL (e.g. smtp://user:pass@mail.example.com:587, smtps://… for TLS) and
 * QUORUM_SMTP_FROM (the sender, e.g. "Quorum <quorum@example.com>"). Without QUORUM_SMTP_URL no
 * mailer exists and an email alert fails with that reason recorded.
 */
import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Idempotency key of the effect: becomes a stable Message-ID, so a receiver can drop a resend after a crash. */
  key: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

export interface SmtpConfig {
  url: string;
  from: string;
}

export function smtpConfig(env: NodeJS.ProcessEnv = process.env): SmtpConfig | null {
  const url = env.QUORUM_SMTP_URL?.trim();
  if (!url) return null;
  if (!/^smtps?:\/\//.test(url)) throw new Error('QUORUM_SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.com:587');
  return { url, from: env.QUORUM_SMTP_FROM?.trim() || 'Quorum <quorum@localhost>' };
}

/** The Message-ID of an effect's email: the same on every try. */
export function messageIdFor(key: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'quorum.local';
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${domain}>`;
}

export function smtpMailer(cfg: SmtpConfig): Mailer {
  const transport = nodemailer.createTransport(cfg.url);
  return {
    async send(mail) {
      const messageId = messageIdFor(mail.key, cfg.from);
      const info = await transport.sendMail({
        from: cfg.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId,
        headers: { 'X-Quorum-Effect-Key': mail.key, 'Auto-Submitted': 'auto-generated' },
      });
      return { messageId: info.messageId || messageId };
    },
    close() {
      transport.close();
    },
  };
}

import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The sender when not the installation's own (a campaign goes out in the workspace's name). */
  from?: { name: string; address: string };
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

/** Sends email. Implementations: SMTP (any server, via nodemailer) and the log (no SMTP set). */
export interface Mailer {
  readonly kind: 'smtp' | 'log';
  send(mail: Mail): Promise<void>;
  close(): Promise<void>;
}

export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
    async close() {
      transport.close();
    },
  };
}

/** Without SMTP, mail is written to the server log so an operator can still pass links on. */
export function createLogMailer(log: (line: string) => void): Mailer & { sent: Mail[] } {
  const sent: Mail[] = [];
  return {
    kind: 'log',
    sent,
    async send(mail) {
      sent.push(mail);
      if (sent.length > 100) sent.shift();
      log(`email to ${mail.to}: ${mail.subject}\n${mail.text}`);
    },
    async close() {},
  };
}

import { simpleParser } from 'mailparser';
import type { ReceivedMail } from './smtp-sink.js';

export interface ParsedMail {
  to: string[];
  from: string;
  fromName: string;
  subject: string;
  text: string;
  html: string;
  headers: Map<string, unknown>;
  /** Header values as the raw lines carry them (mailparser turns some into objects). */
  header(name: string): string;
}

/** A mail as the SMTP sink received it, read by a real MIME parser (encoded words, quoted-printable, parts). */
export async function parseMail(m: ReceivedMail): Promise<ParsedMail> {
  const p = await simpleParser(m.raw);
  const lines = new Map<string, string>();
  for (const l of p.headerLines) lines.set(l.key.toLowerCase(), l.line.slice(l.line.indexOf(':') + 1).replace(/\r?\n\s+/g, ' ').trim());
  const from = p.from?.value[0];
  return {
    to: m.to,
    from: from?.address ?? '',
    fromName: from?.name ?? '',
    subject: p.subject ?? '',
    text: p.text ?? '',
    html: typeof p.html === 'string' ? p.html : '',
    headers: p.headers,
    header: (name) => lines.get(name.toLowerCase()) ?? '',
  };
}

/** The invitation token in a survey link of the mail's text (`/s/<publicId>?t=<token>`). */
export function inviteTokenIn(text: string): string {
  const m = /\/s\/[A-Za-z0-9]+\?t=([A-Za-z0-9]{32})/.exec(text);
  if (!m) throw new Error(`no survey link in: ${text.slice(0, 300)}`);
  return m[1]!;
}

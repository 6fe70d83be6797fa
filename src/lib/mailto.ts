// mailto: links per RFC 6068. Every value is percent-encoded, so nothing typed into a field can
// end the subject early or add a header such as Bcc: a line break stays inside its own value.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/gu;
// A plain address only: no display name, no list, no query of its own.
const PLAIN_EMAIL = /^[A-Za-z0-9.!#$%&'*+/=^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/u;
const MAX_EMAIL_LENGTH = 254;

/** encodeURIComponent throws on half an emoji; a stray half becomes U+FFFD instead. */
function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

export function isPlainEmail(address: string): boolean {
  return typeof address === 'string' && address.length <= MAX_EMAIL_LENGTH && PLAIN_EMAIL.test(address);
}

/** A subject is one line: any line break becomes a space. */
export function singleLine(text: string): string {
  return wellFormed(String(text ?? '')).replace(LINE_BREAK, ' ');
}

export function mailtoHref({ to, subject, body }: { to?: string | undefined; subject: string; body: string }): string {
  const address = typeof to === 'string' ? to.trim() : '';
  const [local, domain] = isPlainEmail(address) ? [address.slice(0, address.lastIndexOf('@')), address.slice(address.lastIndexOf('@') + 1)] : ['', ''];
  const path = local && domain ? `${encodeURIComponent(local)}@${encodeURIComponent(domain)}` : '';
  // RFC 6068 asks for CRLF line breaks in the body, encoded as %0D%0A.
  const crlfBody = wellFormed(String(body ?? '')).replace(LINE_BREAK, '\r\n');
  return `mailto:${path}?subject=${encodeURIComponent(singleLine(subject))}&body=${encodeURIComponent(crlfBody)}`;
}

export interface DecodedMailto {
  to: string;
  subject: string;
  /** Line breaks as \n, as the message was shown. */
  body: string;
  /** Every header field in the query, names lower-cased, so a test can see that nothing was added. */
  headers: Record<string, string>;
}

/** Reads a mailto: link back, or gives undefined when it is not one. */
export function decodeMailto(href: string): DecodedMailto | undefined {
  if (typeof href !== 'string' || !/^mailto:/iu.test(href)) return undefined;
  try {
    const rest = href.slice('mailto:'.length);
    const queryAt = rest.indexOf('?');
    const to = decodeURIComponent(queryAt === -1 ? rest : rest.slice(0, queryAt));
    const headers: Record<string, string> = {};
    if (queryAt !== -1) {
      for (const pair of rest.slice(queryAt + 1).split('&')) {
        if (pair === '') continue;
        const equals = pair.indexOf('=');
        const name = decodeURIComponent(equals === -1 ? pair : pair.slice(0, equals)).toLowerCase();
        headers[name] = decodeURIComponent(equals === -1 ? '' : pair.slice(equals + 1));
      }
    }
    return { to, subject: headers['subject'] ?? '', body: (headers['body'] ?? '').replace(/\r\n/gu, '\n'), headers };
  } catch {
    return undefined;
  }
}

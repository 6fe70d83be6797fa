// Who writes to whom: the greeting, the sign-off, the spoken introduction and the subject line.
// Each file in phrases/ holds one idea, and each phrase is written once, so a change of wording
// reaches every message at once; each copes with a missing field by rewording, never by leaving a gap.
import { present, type Context } from '../context';
import { say, sentence } from '../prose';
import { nameToGreet } from '../writing';

export function greeting(context: Context): string {
  if (!context.recipient) return 'Hello,';
  return say(context, `Hi ${nameToGreet(context.recipient, 'warm')},`, `Dear ${nameToGreet(context.recipient, 'formal')},`);
}

/** The closing, then the writer's name and, unless left out, the ways to reach them, one to a line. */
export function signOff(context: Context, options: { withCompany?: boolean; withContact?: boolean } = {}): string {
  const closing = say(context, 'Best wishes', 'Kind regards');
  const withContact = options.withContact ?? true;
  const lines = [
    context.sender,
    options.withCompany ? context.company : undefined,
    withContact ? present(context.fields.yourPhone) : undefined,
    withContact ? present(context.fields.yourEmail) : undefined,
  ].filter((line): line is string => line !== undefined);
  // With no name to follow, a trailing comma would point at nothing.
  return context.sender ? [`${closing},`, ...lines].join('\n') : [closing, ...lines].join('\n');
}

/** "Hello Jordan, this is Sam Patel from Acme.", dropping whichever names are missing. */
export function spokenIntro(context: Context, options: { fromCompany?: boolean } = {}): string {
  const hello = context.recipient ? `Hello ${nameToGreet(context.recipient, context.tone)}` : 'Hello';
  if (!context.sender) return `${hello}.`;
  const from = options.fromCompany && context.company ? ` from ${context.company}` : '';
  return sentence(`${hello}, this is ${context.sender}${from}`);
}

/**
 * A subject line: what the message does, the role and day, and who it is from. "Urgent: " first when
 * the plan's step says so: with short notice and no phone, the subject is what gets it seen in time.
 */
export function subjectLine(context: Context, label: string, options: { withDate?: boolean; from?: 'sender' | 'company' } = {}): string {
  const parts = [label, context.position, options.withDate === false ? undefined : context.interview?.short];
  const what = parts.filter((part): part is string => part !== undefined && part !== '').join(', ');
  const from = options.from === 'company' ? (context.company ?? context.sender) : context.sender;
  const subject = from ? `${what} – ${from}` : what;
  return context.step?.urgent ? `Urgent: ${subject}` : subject;
}

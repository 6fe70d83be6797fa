// Checks a draft for the habits that make backing out land badly: maybes, no clear decision,
// criticism, piled-up apologies, private detail, leftover placeholders, no thanks, no name, length.
// Each finding quotes the words that caused it, so a person can find and fix them.
import { PLACEHOLDER_PATTERNS } from './placeholders';
import { CHANNEL_LIMITS, characterCount, countWords, isLimitedChannel, type LengthLimit, type LimitedChannel, firstCharacters } from './messages/text-length';
import type { MessageChannel } from './types';

export const FINDING_IDS = [
  'hedging',
  'no-decision',
  'criticism',
  'over-apologising',
  'oversharing',
  'placeholder',
  'no-thanks',
  'no-name',
  'too-long',
] as const;
export type FindingId = (typeof FINDING_IDS)[number];

export interface Finding {
  id: FindingId;
  label: string;
  /** The exact words in the draft that caused it; empty when the finding is about something missing. */
  trigger: string;
  /** A suggested fix. */
  fix: string;
}

export type DraftChannel = 'email' | 'text' | 'voicemail' | 'linkedin' | 'phone';

/** Longest draft each channel takes: the same limits the generated messages keep. A phone script has none. */
export const LENGTH_LIMITS: Record<LimitedChannel, LengthLimit> = CHANNEL_LIMITS;

const FIXES: Record<FindingId, { label: string; fix: string }> = {
  hedging: {
    label: 'Sounds unsure',
    fix: 'Say plainly what you will do, for example "I need to cancel" or "I would like to reschedule".',
  },
  'no-decision': {
    label: 'The decision is not clear',
    fix: 'Name the action once, in plain words: cancel, reschedule, decline or withdraw.',
  },
  criticism: {
    label: 'Criticism or comparison',
    fix: 'Leave it out. "It is not the right fit for me" is enough, and keeps the door open.',
  },
  'over-apologising': {
    label: 'Too much apology',
    fix: 'Keep one short apology, for short notice if that applies, and turn the rest into thanks.',
  },
  oversharing: {
    label: 'More detail than they need',
    fix: 'Keep private details private: "I am unwell" or "a family matter needs my attention" says enough.',
  },
  placeholder: {
    label: 'Placeholder left in',
    fix: 'Replace it with the real detail, or delete it.',
  },
  'no-thanks': {
    label: 'No thanks',
    fix: 'Add a line of thanks: for their time, the invitation or their help so far.',
  },
  'no-name': {
    label: 'No name at the end',
    fix: 'Put your name under the sign-off, so they know who wrote without scrolling up.',
  },
  'too-long': {
    label: 'Too long for this channel',
    fix: 'Cut it down to the decision, a short reason and thanks.',
  },
};

const HEDGING = [
  /\b(?:might|may|could) not (?:be able to )?(?:make it|come|attend|be there|join)\b/giu,
  /\b(?:might|may) (?:have|need) to (?:cancel|reschedule|move|miss|pull out|withdraw|skip|postpone)\b/giu,
  /\bnot (?:sure|certain) (?:if |whether |that )?I(?:'ll| will| can| could|'d| would)\b/giu,
  /\bnot (?:100|a hundred) ?(?:%|percent|per cent) sure\b/giu,
  /\btry (?:to|and) (?:make it|come|attend|be there)\b/giu,
  /\bI think I (?:might|may|will|'ll|won't|can't|need|have|should)\b/giu,
  /\b(?:looks|seems) like I (?:won't|can't|will not|cannot|might|may)\b/giu,
  /\b(?:probably|hopefully|maybe|possibly)\b/giu,
];

const DECISION = [
  /\b(?:cancel\w*|re-?schedul\w*|postpon\w*|declin\w*|withdr[ae]w\w*)\b/iu,
  /\b(?:move|moving|moved) (?:it|the|my|our|this|your)\b/iu,
  /\b(?:won't|will not|can't|cannot|can not|unable to|not able to|couldn't|could not)(?: be able to)? (?:be )?(?:attend\w*|make it|come|coming|be there|join)\b/iu,
  /(?:n't|\bnot) (?:be )?go(?:ing)? ahead\b/iu,
  /\bstep(?:ping|ped|s)? (?:back|away|down|aside)\b/iu,
  /\b(?:pull(?:ing|ed)? out|turn(?:ing|ed)? (?:it |this )?down)\b/iu,
  /\bno longer (?:be )?(?:pursu\w+|interested|available|consider\w+|proceed\w*|moving forward)\b/iu,
  /\b(?:won't|will not|not) (?:be )?(?:proceed\w*|pursu\w+|continu\w+|moving forward)\b/iu,
  /\b(?:have|'ve) (?:decided|chosen) not to\b/iu,
  /\b(?:can|could) no longer take up\b|\bno longer able to take up\b/iu,
  /\b(?:won't|will not|not) be offering you\b/iu,
  /\b(?:another|a new|a different) (?:time|date|day)\b/iu,
];

const CRITICISM = [
  /\b(?:unprofessional|disorgani[sz]ed|incompetent|toxic|rude|insulting|chaotic|shady|sketchy|ridiculous|unreasonable|disrespectful|arrogant|dismissive|lowball\w*|underpa(?:id|ying))\b/giu,
  /\b(?:a joke|a mess|a nightmare|red flags?|waste of (?:my |our )?time|wasted my time|(?:bad|terrible|awful|poor|negative) reviews|glassdoor)\b/giu,
  /\b(?:pays?|paying|offers?|offering) (?:me )?(?:more|better)\b/giu,
  /\bbetter (?:offer|pay|salary|package|deal|company|benefits|opportunity)\b/giu,
  /\bmore money\b/giu,
  /\b(?:not|wasn't|weren't) (?:very |at all |really )?impressed\b/giu,
  /\b(?:your|the) (?:company|team|process|recruiter|interviewer|manager|hiring manager|hr|culture|office|salary|pay|offer)(?: \w+){0,2} (?:is|was|are|were|seems?|seemed|felt|feels|looks?|looked) (?:really |very |so |quite |pretty |too )?(?:bad|awful|terrible|poor|slow|low|messy|cold|unfriendly|disappointing|off-putting)\b/giu,
];

const APOLOGY = /\b(?:sorry|apologi[sz](?:e[sd]?|ing)|apolog(?:y|ies)|forgive me|regret(?:s|fully)?)\b/giu;
const HEAVY_APOLOGY = [
  /\b(?:so so|so very|terribly|really really|deeply|extremely|incredibly|awfully|truly|very very|super|massively|hugely|profoundly|sincerely) sorry\b/giu,
  /\b(?:sincerest|deepest|humblest|profuse|profound|a thousand|a million) apologies\b/giu,
  /\bsorry,? sorry\b/giu,
  /\bI feel (?:so |really |very )?(?:terrible|awful|horrible|guilty)\b/giu,
  /\bapologi[sz]e (?:profusely|again and again)\b/giu,
];

const OVERSHARING = [
  /\b(?:diarrh(?:o)?ea|vomit\w*|throwing up|food poisoning|stomach bug|migraines?|surgery|hospital\w*|emergency room|diagnos\w+|pregnan\w+|miscarriage|chemo\w*|cancer|tumou?rs?|therap(?:y|ist)|depress(?:ion|ed)|anxiety|panic attacks?|mental health|medication|prescription|contagious|symptoms|tested positive|rehab)\b/giu,
  /\b(?:doctor|dentist|consultant|specialist)'?s? (?:appointment|says|said|told)\b/giu,
  /\bmy (?:husband|wife|partner|boyfriend|girlfriend|fianc[ée]e?|ex|mum|mom|mother|dad|father|parents?|son|daughter|kids?|children|child|baby|toddler|grandma|grandmother|grandpa|grandfather|gran|nan|brother|sister|aunt|uncle|cousin|in-laws?|dog|cat)(?:'s)?(?: \w+){0,3}? (?:is|was|has|had|got|fell|broke|died|passed|needs?|needed|went|ended up|can't|couldn't|woke)\b/giu,
  /\b(?:passed away|died|divorce|custody|break-?up|broke up|evict\w*|in debt|bankrupt\w*|can't afford|court (?:date|case|hearing)|arrested)\b/giu,
  /\b(?:childcare|babysitter|nanny|daycare|nursery) (?:fell through|cancelled|canceled|is (?:sick|ill)|let me down)\b/giu,
];


const THANKS = /\b(?:thank\w*|thanks|thx|appreciat\w*|grateful|gratitude|cheers)\b/iu;

const SIGN_OFF =
  /^(?:best(?: wishes| regards)?|kind(?:est)? regards|warm(?:est)? regards|warm wishes|warmly|regards|many thanks|thanks(?: again| so much)?|thank you(?: again)?|sincerely|yours sincerely|yours faithfully|yours truly|yours|all the best|cheers|with thanks|respectfully|take care|speak soon)[,.!]?$/iu;
// A phone number, email address or web address on a line of its own: contact details, not a name.
const CONTACT_LINE = /^(?:[+\d()][\d\s().-]{5,}|\S+@\S+|(?:https?:\/\/|www\.)\S+)$/iu;
const SELF_INTRODUCTION = /\b(?:this is|it's|it is|my name is|I'm|I am) [\p{Lu}][\p{L}'-]+/u;

/** Curly apostrophes read as straight ones; the swap keeps every index, so triggers quote the draft. */
function normalise(draft: string): string {
  return draft.replace(/[\u2018\u2019\u02BC]/gu, "'");
}

function finding(id: FindingId, trigger: string): Finding {
  return { id, label: FIXES[id].label, trigger, fix: FIXES[id].fix };
}

/** Every match of every pattern, quoted from the draft, each distinct wording once. */
function matches(draft: string, searchable: string, patterns: readonly RegExp[]): string[] {
  const found: { index: number; text: string }[] = [];
  for (const pattern of patterns) {
    for (const match of searchable.matchAll(pattern)) {
      found.push({ index: match.index, text: draft.slice(match.index, match.index + match[0].length) });
    }
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.text)
    .filter((text) => {
      const key = text.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function apologyFinding(draft: string, searchable: string): Finding | undefined {
  const heavy = matches(draft, searchable, HEAVY_APOLOGY)[0];
  if (heavy !== undefined) return finding('over-apologising', heavy);
  const all = [...searchable.matchAll(APOLOGY)];
  const second = all[1];
  if (second === undefined) return undefined;
  return finding('over-apologising', draft.slice(second.index, second.index + second[0].length));
}

function missingName(draft: string, channel: DraftChannel): Finding | undefined {
  const lines = draft.split(/\r\n|\r|\n/u).map((line) => line.trim()).filter((line) => line !== '');
  // Said aloud or texted, "this is Sam" at the start does the job of a signature.
  if ((channel === 'text' || channel === 'voicemail' || channel === 'phone') && SELF_INTRODUCTION.test(draft)) return undefined;
  for (let index = lines.length - 1; index >= Math.max(0, lines.length - 4); index--) {
    const line = lines[index] ?? '';
    if (SIGN_OFF.test(line)) {
      const after = lines.slice(index + 1);
      return after.every((rest) => CONTACT_LINE.test(rest)) ? finding('no-name', line) : undefined;
    }
    if (!CONTACT_LINE.test(line)) return undefined;
  }
  return undefined;
}

function lengthFinding(draft: string, channel: DraftChannel): Finding | undefined {
  if (channel === 'phone') return undefined;
  const limit = LENGTH_LIMITS[channel];
  const unit = limit.unit === 'words' ? 'words' : 'characters';
  let overflowAt: number | undefined;
  if (limit.unit === 'words') {
    if (countWords(draft) <= limit.max) return undefined;
    let words = 0;
    for (const match of draft.matchAll(/\S+/gu)) {
      if (!/[\p{L}\p{N}]/u.test(match[0])) continue;
      words += 1;
      if (words === limit.max + 1) {
        overflowAt = match.index;
        break;
      }
    }
  } else {
    if (characterCount(draft) <= limit.max) return undefined;
    overflowAt = firstCharacters(draft, limit.max).join('').length;
  }
  const overflow = draft.slice(overflowAt ?? 0).trim();
  // Quote the first few words past the limit: enough to find the spot, not the whole tail.
  const trigger = overflow.split(/(?<=\S)(?=\s)/u).slice(0, 12).join('').trim();
  const label = channel === 'linkedin' ? 'a LinkedIn note' : channel === 'email' ? 'an email' : channel === 'text' ? 'a text' : 'a voicemail';
  return {
    id: 'too-long',
    label: `Too long for ${label}`,
    trigger,
    fix: `${FIXES['too-long'].fix} Aim for at most ${limit.max} ${unit}.`,
  };
}

/** Findings for a draft; an empty list means nothing to change. Never throws. A channel with no rules of its own (a job site's message box) is read as an email. */
export function checkDraft(draft: string, options: { channel?: DraftChannel | MessageChannel } = {}): Finding[] {
  if (typeof draft !== 'string' || draft.trim() === '') return [];
  const channel: DraftChannel = options.channel === 'phone' || (options.channel !== undefined && isLimitedChannel(options.channel)) ? options.channel : 'email';
  const searchable = normalise(draft);
  const findings: Finding[] = [];
  for (const trigger of matches(draft, searchable, HEDGING)) findings.push(finding('hedging', trigger));
  if (!DECISION.some((pattern) => pattern.test(searchable))) findings.push(finding('no-decision', ''));
  for (const trigger of matches(draft, searchable, CRITICISM)) findings.push(finding('criticism', trigger));
  const apology = apologyFinding(draft, searchable);
  if (apology) findings.push(apology);
  for (const trigger of matches(draft, searchable, OVERSHARING)) findings.push(finding('oversharing', trigger));
  for (const trigger of matches(draft, searchable, PLACEHOLDER_PATTERNS)) findings.push(finding('placeholder', trigger));
  if (!THANKS.test(searchable)) findings.push(finding('no-thanks', ''));
  const name = missingName(draft, channel);
  if (name) findings.push(name);
  const length = lengthFinding(draft, channel);
  if (length) findings.push(length);
  return findings;
}

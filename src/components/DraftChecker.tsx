// The draft checker island: text in, findings out. The checks themselves live in src/lib/tone.ts.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DRAFT_CHARACTER_LIMIT, keepFirst, keptNotice } from '../lib/saved-text';
import { checkDraft } from '../lib/tone';
import { clearSaved, loadSaved, saveDetails, watchSaved } from './storage';
import './tools.css';

const STORAGE_KEY = 'bowout:draft-checker';
const STORAGE_VERSION = 1;
const CHANNELS = [
  ['email', 'Email'],
  ['text', 'Text message'],
  ['voicemail', 'Voicemail'],
  ['linkedin', 'LinkedIn message'],
] as const;
type Channel = (typeof CHANNELS)[number][0];

interface Saved {
  draft: string;
  channel: Channel;
}

function parseSaved(data: unknown): Saved | null {
  if (typeof data !== 'object' || data === null) return null;
  const { draft, channel } = data as Record<string, unknown>;
  if (typeof draft !== 'string') return null;
  const known = CHANNELS.some(([value]) => value === channel);
  // The same cut as at input, so what comes back is what was saved.
  return { draft: keepFirst(draft, DRAFT_CHARACTER_LIMIT).text, channel: known ? (channel as Channel) : 'email' };
}

export default function DraftChecker() {
  const [draft, setDraft] = useState('');
  const [channel, setChannel] = useState<Channel>('email');
  const [notice, setNotice] = useState<string | null>(null);
  // A paste longer than the draft keeps: the box says the rest was left out.
  const [isCut, setCut] = useState(false);
  // State, not a ref: see MessageBuilder; the first save waits for the loaded draft.
  const [loaded, setLoaded] = useState(false);
  // What another tab's save is compared with, read outside a render.
  const current = useRef<Saved>({ draft, channel });
  current.current = { draft, channel };

  useEffect(() => {
    const saved = loadSaved(STORAGE_KEY, STORAGE_VERSION, parseSaved);
    if (saved.value) {
      setDraft(saved.value.draft);
      setChannel(saved.value.channel);
    }
    setNotice(saved.notice);
    setLoaded(true);
    // Another tab of the checker saved or cleared: follow it and say so, rather than overwrite it.
    return watchSaved(STORAGE_KEY, STORAGE_VERSION, parseSaved, (change) => {
      const next = change.value ?? { draft: '', channel: current.current.channel };
      if (next.draft === current.current.draft && next.channel === current.current.channel) return;
      setDraft(next.draft);
      setChannel(next.channel);
      setCut(false);
      setNotice(change.notice);
    });
  }, []);

  const onDraft = (input: HTMLTextAreaElement): void => {
    const kept = keepFirst(input.value, DRAFT_CHARACTER_LIMIT);
    // Set on the box itself too: a second long paste leaves the state as it was, so no render would cut it.
    if (kept.isCapped) input.value = kept.text;
    setCut(kept.isCapped);
    setDraft(kept.text);
  };

  // Saved in the keystroke's own task, so a reload right after typing loses nothing.
  useLayoutEffect(() => {
    if (!loaded) return;
    const result = saveDetails(STORAGE_KEY, STORAGE_VERSION, { draft, channel });
    if (result.notice) setNotice(result.notice);
  }, [draft, channel, loaded]);

  const findings = useMemo(() => (draft.trim() ? checkDraft(draft, { channel }) : []), [draft, channel]);
  const summary = !draft.trim()
    ? 'Paste or type a draft to check it.'
    : findings.length === 0
      ? 'Nothing to flag: this draft is clear, kind and complete.'
      : `${findings.length} ${findings.length === 1 ? 'suggestion' : 'suggestions'} for this draft.`;

  return (
    <section class="bo-tool" aria-labelledby="dc-title" data-pagefind-ignore>
      <h2 id="dc-title" class="bo-tool-title">
        Check a draft
      </h2>
      <p class="bo-privacy">The check runs in this browser. Your draft is not sent anywhere.</p>
      {notice && <p class="bo-notice" role="status">{notice}</p>}
      <div class="bo-field">
        <label for="dc-channel">Where will you send it?</label>
        <select id="dc-channel" value={channel} onChange={(event) => setChannel(event.currentTarget.value as Channel)}>
          {CHANNELS.map(([value, label]) => (
            <option value={value} key={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div class="bo-field">
        <label for="dc-draft">Your draft</label>
        <textarea
          id="dc-draft"
          rows={10}
          value={draft}
          aria-describedby={isCut ? 'dc-draft-cut' : undefined}
          onInput={(event) => onDraft(event.currentTarget)}
        />
        {isCut && (
          <p id="dc-draft-cut" class="bo-notice" role="status">
            {keptNotice(DRAFT_CHARACTER_LIMIT)}
          </p>
        )}
      </div>
      <p class="bo-actions">
        <button
          type="button"
          class="bo-secondary"
          onClick={() => {
            clearSaved(STORAGE_KEY);
            setDraft('');
            setCut(false);
          }}
        >
          Clear my draft
        </button>
      </p>
      <p role="status" aria-live="polite" class="bo-summary">
        {summary}
      </p>
      {findings.length > 0 && (
        <ul class="bo-findings">
          {findings.map((finding, index) => (
            <li key={`${finding.id}-${index}`}>
              <strong>{finding.label}</strong>
              {finding.trigger ? <> — “{finding.trigger}”</> : null}
              <br />
              {finding.fix}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

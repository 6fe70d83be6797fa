// The helper's answer, shown as text: a short summary (what, by when, first step), the plan's
// messages in order, and the long explanation (why, band edges, who to tell, dos and don'ts) folded
// under "Why this advice". Everything here comes from `decide`.
import type { Advice } from '../../lib/advice/decide';
import type { Recommendation } from '../../lib/advice/dos-and-donts';
import { actWithin, timeLeftWords } from '../../lib/advice/durations';
import type { Wish } from '../../lib/types';
import type { ComponentChildren } from 'preact';
import { momentInWords } from '../../lib/messages/writing';
import { cityName } from '../../lib/zones';

function Why({ text }: { text: string }) {
  return (
    <p class="dh-why">
      <span class="dh-why-label">Why:</span> {text}
    </p>
  );
}

function Recommendations({ title, items }: { title: string; items: Recommendation[] }) {
  if (items.length === 0) return null;
  return (
    <div class="dh-block">
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.text}>
            <span class="dh-strong">{item.text}</span>
            <Why text={item.why} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function TimesSideBySide({ advice, now }: { advice: Advice; now: number }) {
  const theirs = advice.situation.interview.zone;
  const yours = advice.situation.personZone || theirs;
  const zones = cityName(yours) === cityName(theirs) ? [theirs] : [yours, theirs];
  const headings = zones.length === 1 ? [`Time (${cityName(theirs)})`] : [`Your time (${cityName(yours)})`, `Their time (${cityName(theirs)})`];
  const rows: [string, number][] = [['Act by', advice.deadline.instant]];
  if (advice.interview) rows.push(['Interview', advice.interview.instant]);
  if (advice.afterHours.isAfterHours) rows.push(['Their working day starts', advice.afterHours.nextOpening]);
  return (
    <div class="dh-block">
      <h3>By when</h3>
      <p class="dh-strong">{actWithin(advice.deadline.instant - now)}</p>
      <p>{advice.deadline.words}.</p>
      <table class="dh-times">
        <thead>
          <tr>
            <td />
            {headings.map((heading) => (
              <th scope="col" key={heading}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, instant]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {zones.map((zone) => (
                <td key={zone}>{momentInWords(instant, zone, advice.locale)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Why text={advice.deadline.why} />
    </div>
  );
}

interface Props {
  advice: Advice;
  now: number;
  onChooseWish: (wish: Wish) => void;
  /** The plan's messages, shown under the summary and above the long explanation. */
  children: ComponentChildren;
}

export function AdviceView({ advice, now, onChooseWish, children }: Props) {
  const { action, betterAction, band, choices } = advice;
  return (
    <>
      <div class="dh-block">
        <h3>What to do</h3>
        {advice.stillAhead && <p class="dh-notice">{advice.stillAhead}</p>}
        <dl class="dh-short">
          <dt>What</dt>
          <dd class="dh-action">{action.label}</dd>
          <dt>By when</dt>
          <dd>
            {/* "Within the next 60 minutes" already says how long: "Act within 1 hour." before it said it twice. */}
            {advice.deadline.kind === 'within-the-hour' ? '' : `${actWithin(advice.deadline.instant - now)} `}
            {advice.deadline.words}.
          </dd>
          <dt>First</dt>
          <dd>{advice.channelPlan[0] ? `${advice.channelPlan[0].label}: ${advice.channelPlan[0].when}` : ''}</dd>
        </dl>
        {choices && (
          <div class="dh-better">
            <p class="dh-strong">Choose your route:</p>
            <ul>
              {choices.map((choice) => (
                <li key={choice.id}>
                  <button type="button" class="dh-choose" onClick={() => choice.wish && onChooseWish(choice.wish)}>
                    {choice.label}
                  </button>
                  <Why text={choice.why} />
                </li>
              ))}
            </ul>
          </div>
        )}
        {betterAction && (
          <div class="dh-better">
            <p>
              <span class="dh-strong">A better route:</span> {betterAction.label}
            </p>
            <Why text={betterAction.why} />
            {betterAction.kinds.length > 0 && (
              <p>
                <a href={betterAction.link}>Write the messages for this instead</a>
              </p>
            )}
          </div>
        )}
      </div>

      {children}

      <p class="dh-block">
        <a class="dh-link" href={advice.messages.link}>
          Write these messages
        </a>{' '}
        in the message builder, with more choices of message and tone.
      </p>

      <details class="dh-block dh-explain">
        <summary>Why this advice</summary>
        <div class="dh-block">
          <h3>Why this route</h3>
          <p class="dh-strong">{action.label}</p>
          <Why text={action.why} />
        </div>

        <div class="dh-block">
          <h3>How much notice they get</h3>
          <p class="dh-strong">{band.label}</p>
          {advice.interview ? <p>{timeLeftWords(advice.interview.instant - now)}</p> : <p>No interview time is agreed yet.</p>}
          <p class="dh-hint">{band.thresholds}</p>
        </div>

        <TimesSideBySide advice={advice} now={now} />

        <div class="dh-block">
          <h3>How to tell them, in this order</h3>
          <ol>
            {advice.channelPlan.map((step, index) => (
              <li key={index}>
                <span class="dh-strong">{step.label}</span>: {step.when}
                <Why text={step.whyText} />
              </li>
            ))}
          </ol>
          {advice.afterHours.note && (
            <>
              <p>{advice.afterHours.note}</p>
              <Why text={advice.afterHours.why} />
            </>
          )}
        </div>

        <div class="dh-block">
          <h3>Who to tell</h3>
          <ul>
            {advice.tell.map((person) => (
              <li key={person.person}>
                <span class="dh-strong">{person.label}</span>
                <Why text={person.why} />
              </li>
            ))}
          </ul>
        </div>

        <Recommendations title="Do" items={advice.dos} />
        <Recommendations title="Don’t" items={advice.donts} />
        <Why text={advice.messages.why} />
      </details>
    </>
  );
}

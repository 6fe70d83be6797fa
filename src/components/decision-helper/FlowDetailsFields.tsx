// The details the flow's messages need, asked once beside them: names, a number to call back on,
// whether the role may reopen, the offer to stay in touch, and times to offer, each only where a
// message on screen uses it (../../lib/messages/details-asked.ts, lib/flow/plan-messages.ts).
import { DETAIL_KEYS, timeRows, withTimePart, type FlowDetails } from '../../lib/flow/plan-messages';
import { FIELD_CAPS } from '../../lib/field-caps';
import type { DetailsAsked } from '../../lib/messages/details-asked';
import { offeredTimeWarning } from '../../lib/offered-times';
import type { Who } from '../../lib/types';
import { cityName } from '../../lib/zones';

type NameKey = (typeof DETAIL_KEYS)[number];

const DETAIL_LABELS: Record<'candidate' | 'employer', Record<NameKey, string>> = {
  candidate: { yourName: 'Your name', recipientName: 'Their name', company: 'Company', position: 'Job title' },
  employer: { yourName: 'Your name', recipientName: 'Candidate’s name', company: 'Your company', position: 'Job title' },
};

// What the messages offer, in view: no offer to stay in touch, or to keep a candidate's details, goes out unchosen.
const KEEP_DOOR_OPEN: Record<'candidate' | 'employer', string> = {
  candidate: 'Offer to stay in touch about future roles',
  employer: 'Offer to keep their details for future roles',
};

interface Props {
  who: Who;
  details: FlowDetails;
  /** What the messages on screen use; `keepDoorOpen` when the offer to stay in touch changes one of them. */
  asked: DetailsAsked & { keepDoorOpen: boolean };
  /** The interview's zone, where the offered times are read: named in their labels. */
  zone: string;
  onChange: (patch: Partial<FlowDetails>) => void;
}

export function FlowDetailsFields({ who, details, asked, zone, onChange }: Props) {
  const zoneWords = zone ? ` (${cityName(zone)} time)` : '';
  return (
    <>
      <fieldset class="dh-group dh-details">
        <legend>Details for the messages (optional)</legend>
        <div class="dh-details-grid">
          {DETAIL_KEYS.map((key) => (
            <div class="dh-field" key={key}>
              <label for={`dh-detail-${key}`}>{DETAIL_LABELS[who][key]}</label>
              <input
                id={`dh-detail-${key}`}
                type="text"
                autocomplete={key === 'yourName' ? 'name' : key === 'company' && who === 'employer' ? 'organization' : 'off'}
                // The field holds what the messages use, so nothing typed is cut from them unseen.
                maxLength={FIELD_CAPS[key]}
                value={details[key]}
                onInput={(event) => onChange({ [key]: event.currentTarget.value })}
              />
            </div>
          ))}
          {asked.phone && (
            <div class="dh-field">
              <label for="dh-detail-yourPhone">Your phone number</label>
              <input
                id="dh-detail-yourPhone"
                type="tel"
                autocomplete="tel"
                maxLength={FIELD_CAPS.yourPhone}
                value={details.yourPhone}
                onInput={(event) => onChange({ yourPhone: event.currentTarget.value })}
              />
            </div>
          )}
          {asked.mayReopen && (
            <div class="dh-field">
              <label for="dh-detail-mayReopen">May the role reopen?</label>
              <select
                id="dh-detail-mayReopen"
                value={details.mayReopen}
                onChange={(event) => onChange({ mayReopen: event.currentTarget.value as FlowDetails['mayReopen'] })}
              >
                <option value="">We don’t know yet</option>
                <option value="yes">Yes, it may reopen</option>
                <option value="no">No, it will not reopen</option>
              </select>
            </div>
          )}
          {asked.keepDoorOpen && (
            <div class="bo-choice dh-wide">
              <input
                id="dh-detail-keepDoorOpen"
                type="checkbox"
                checked={details.keepDoorOpen}
                onChange={(event) => onChange({ keepDoorOpen: event.currentTarget.checked })}
              />
              <label for="dh-detail-keepDoorOpen">{KEEP_DOOR_OPEN[who]}</label>
            </div>
          )}
        </div>
      </fieldset>
      {asked.times && (
        <fieldset class="dh-group dh-details">
          <legend>Times you can offer{zoneWords}</legend>
          <p class="dh-hint">Optional. Leave them empty and the message asks them for times.</p>
          {timeRows(details.proposedTimes).map((row, index) => {
            const warning = offeredTimeWarning(row);
            const warningId = `dh-offer-warning-${index}`;
            return (
              <div class="dh-details-grid" key={index}>
                <div class="dh-field">
                  <label for={`dh-offer-date-${index}`}>Option {index + 1}: date</label>
                  <input
                    id={`dh-offer-date-${index}`}
                    type="date"
                    value={row.date}
                    aria-describedby={warning ? warningId : undefined}
                    onInput={(event) => onChange({ proposedTimes: withTimePart(details.proposedTimes, index, 'date', event.currentTarget.value) })}
                  />
                </div>
                <div class="dh-field">
                  <label for={`dh-offer-time-${index}`}>Option {index + 1}: time{zoneWords}</label>
                  <input
                    id={`dh-offer-time-${index}`}
                    type="time"
                    value={row.time}
                    aria-describedby={warning ? warningId : undefined}
                    onInput={(event) => onChange({ proposedTimes: withTimePart(details.proposedTimes, index, 'time', event.currentTarget.value) })}
                  />
                </div>
                {warning && (
                  <p class="dh-hint dh-wide" id={warningId}>
                    {warning}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      )}
    </>
  );
}

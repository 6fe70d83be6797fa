// Who the person writes as, and which messages to write: the kinds offered are that side's only.
import { kindsFor } from '../../lib/builder-defaults';
import { MESSAGE_TITLES } from '../../lib/messages/titles';
import type { MessageKind, Who } from '../../lib/types';

interface Props {
  id: string;
  who: Who;
  kinds: readonly MessageKind[];
  onSide: (who: Who) => void;
  /** Given the kinds as they are, the kinds as ticked now (in the list's order). */
  onKinds: (chosen: (before: readonly MessageKind[]) => MessageKind[]) => void;
}

export function SideAndKinds({ id, who, kinds, onSide, onKinds }: Props) {
  const available = kindsFor(who);
  return (
    <>
      <fieldset class="bo-group">
        <legend>I am writing as</legend>
        {(['candidate', 'employer'] as const).map((side) => (
          <label class="bo-inline" key={side}>
            <input type="radio" name={`${id}-who`} checked={who === side} onChange={() => onSide(side)} />
            {side === 'candidate' ? 'A candidate' : 'An employer'}
          </label>
        ))}
      </fieldset>

      <fieldset class="bo-group">
        <legend>Messages to write</legend>
        <div class="bo-choices bo-checks">
          {available.map((kind) => (
            <label class="bo-choice" key={kind}>
              <input
                type="checkbox"
                checked={kinds.includes(kind)}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  onKinds((before) => (checked ? available.filter((k) => k === kind || before.includes(k)) : before.filter((k) => k !== kind)));
                }}
              />
              {MESSAGE_TITLES[kind]}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}

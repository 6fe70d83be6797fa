// What each of the builder's messages follows in the plan its situation calls for. Apart from the
// form's state (./builder-state.ts): the plan's rules load with the messages, not with the form.
import { readContext } from './advice/context';
import { planChannels, planMessages, writtenChannel, type MessageStep } from './advice/plan';
import { formToSituation, type BuilderForm } from './builder-state';
import type { MessageKind } from './types';
import { toInstant } from './zones';

/**
 * What each message follows in the plan for this situation: its notice, what came just before,
 * and the whole set. Kinds the person ticked that the plan lacks follow nothing. Undefined when
 * the situation has no plan yet (no date, say).
 */
export function messageStepsFor(form: BuilderForm, now: number): Partial<Record<MessageKind, MessageStep>> | undefined {
  // The plan alone, not the whole advice: the builder needs each message's step, not the words around it.
  const situation = formToSituation(form);
  const noTimeYet = situation.stage === 'invited' && situation.interview.date === '' && situation.interview.time === '';
  const interview = noTimeYet ? undefined : toInstant(situation.interview, situation.fold ? { fold: situation.fold } : undefined);
  if (interview !== undefined && !interview.ok) return undefined;
  const context = readContext(situation, now, interview?.instant);
  const plan = planChannels(context);
  const planned = planMessages(context, plan);
  const writtenBy = writtenChannel(plan);
  const steps: Partial<Record<MessageKind, MessageStep>> = {};
  for (const kind of form.kinds) steps[kind] = { notice: context.notice, after: 'nothing', set: form.kinds, ...(writtenBy ? { writtenBy } : {}) };
  for (const message of planned) {
    if (form.kinds.includes(message.kind)) steps[message.kind] = { ...message.step, set: form.kinds };
  }
  return steps;
}

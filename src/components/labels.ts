// Words for the choices in the islands' menus. Advice wording lives in src/lib; these are labels only.
import type { Reason } from '../lib/types';

export const REASON_LABELS: Record<Reason, string> = {
  'other-offer': 'I have accepted another job',
  'not-a-fit': 'The role is not right for me',
  emergency: 'An emergency',
  illness: 'I am unwell',
  'schedule-conflict': 'A clash I cannot move',
  unsure: 'I have doubts about the role',
  nerves: 'I am nervous about it',
  'role-on-hold': 'The role is on hold',
  'role-filled': 'The role has been filled',
  'role-changed': 'The role has changed',
  'interviewer-unavailable': 'The interviewer cannot make it',
};

// The `channels` list of the query vocabulary (`channels=phone,email,agency`): which ways to reach
// them and which people a situation has, one name per flag, listed means yes. Apart from ./links.ts,
// which reads through the schema, so the builder's form can tick its agency box before zod loads.

/** Each flag's group, field and name in a link, in the order a link lists them. */
export const CHANNEL_FLAGS = [
  ['contacts', 'phone', 'phone'],
  ['contacts', 'email', 'email'],
  ['contacts', 'text', 'texting'],
  ['people', 'recruiter', 'recruiter'],
  ['people', 'agency', 'agency'],
  ['people', 'hiringManager', 'hiring-manager'],
  ['people', 'panel', 'panel'],
] as const;

/** The names a `channels` value lists, read as links are: trimmed, in any case. */
export function listedChannels(channels: string): Set<string> {
  return new Set(channels.split(',').map((name) => name.trim().toLowerCase()));
}

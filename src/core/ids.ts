/**
 * Branded ids: an `AgentId` cannot be passed where a `ContactId` is expected,
 * which turns a swapped pair of strings into a compile error.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type AgentId = Brand<string, 'AgentId'>;
export type ContactId = Brand<string, 'ContactId'>;
export type QueueId = Brand<string, 'QueueId'>;

export const agentId = (s: string): AgentId => s as AgentId;
export const contactId = (s: string): ContactId => s as ContactId;
export const queueId = (s: string): QueueId => s as QueueId;

/** Ids are short printable strings: 1..128 chars, no control characters or spaces. */
const ID_RE = /^[A-Za-z0-9._:@\-]{1,128}$/;
export function isValidId(s: unknown): s is string {
  return typeof s === 'string' && ID_RE.test(s);
}

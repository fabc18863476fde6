/**
 * bench:kept-memory: the heap the integration streams' kept events hold
 * (issue 20: what every major collection marks; `gateway.resumeMaxEvents`
 * keeps 50,000 by default, ten seconds at 1,000 contacts/s).
 *
 * In process, `--events N` (default 50,000) events an integration gets in
 * a contact's life, in turn: created (the contact with a 1 KiB context),
 * offered, accepted, ended, closed; kept two ways, each alone and measured
 * after full collections:
 *
 * - before: as `IntegrationStreams` kept them until session 15, a record and
 *   the `EventFrame` (payload objects and its encoded JSON body) per event;
 * - after: `IntegrationStreams` now (the JSON body in off-heap chunks, the
 *   rest in typed arrays: `gateway/kept-events.ts`).
 *
 * Heap and off-heap (external + array buffers) bytes per event. Needs
 * `--expose-gc` (the npm script passes it).
 */
import { parseArgs } from 'node:util';
import { EventFrame } from '../../src/protocol/codec.js';
import type { ContactMsg, EventKind, EventPayloads } from '../../src/protocol/messages.js';
import { IntegrationStreams } from '../../src/gateway/integration-streams.js';

const { values: flags } = parseArgs({ options: { events: { type: 'string', default: '50000' } } });
const N = Number(flags.events);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc (npm run bench:kept-memory)');

const context = { transcript: 'x'.repeat(1024) };
function event(i: number): EventFrame {
  const at = 1_765_000_000_000 + i;
  const contactId = `c-${i}`;
  const agentId = `agent-${i % 5000}`;
  const f = <K extends EventKind>(kind: K, payload: EventPayloads[K]): EventFrame => new EventFrame<K>(at, kind, payload);
  switch (i % 5) {
    case 0: {
      const contact: ContactMsg = {
        id: contactId,
        externalId: `call-${i}`,
        queueId: 'support-en',
        channel: 'voice',
        language: 'en',
        state: 'waiting',
        priority: 5,
        customer: { id: `cust-${i}`, tier: 'standard' },
        firstArrival: at,
        virtualArrival: at,
        seq: i,
        context,
      };
      return f('contactCreated', { contact });
    }
    case 1:
      return f('contactOffered', { contactId, agentId, expiresAt: at + 20_000 });
    case 2:
      return f('contactAccepted', { contactId, agentId });
    case 3:
      return f('contactEnded', { contactId, agentId, wrapUpUntil: at + 30_000, by: 'agent' });
    default:
      return f('contactClosed', { contactId, agentId, disposition: 'resolved', by: 'agent' });
  }
}

function measure(keep: () => unknown): { heap: number; offHeap: number } {
  gc!();
  gc!();
  const a = process.memoryUsage();
  const held = keep();
  gc!();
  gc!();
  const b = process.memoryUsage();
  if (held === undefined) throw new Error('nothing held');
  return { heap: (b.heapUsed - a.heapUsed) / N, offHeap: (b.external + b.arrayBuffers - a.external - a.arrayBuffers) / N };
}

const before = measure(() => {
  const kept: { principal: string; seq: number; frame: EventFrame }[] = [];
  for (let i = 0; i < N; i++) {
    const frame = event(i);
    frame.jsonBody();
    kept.push({ principal: 'ivr', seq: i + 1, frame });
  }
  return kept;
});
const after = measure(() => {
  const streams = new IntegrationStreams({ maxEvents: N, maxAgeMs: Number.MAX_SAFE_INTEGER }, () => 0);
  for (let i = 0; i < N; i++) streams.record('ivr', event(i));
  return streams;
});

const fmt = (n: number): string => n.toFixed(0).padStart(8);
console.log(`bench:kept-memory  ${N} kept integration events, node ${process.version}`);
console.log(`                      heap B/event  off-heap B/event`);
console.log(`before (EventFrames)  ${fmt(before.heap)}      ${fmt(before.offHeap)}`);
console.log(`after (KeptEvents)    ${fmt(after.heap)}      ${fmt(after.offHeap)}`);
console.log(JSON.stringify({ events: N, before, after }));

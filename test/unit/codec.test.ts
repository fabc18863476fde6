import t from 'tap';
import { decodeRequest, decodeServerMessage, encodeReply, encodeRequest, encodeServerMessage, EventFrame } from '../../src/protocol/codec.js';
import type { ServerMessage } from '../../src/protocol/messages.js';

const te = new TextEncoder();

t.test('codec - an event frame spliced per connection equals the plain encoding', async (t) => {
  const payload = { contact: { id: 'c-1', queueId: 'q', channel: 'chat', language: 'fr-CA', state: 'offered', context: { n: 1.5, s: 'x', l: [true, null, { d: [] }] } }, expiresAt: 1_700_000_020_000 };
  const frame = new EventFrame(1_700_000_000_000, 'offer', payload);
  for (const seq of [1, 127, 128, 300, 2 ** 32 + 5]) {
    const plain = { event: { seq: String(seq), at: 1_700_000_000_000, offer: payload } } as ServerMessage;
    const proto = frame.encode(seq, 'proto') as Uint8Array;
    t.same(decodeServerMessage(proto, true), decodeServerMessage(encodeServerMessage(plain, 'proto'), true), `proto seq ${seq}`);
    t.same(JSON.parse(frame.encode(seq, 'json') as string), plain, `json seq ${seq}`);
    t.same(decodeServerMessage(proto, true), plain, 'context survives as a plain object');
  }
});

t.test('codec - a reply put together around its result equals the plain encoding', async (t) => {
  const results: object[] = [
    {},
    { pong: { time: 1_700_000_000_123 } },
    { error: { code: 'NOT_FOUND', message: 'no contact "c-9" \u2014 ended?' } },
    { contact: { id: 'c-1', queueId: 'q', channel: 'chat', language: 'fr-CA', state: 'waiting', context: { l: [true, null, { d: [] }] } } },
    { snapshot: { agents: [], contacts: [], contactsTotal: 0 }, skipped: undefined },
  ];
  for (const id of ['1', 'a "quoted" id', 'é\u{1F600}']) {
    for (const result of results) {
      const plain = { reply: { id, ...result } } as ServerMessage;
      const json = encodeReply(id, result, 'json') as string;
      t.same(JSON.parse(json), JSON.parse(encodeServerMessage(plain, 'json') as string), `json ${id} ${Object.keys(result).join()}`);
      t.equal(json, encodeServerMessage(plain, 'json'), 'same text, same key order');
      t.same(encodeReply(id, result, 'proto'), encodeServerMessage(plain, 'proto'), `proto ${id} ${Object.keys(result).join()}`);
    }
  }
});

t.test('codec - requests decode the same from both encodings', async (t) => {
  const body = { externalId: 'e1', queueId: 'q', channel: 'chat', language: 'en', customer: { id: 'u' }, priority: 3, context: { a: [1, 'b'] } };
  const j = decodeRequest(te.encode(encodeRequest('7', 'createContact', body, 'json') as string), false, 'json');
  const p = decodeRequest(encodeRequest('7', 'createContact', body, 'proto') as Uint8Array, true, 'proto');
  t.same(j, { ok: true, request: { id: '7', kind: 'createContact', body } });
  t.same(p, j);
});

t.test('codec - malformed requests are refused with a reason', async (t) => {
  const json = (s: string) => decodeRequest(te.encode(s), false, 'json');
  t.match(json('nope'), { ok: false, id: '', error: { code: 'INVALID_ARGUMENT' } });
  t.match(json('{"id":"1","accept":{"contactId":3}}'), { ok: false, id: '1', error: { message: /contactId/ } });
  t.match(json('{"id":"1","accept":{},"reject":{}}'), { ok: false, id: '1' });
  t.match(json('{"id":"1","launch":{}}'), { ok: false, id: '1', error: { message: /unknown or missing request type/ } });
  t.match(json('{"id":"1","createContact":{"context":[1]}}'), { ok: false, error: { message: /context/ } });
  t.match(json(`{"id":"${'x'.repeat(200)}","ping":{}}`), { ok: false });
  t.match(json('{"id":"1","setPresence":{"presence":"away","reason":null}}'), { ok: true, request: { body: { presence: 'away' } } });
  t.match(decodeRequest(new Uint8Array([0x0a, 0xff]), true, 'proto'), { ok: false, error: { code: 'INVALID_ARGUMENT' } });
});

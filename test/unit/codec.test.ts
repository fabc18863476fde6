import t from 'tap';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import {
  decodeEnvelope,
  decodeJsonRequest,
  decodeRequest,
  decodeServerMessage,
  encodeReply,
  encodeRequest,
  encodeServerMessage,
  EventFrame,
  type DecodedRequest,
} from '../../src/protocol/codec.js';
import { EventBatch } from '../../src/protocol/event-batch.js';
import { REQUEST_KINDS, type ServerMessage } from '../../src/protocol/messages.js';

const te = new TextEncoder();
const td = new TextDecoder();

t.test('codec - an event frame spliced per connection equals the plain encoding', async (t) => {
  const payload = {
    contact: { id: 'c-1', queueId: 'q', channel: 'chat', language: 'fr-CA', state: 'offered', context: { n: 1.5, s: 'x', l: [true, null, { d: [] }] } },
    expiresAt: 1_700_000_020_000,
  };
  const frame = new EventFrame(1_700_000_000_000, 'offer', payload);
  for (const seq of [1, 127, 128, 300, 2 ** 32 + 5]) {
    const plain = { event: { seq: String(seq), at: 1_700_000_000_000, offer: payload } } as ServerMessage;
    const proto = frame.encode(seq, 'proto') as Uint8Array;
    t.same(decodeServerMessage(proto, true), decodeServerMessage(encodeServerMessage(plain, 'proto'), true), `proto seq ${seq}`);
    t.same(JSON.parse(frame.encode(seq, 'json') as string), plain, `json seq ${seq}`);
    t.same(decodeServerMessage(proto, true), plain, 'context survives as a plain object');
  }
});

t.test('codec - a numbered event written into a buffer is its encoding, byte for byte', async (t) => {
  // Non-ASCII in the body: the JSON head and body are joined as UTF-8 bytes, not as text.
  const frame = new EventFrame(1_700_000_000_000, 'agentLoggedOut', { agentId: 'é✓😀"' }, 'supervisor:sam');
  for (const seq of [0, 1, 9, 10, 99, 100, 127, 128, 16_383, 16_384, 2 ** 32 + 5]) {
    for (const encoding of ['json', 'proto'] as const) {
      const n = frame.numbered(seq, encoding);
      const joined = frame.encode(seq, encoding);
      const expected = typeof joined === 'string' ? te.encode(joined) : joined;
      const target = new Uint8Array(n.byteLength + 7).fill(0xff);
      const end = n.writeTo(target, 3);
      t.equal(end - 3, n.byteLength, `${encoding} seq ${seq}: byteLength`);
      t.same([...target.subarray(3, end)], [...expected], `${encoding} seq ${seq}: bytes`);
      t.same([...target.subarray(0, 3), ...target.subarray(end)], [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], 'nothing written outside');
      t.equal(n.binary, encoding === 'proto');
    }
  }
  const json = JSON.parse(td.decode(te.encode(frame.encode(42, 'json') as string))) as ServerMessage;
  t.same(json, { event: { seq: '42', at: 1_700_000_000_000, actor: 'supervisor:sam', agentLoggedOut: { agentId: 'é✓😀"' } } });
});

t.test('codec - an event batch is the EventBatch message, byte for byte in protobuf, numbered firstSeq + i', async (t) => {
  const events = [
    new EventFrame(1_700_000_000_000, 'agentLoggedOut', { agentId: 'é✓😀"' }, 'supervisor:sam'),
    new EventFrame(1_700_000_000_001, 'contactEnded', { contactId: 'c-1', agentId: 'alice', by: 'customer' }),
    new EventFrame(1_700_000_000_002, 'shutdown', { reason: 'bye' }),
  ];
  for (const n of [1, 3]) {
    const batch = new EventBatch(events.slice(0, n));
    for (const first of [1, 127, 128, 2 ** 32 + 5]) {
      // What the plain encoder makes of the same message: each event without its seq.
      const plain = {
        batch: {
          firstSeq: String(first),
          events: events
            .slice(0, n)
            .map((e) => decodeServerMessage(e.encode(0, 'json'), false))
            .map((m) => ('event' in m ? m.event : m)),
        },
      } as ServerMessage;
      const proto = batch.encode(first, 'proto') as Uint8Array;
      t.same([...proto], [...(encodeServerMessage(plain, 'proto') as Uint8Array)], `proto: ${n} events from ${first}`);
      const json = JSON.parse(batch.encode(first, 'json') as string) as ServerMessage;
      t.same(json, JSON.parse(JSON.stringify(plain).replaceAll('"seq":"0",', '')), `json: ${n} events from ${first}`);
      const target = new Uint8Array(batch.numbered(first, 'json').byteLength + 2).fill(0xff);
      const end = batch.numbered(first, 'json').writeTo(target, 1);
      t.equal(td.decode(target.subarray(1, end)), batch.encode(first, 'json'), 'written into a buffer as joined');
      t.equal(target[end], 0xff, 'nothing written past it');
    }
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

t.test("codec - a __proto__ key never becomes the body's prototype", async (t) => {
  // Dropping the null field copies the body; an assigned `__proto__` key would set the copy's
  // prototype and put an unverified contactId (an object here) behind it.
  for (const f of [
    '{"id":"1","accept":{"contactId":null,"__proto__":{"contactId":{"x":1}}}}',
    '{"accept":{"contactId":null,"__proto__":{"contactId":{"x":1}}},"id":"1"}',
  ]) {
    const r = decodeRequest(te.encode(f), false, 'json');
    if (!r.ok) throw new Error(`refused: ${r.error.message}`);
    const body = r.request.body as Record<string, unknown>;
    t.equal(Object.getPrototypeOf(body), Object.prototype, 'a plain object');
    t.equal(body['contactId'], undefined, 'no contactId, own or inherited');
  }
});

t.test('codec - the envelope fast path decides exactly as the general JSON path', async (t) => {
  const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);
  const id = fc.oneof(
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.constantFrom('', 'p', 'x'.repeat(128), 'x'.repeat(129), 'a"b', 'a\\b', 'tab\t', '\u0000', 'é\u{1F600}', '\u2028', '}', '","ping":{'),
  );
  // Kinds by their JSON names, by their .proto names (taken by the general path only), and unknown ones.
  const kind = fc.oneof(
    fc.constantFrom(...REQUEST_KINDS),
    fc.constantFrom('set_presence', 'create_contact', 'finish_wrap_up', 'force_logout'),
    fc.constantFrom('launch', 'id', '__proto__', 'Ping', 'ping\u0000', 'pi"ng'),
  );
  const field = fc.constantFrom(
    'contactId',
    'presence',
    'reason',
    'agentId',
    'context',
    'priority',
    'customer',
    'externalId',
    'queueId',
    'channel',
    'language',
    'targetQueueId',
    // .proto names, alone or beside their JSON names (given twice)
    'contact_id',
    'external_id',
    'queue_id',
    'agent_id',
    'bot_id',
    'handoff',
    'transcript',
    'profile',
    'id',
    'score',
    'comment',
    'x',
    '__proto__',
  );
  const leaf = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('away', 'available', 'chat', 'fr-CA', '}', '{"a":1}'),
  );
  const value = fc.letrec((tie) => ({
    v: fc.oneof({ depthSize: 'small' }, leaf, tie('arr'), tie('obj')),
    arr: fc.array(tie('v'), { maxLength: 3 }),
    obj: fc.dictionary(field, tie('v'), { maxKeys: 4 }),
  })).v;
  const body = fc.oneof(
    fc.constant({}),
    fc.dictionary(field, value, { maxKeys: 5 }),
    value,
    fc.constantFrom({ contactId: 5 }, { presence: 7, reason: null }, { context: 1 }),
  );
  // Canonical frames as the SDK writes them, then broken or reshaped ones.
  const canonical = fc.tuple(id, kind, body).map(([i, k, b]) => JSON.stringify({ id: i, [k]: b }));
  const frame = fc.oneof(
    { arbitrary: canonical, weight: 4 },
    fc.tuple(canonical, fc.nat(), fc.constantFrom(' ', '\n', '}', '{', '"', ',', '\\', 'x', '')).map(([f, at, c]) => {
      const p = at % (f.length + 1);
      return f.slice(0, p) + c + f.slice(p + (c === '' ? 1 : 0));
    }),
    fc.tuple(id, kind, body).map(([i, k, b]) => JSON.stringify({ [k]: b, id: i })),
    fc
      .tuple(id, kind, body, kind, body)
      .map(([i, k, b, k2, b2]) => `${JSON.stringify({ id: i, [k]: b }).slice(0, -1)},${JSON.stringify(k2)}:${JSON.stringify(b2)}}`),
    fc.tuple(canonical, fc.nat()).map(([f, cut]) => f.slice(0, cut % (f.length + 1))),
  );
  const plainResult = (r: DecodedRequest) => (r.ok ? r : { ok: false, id: r.id, code: r.error.code, message: r.error.message });
  let fast = 0;
  let fastRefusals = 0;
  const differ = (what: string, f: string, mine: DecodedRequest, general: object): void => {
    if (!isDeepStrictEqual(plainResult(mine), general)) {
      throw new Error(`${what} ${JSON.stringify(plainResult(mine))} !== general ${JSON.stringify(general)} for ${JSON.stringify(f)}`);
    }
  };
  fc.assert(
    fc.property(frame, (f) => {
      const general = plainResult(decodeJsonRequest(f));
      const viaEnvelope = decodeEnvelope(f);
      if (viaEnvelope !== undefined) {
        fast++;
        if (!viaEnvelope.ok) fastRefusals++;
        differ('envelope', f, viaEnvelope, general);
      }
      // As bytes (lone surrogates become U+FFFD on the way): the general path on the same text.
      const bytes = te.encode(f);
      differ('decodeRequest', f, decodeRequest(bytes, false, 'json'), plainResult(decodeJsonRequest(td.decode(bytes))));
    }),
    { numRuns: RUNS },
  );
  // The property is only worth something if both paths were taken often, and the fast one refused some.
  t.ok(fast > RUNS / 20, `fast path taken ${fast} times`);
  t.ok(fastRefusals > RUNS / 200, `fast path refused ${fastRefusals} times`);
  // Every kind's body is checked against the type Request.verify checks it against (read
  // from the .proto): a body with every field of that type wrong is refused, for the same reason.
  const request = protobuf.loadSync(fileURLToPath(new URL('../../proto/switchboard.proto', import.meta.url))).lookupType('switchboard.v1.Request');
  for (const k of REQUEST_KINDS) {
    const type = request.fields[k]!.resolvedType as protobuf.Type;
    const wrong = Object.fromEntries(type.fieldsArray.map((f) => [f.name, f.type === 'bool' && !f.repeated ? 5 : true]));
    const f = JSON.stringify({ id: '1', [k]: wrong });
    const mine = decodeEnvelope(f);
    t.ok(mine !== undefined && mine.ok === (type.fieldsArray.length === 0), `${k}: wrong fields of ${type.name} refused, if it has any`);
    t.same(plainResult(mine!), plainResult(decodeJsonRequest(f)), `${k}: as the general path decides`);
  }
});

t.test('codec - a snapshot contact carries why its agent was chosen, in both encodings', async (t) => {
  const why = { by: 'longest-idle', value: 500, step: 1, overflow: 'q2' };
  const contact = { id: 'c-1', queueId: 'q', channel: 'chat', language: 'en', state: 'active', agentId: 'a1', summary: true, why };
  const plain = { reply: { id: '1', snapshot: { contacts: [contact], contactsTotal: 1 } } } as unknown as ServerMessage;
  for (const encoding of ['json', 'proto'] as const) {
    const back = decodeServerMessage(encodeServerMessage(plain, encoding) as never, encoding === 'proto') as unknown as {
      reply: { snapshot: { contacts: { why?: unknown }[] } };
    };
    t.same(back.reply.snapshot.contacts[0]?.why, why, encoding);
  }
});

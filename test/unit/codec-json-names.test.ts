/**
 * JSON from clients is read as a proto3 JSON parser reads it: every field by
 * its JSON name or its .proto name (`external_id`), unknown fields ignored,
 * free-form values (`context`, maps) untouched; the same on WebSocket frames
 * (fast path and general path) and on the HTTP bodies. The table of names is
 * generated from the .proto and checked to be up to date.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import t from 'tap';
import { decodeCreateContactJson, decodeEnvelope, decodeJsonRequest, decodeRequest, decodeSurveyJson } from '../../src/protocol/codec.js';

const te = new TextEncoder();
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const frame = (s: string) => decodeRequest(te.encode(s), false, 'json');

t.test('codec names - the generated table of field names matches the .proto', async (t) => {
  t.doesNotThrow(
    () => execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'proto-json-names.mjs'), '--check'], { stdio: 'pipe' }),
    'npm run proto is up to date',
  );
});

t.test('codec names - request kinds and fields by their .proto names', async (t) => {
  t.same(frame('{"id":"1","set_presence":{"presence":"away","reason":"break"}}'), {
    ok: true,
    request: { id: '1', kind: 'setPresence', body: { presence: 'away', reason: 'break' } },
  });
  t.same(frame('{"id":"2","force_logout":{"agent_id":"alice"}}'), { ok: true, request: { id: '2', kind: 'forceLogout', body: { agentId: 'alice' } } });
  const snake =
    '{"id":"3","createContact":{"external_id":"e-1","queue_id":"q","channel":"chat","language":"fr-CA","preferred_agent_id":"bob",' +
    '"customer":{"id":"u","tier":"prime"},"skills":{"billing_fr":2},"context":{"order_id":"A-1","nested":{"snake_case":true}},' +
    '"handoff":{"bot_id":"b","intent":"x","transcript":[{"from":"bot","text":"hi","at":5}]}}}';
  const body = {
    externalId: 'e-1',
    queueId: 'q',
    channel: 'chat',
    language: 'fr-CA',
    preferredAgentId: 'bob',
    customer: { id: 'u', tier: 'prime' },
    skills: { billing_fr: 2 },
    context: { order_id: 'A-1', nested: { snake_case: true } },
    handoff: { botId: 'b', intent: 'x', transcript: [{ from: 'bot', text: 'hi', at: 5 }] },
  };
  t.same(frame(snake), { ok: true, request: { id: '3', kind: 'createContact', body } }, 'renamed at every level; context and maps kept as sent');
  t.ok(decodeEnvelope(snake)?.ok, 'read by the fast path');
  t.same(decodeEnvelope(snake), decodeJsonRequest(snake), 'as the general path reads it');
  t.same(frame(JSON.stringify({ id: '3', createContact: body })), frame(snake), 'the same as with JSON names');
});

t.test('codec names - unknown fields are ignored at every level, in both paths', async (t) => {
  const f = '{"id":"4","accept":{"contactId":"c-1","note":"x"},"trace":"abc"}';
  t.same(frame(f), { ok: true, request: { id: '4', kind: 'accept', body: { contactId: 'c-1' } } });
  const g =
    '{"id":"5","createContact":{"externalId":"e","customer":{"id":"u","vip":true},"handoff":{"transcript":[{"from":"bot","text":"t","mood":"ok"}]},"x":1}}';
  t.same(frame(g), {
    ok: true,
    request: { id: '5', kind: 'createContact', body: { externalId: 'e', customer: { id: 'u' }, handoff: { transcript: [{ from: 'bot', text: 't' }] } } },
  });
  t.same(decodeEnvelope(g), decodeJsonRequest(g));
  t.same(frame('{"id":"6","__proto__":{"ping":{}},"ping":{"__proto__":{"x":1}}}'), { ok: true, request: { id: '6', kind: 'ping', body: {} } });
});

t.test('codec names - a field given under both names is refused', async (t) => {
  const f = '{"id":"7","createContact":{"externalId":"a","external_id":"b"}}';
  t.match(frame(f), {
    ok: false,
    id: '7',
    error: { code: 'INVALID_ARGUMENT', message: 'malformed request: createContact.externalId: given twice (externalId and external_id)' },
  });
  t.same(decodeEnvelope(f), decodeJsonRequest(f));
  t.match(frame('{"id":"8","set_presence":{"presence":"away"},"setPresence":{"presence":"away"}}'), {
    ok: false,
    error: { message: /setPresence: given twice/ },
  });
});

t.test('codec names - the HTTP bodies read the same names', async (t) => {
  const snake = decodeCreateContactJson(te.encode('{"external_id":"m-1","queue_id":"q","channel":"email","language":"en","customer":{"id":"u"},"mood":"?"}'));
  const camel = decodeCreateContactJson(te.encode('{"externalId":"m-1","queueId":"q","channel":"email","language":"en","customer":{"id":"u"}}'));
  t.ok(snake.ok);
  t.same(snake, camel);
  t.same(decodeSurveyJson(te.encode('{"contact_id":"c-1","helpful":false,"reason":"too-long","extra":1}')), {
    ok: true,
    body: { contactId: 'c-1', helpful: false, reason: 'too-long' },
  });
  t.match(decodeSurveyJson(te.encode('{"contact_id":"c-1","contactId":"c-2"}')), { ok: false, error: { message: /contactId: given twice/ } });
});

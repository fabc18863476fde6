/**
 * Every error the server makes has a stable reason with its params, listed
 * once (`src/core/error-reasons.ts`): the README's table is that list, the
 * web app has an English and a French text for each reason naming only its
 * params, no error is made without a reason in the code that answers
 * requests, and the reason and params cross the wire (JSON and protobuf) into
 * the SDK's error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { sourceFiles } from '../fixtures/source-files.js';
import { ERROR_REASON_NAMES, ERROR_REASONS, fail, QueueClosedError, SwitchboardError, type ErrorReason } from '../../src/core/errors.js';
import { decodeServerMessage, encodeReply } from '../../src/protocol/codec.js';
import { errorFromMsg, errorMsgOf } from '../../src/protocol/error-msg.js';
import type { ErrorMsg } from '../../src/protocol/messages.js';
import { StoreError } from '../../src/store/store-error.js';
import { REASON_EN, REASON_FR } from '../../web/src/shared/error-texts.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const START = '<!-- error-reasons:start -->';
const END = '<!-- error-reasons:end -->';

/** The README's table, as the list says it. */
function table(): string {
  const rows = ERROR_REASON_NAMES.map((r) => {
    const e = ERROR_REASONS[r];
    const params = e.params.length === 0 ? '' : e.params.map((p) => `\`${p}\``).join(', ');
    return `| \`${r}\` | \`${e.code}\` | ${params} | ${e.doc} |`;
  });
  return ['| reason | code | params | when |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

t.test('error reasons - the README lists every reason as the code does', async (t) => {
  const file = path.join(ROOT, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  t.ok(from >= 0 && to > from, 'the README has the reason table markers');
  const expected = `${START}\n${table()}\n${END}`;
  const current = readme.slice(from, to + END.length);
  if (process.env['SWITCHBOARD_WRITE_REASONS'] === '1' && current !== expected) {
    writeFileSync(file, readme.slice(0, from) + expected + readme.slice(to + END.length));
    return;
  }
  t.equal(current, expected, 'README.md reason table (SWITCHBOARD_WRITE_REASONS=1 rewrites it)');
});

t.test('error reasons - each has an English and a French text naming only its params', async (t) => {
  for (const [lang, texts] of [
    ['en', REASON_EN],
    ['fr', REASON_FR],
  ] as const) {
    t.same(Object.keys(texts).sort(), [...ERROR_REASON_NAMES].sort(), `${lang}: a text for every reason, none for another`);
    for (const r of ERROR_REASON_NAMES) {
      const text = texts[r];
      t.ok(typeof text === 'string' && text.trim() !== '', `${lang} ${r}: a text`);
      const named = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const params: readonly string[] = ERROR_REASONS[r].params;
      for (const n of named) t.ok(params.includes(n), `${lang} ${r}: {${n}} is one of its params (${params.join(', ')})`);
    }
  }
  const same = ERROR_REASON_NAMES.filter((r) => REASON_EN[r] === REASON_FR[r]);
  t.same(same, [], 'no French text left in English');
});

t.test('error reasons - the code answering requests makes no error without a reason', async (t) => {
  // A SwitchboardError made directly (code and message only) or through the reasonless `invalid` helper.
  const bare = /new SwitchboardError\(\s*'[A-Z_]+'|(?<![\w.])invalid\(/g;
  const found: string[] = [];
  for (const dir of ['core', 'gateway', 'protocol', 'client', 'cluster']) {
    for (const file of sourceFiles(path.join(ROOT, 'src', dir))) {
      const rel = path.relative(ROOT, file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(bare)) {
        if (rel === 'src/core/errors.ts') continue; // the class and the store's `invalid` helper
        if (rel === 'src/core/queue-config.ts') continue; // configuration problems at start-up, never a request's
        found.push(`${rel}: ${m[0].slice(0, 80)}`);
      }
      for (const m of text.matchAll(/\{\s*code:\s*'[A-Z_]+',\s*message[^}]*\}/g)) {
        if (!/reason/.test(m[0])) found.push(`${rel}: ${m[0].slice(0, 80)}`);
      }
    }
  }
  t.same(found, [], 'every error made in core, gateway, protocol, client and cluster names its reason (fail(...))');
});

t.test('error reasons - fail gives the code of the reason and its params as text', async (t) => {
  const e = fail('QUEUE_FULL', 'queue q is full for chat', { queue: 'q', channel: 'chat' });
  t.equal(e.code, 'RESOURCE_EXHAUSTED');
  t.equal(e.reason, 'QUEUE_FULL');
  t.same(e.params, { queue: 'q', channel: 'chat' });
  const r = fail('RATE_LIMITED', 'rate limit', { limit: 50 });
  t.same(r.params, { limit: '50' }, 'numbers become text');
  t.equal(new SwitchboardError('INTERNAL', 'x').reason, undefined, 'an error from outside may have none');
});

t.test('error reasons - a store failure goes out with the reason of its code', async (t) => {
  t.match(errorMsgOf(new StoreError('disconnected', 'redis is gone')), { code: 'UNAVAILABLE', reason: 'NOT_READY', message: 'redis is gone' });
  t.match(errorMsgOf(new StoreError('fenced', 'lease lost')), { code: 'UNAVAILABLE', reason: 'NOT_READY' });
  t.match(errorMsgOf(new StoreError('corrupt', 'bad state')), { code: 'INTERNAL', reason: 'INTERNAL_ERROR' });
  t.notOk('reason' in errorMsgOf(new StoreError('no-lease', 'no lease')), 'FAILED_PRECONDITION has no reason fitting every case');
});

t.test('error reasons - reason and params cross the wire into the SDK error', async (t) => {
  const cases: SwitchboardError[] = [
    fail('TRANSFER_TARGET_OFFLINE', 'agent ghost is not logged in', { agent: 'ghost' }),
    fail('LOGIN_FIRST', 'log in first'),
    new QueueClosedError('queue q is closed until 9:00', 1_700_000_000_000, 'q'),
    new QueueClosedError('queue q is closed until further notice', null, 'q'),
  ];
  for (const encoding of ['json', 'proto'] as const) {
    for (const sent of cases) {
      const frame = encodeReply('7', { error: errorMsgOf(sent) }, encoding);
      const msg = decodeServerMessage(frame, encoding === 'proto') as { reply: { id: string; error: ErrorMsg } };
      const got = errorFromMsg(msg.reply.error);
      t.equal(got.code, sent.code, `${encoding} ${String(sent.reason)}: code`);
      t.equal(got.reason, sent.reason, `${encoding} ${String(sent.reason)}: reason`);
      t.same(got.params, sent.params, `${encoding} ${String(sent.reason)}: params`);
      t.equal(got.message, sent.message);
      t.equal(got instanceof QueueClosedError, sent instanceof QueueClosedError, 'a closed queue stays a QueueClosedError');
    }
  }
  const closed = cases[2] as QueueClosedError;
  t.same(closed.params, { queue: 'q', opensAt: '1700000000000' });
  t.equal(closed.reason satisfies string | undefined, 'QUEUE_CLOSED' satisfies ErrorReason);
});

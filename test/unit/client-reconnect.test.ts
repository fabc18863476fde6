import t from 'tap';
import { backoffDelay, ServerChoice } from '../../src/client/reconnect.js';

t.test('client reconnect - the delay doubles up to its ceiling, half of it jitter', async (t) => {
  const o = { initialDelayMs: 100, maxDelayMs: 1000 };
  t.same(
    [1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, o, () => 0)),
    [50, 100, 200, 400, 500, 500],
    'no jitter: half the ceiling',
  );
  t.same(
    [1, 2, 5].map((n) => backoffDelay(n, o, () => 1)),
    [100, 200, 1000],
    'all jitter: the ceiling',
  );
  t.equal(
    backoffDelay(1, {}, () => 0),
    100,
    'default first ceiling 200 ms',
  );
  t.equal(
    backoffDelay(30, {}, () => 1),
    10_000,
    'default ceiling 10 s',
  );
});

t.test('client reconnect - a failed attempt moves on to the next configured URL, round the list', async (t) => {
  const s = new ServerChoice('ws://a', ['ws://b', 'ws://c']);
  const seen = [s.current];
  for (let i = 0; i < 3; i++) {
    s.failed();
    seen.push(s.current);
  }
  t.same(seen, ['ws://a', 'ws://b', 'ws://c', 'ws://a']);
  const one = new ServerChoice('ws://a');
  one.failed();
  t.equal(one.current, 'ws://a', 'a single URL stays');
});

t.test('client reconnect - a move (close 4010) holds until an attempt there fails, then back where it was', async (t) => {
  const s = new ServerChoice('ws://a:1', ['ws://b:2']);
  s.failed();
  s.moveTo('ws://c:3/v1/agent?x=1');
  t.equal(s.current, 'ws://c:3', 'the origin of the hinted URL');
  s.failed();
  t.equal(s.current, 'ws://b:2', 'back on the configured URL it was on');
  s.moveTo('http://d:4');
  t.equal(s.current, 'ws://b:2', 'no ws:// or wss:// URL: no move');
  s.moveTo('not a url');
  t.equal(s.current, 'ws://b:2');
  s.moveTo('wss://e:5');
  t.equal(s.current, 'wss://e:5');
});

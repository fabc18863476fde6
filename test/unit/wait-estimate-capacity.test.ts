import t from 'tap';
import { Router } from '../../src/core/router.js';
import { WaitEstimate } from '../../src/insights/wait-estimate.js';
import { raceWait, twoStreamWait, withKnownOpenings } from '../../src/insights/wait-formula.js';

const close = (t: { ok: (c: boolean, m: string) => unknown }, actual: number | null, expected: number, tol: number, msg: string) =>
  t.ok(actual !== null && Math.abs(actual - expected) <= tol, `${msg}: ${actual} ~ ${expected}`);

t.test('wait formula - two streams of places, hand-computed', async (t) => {
  // One place, slots at 2/180 and calls at 1/180 each opening one: the first of either, 1 / (3/180).
  close(t, twoStreamWait(1, 2 / 180, 1 / 180, 1, 0).mean, 60, 1e-9, 'the first of two streams');
  // The first call's place goes elsewhere: min(Exp(p), Erlang(2, f)) = 1/(p+f) + f/(p+f)^2.
  close(t, twoStreamWait(1, 2 / 180, 1 / 180, 1, 1).mean, 60 + 20, 1e-9, 'one call taken before');
  // Two places, a call opens three: (i, j) = (0, 0) or (1, 0) still waiting: (1 + p/(p+f)) / (p+f).
  close(t, twoStreamWait(2, 1, 1, 3, 0).mean, (1 + 0.5) / 2, 1e-12, 'a call opens all the places needed');
  // Without calls it is Erlang(k, p): mean k/p, second moment k(k+1)/p^2.
  const e = twoStreamWait(3, 0.5, 0, 1, 0);
  close(t, e.mean, 6, 1e-12, 'Erlang mean');
  close(t, e.second, 48, 1e-12, 'Erlang second moment');
  const r = raceWait(1.5, 0.5, 0, 1, 0);
  close(t, r.mean, 3, 1e-12, 'a fractional count interpolates (1.5 places at 0.5/s)');
});

t.test('wait formula - places opening at known times', async (t) => {
  // One place, random openings Exp(mean 100), and one known at 20 s: E[min(X, 20)] = 100 (1 - e^-0.2).
  close(t, withKnownOpenings(1, 100, 10_000, [{ at: 20, places: 1 }]).mean, 100 * (1 - Math.exp(-0.2)), 1e-6, 'the known opening cuts the wait');
  close(t, withKnownOpenings(1, Infinity, Infinity, [{ at: 20, places: 1 }]).mean, 20, 0, 'nothing else opens: the known one');
  close(t, withKnownOpenings(1, 100, 10_000, [{ at: 500, places: 1 }]).mean, 100 * (1 - Math.exp(-5)), 1e-6, 'a late one barely helps');
});

/** One queue over voice and chat, agents taking both (voice exclusive, the default rules), 180-s holds assumed. */
function mixedFloor(wrapUpSeconds = 0) {
  let now = 1_000_000;
  const router = new Router(
    { queues: [{ id: 'q', channels: ['voice', 'chat'], wrapUpSeconds, offerTimeoutSeconds: 600, autoAccept: true }] },
    { now: () => now },
  );
  const est = new WaitEstimate({ defaultHandleSeconds: 180, memorySeconds: 1e9 });
  router.subscribe((e) => est.observe(e));
  let n = 0;
  const create = (channel: 'voice' | 'chat') =>
    router.createContact({ id: `c${++n}`, queueId: 'q', channel, language: 'en', customer: { id: `k${n}`, tier: 'standard' } }).id;
  const agent = (id: string) =>
    router.loginAgent(id, { skills: {}, languages: ['en'], capacity: { voice: 1, chat: 2 }, queues: ['q'] }, { presence: 'available' });
  return { router, est, create, agent, at: (ms: number) => (now = ms), now: () => now };
}

const held = (router: Router, agent: string) =>
  router
    .agent(agent)!
    .contacts.map((id) => router.contact(id)!.channel)
    .sort()
    .join(',');

/** The mixed floor with a1 on a call and a2 full of chats. */
function busyFloor() {
  const floor = mixedFloor();
  floor.agent('a1');
  floor.create('voice');
  floor.agent('a2');
  floor.create('chat');
  floor.create('chat');
  return floor;
}

t.test('wait estimate - an agent on a call gives a waiting chat its place when the call ends, not its chat slots', async (t) => {
  const { router, est, create } = busyFloor();
  t.equal(held(router, 'a1'), 'voice', 'a1 on a call');
  t.equal(held(router, 'a2'), 'chat,chat', 'a2 full of chats');
  const mine = create('chat');
  // Staffed: 4 chat slots, 180 / 4 = 45 s. What they can give: a2's two chats turn over (2/180 a second) and
  // a1's call ends (1/180) opening the one place needed: the first of either, 1 / (3/180) = 60 s.
  const w = est.estimate(router, mine);
  t.equal(w.status, 'estimate');
  close(t, w.seconds, 60, 1e-6, 'the capacity the rules leave');
});

t.test('wait estimate - a call waiting ahead takes the agent freed from a call first', async (t) => {
  const { router, est, create } = busyFloor();
  create('voice'); // waits: a1 on a call, a2 held by chats
  const mine = create('chat');
  t.equal(router.position(mine), 2, 'the call is ahead in the queue');
  // min(Exp(2/180), Erlang(2, 1/180)): 60 + (1/180) / (3/180)^2 = 80 s.
  close(t, est.estimate(router, mine).seconds, 80, 1e-6, 'the call ahead takes the first freed agent');
});

t.test('wait estimate - chats keep a call waiting until they have all ended', async (t) => {
  const { router, est, create, agent } = mixedFloor();
  agent('a1');
  create('chat');
  create('chat');
  const mine = create('voice');
  t.equal(router.contact(mine)!.state, 'waiting', 'voice is exclusive: not offered on top of chats');
  // Staffed: 1 voice slot, 180 s. Both chats must end first: 180 x (1 + 1/2) = 270 s.
  close(t, est.estimate(router, mine).seconds, 270, 1e-6, 'the last of two chats');
});

t.test('wait estimate - a slot in wrap-up frees when its time box ends', async (t) => {
  const { router, est, create, agent, at, now } = mixedFloor(30);
  agent('a1');
  const first = create('voice');
  router.endContact(first, 'agent', 'a1');
  t.equal(router.contact(first)!.state, 'wrap_up', 'in wrap-up for 30 s');
  const mine = create('voice');
  at(now() + 10_000);
  close(t, est.estimate(router, mine, now()).seconds, 20, 1e-6, 'the 20 s of wrap-up left');
});

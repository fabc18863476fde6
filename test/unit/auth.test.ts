/**
 * Token verification on the calling thread (`verifySync`, node:crypto)
 * against jose: the same tokens pass, the same tokens fail.
 */
import { createHmac } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import t from 'tap';
import { TokenAuthority } from '../../src/gateway/auth.js';
import { SwitchboardError } from '../../src/core/errors.js';

const SECRET = 'test-secret-0123456789abcdef-0123456789';
const KEY = new TextEncoder().encode(SECRET);
const auth = new TokenAuthority(SECRET);
const now = () => Math.floor(Date.now() / 1000);

const b64 = (v: unknown): string => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

/** A compact JWS signed by hand with node:crypto, the way any library would build one. */
function handMade(claims: unknown, header: unknown = { alg: 'HS256', typ: 'JWT' }, secret = SECRET, hash = 'sha256'): string {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${createHmac(hash, secret).update(input).digest('base64url')}`;
}

/** The message verifySync refuses with (UNAUTHENTICATED), or 'ok'. */
function outcome(token: string): string {
  try {
    auth.verifySync(token);
    return 'ok';
  } catch (e) {
    if (!(e instanceof SwitchboardError) || e.code !== 'UNAUTHENTICATED') throw e;
    return e.message;
  }
}

/** Whether jose (today's verifier) accepts the token's signature and claims. */
async function joseAccepts(token: string): Promise<boolean> {
  return jwtVerify(token, KEY, { algorithms: ['HS256'] }).then(
    () => true,
    () => false,
  );
}

t.test('auth - a signed token round-trips through verifySync and verify', async (t) => {
  const token = await auth.sign({ role: 'agent', id: 'alice' }, 60);
  const p = auth.verifySync(token);
  t.match(p, { role: 'agent', id: 'alice' });
  t.ok(p.expiresAt !== undefined && p.expiresAt > Date.now() && p.expiresAt <= Date.now() + 61_000, 'expiresAt from exp, in ms');
  t.same(await auth.verify(token), p, 'verify gives the same principal');
  await t.rejects(auth.verify('nope'), { code: 'UNAUTHENTICATED', message: 'invalid token' }, 'verify rejects (no throw) for callers that await');
  for (const role of ['integration', 'supervisor'] as const) t.match(auth.verifySync(await auth.sign({ role, id: 'x-1' })), { role, id: 'x-1' });
});

t.test('auth - a tampered payload or signature is refused', async (t) => {
  const token = await auth.sign({ role: 'agent', id: 'alice' });
  const [h, p, s] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
  t.equal(outcome(`${h}.${b64({ ...claims, role: 'supervisor' })}.${s}`), 'invalid token', 'role raised');
  t.equal(outcome(`${h}.${b64({ ...claims, sub: 'bob' })}.${s}`), 'invalid token', 'subject swapped');
  const flipped = Buffer.from(s, 'base64url');
  flipped[0] = flipped[0]! ^ 1;
  t.equal(outcome(`${h}.${p}.${flipped.toString('base64url')}`), 'invalid token', 'one bit of the signature');
  t.equal(outcome(`${h}.${p}.${s.slice(0, -2)}`), 'invalid token', 'truncated signature');
  t.equal(outcome(`${h}.${p}.`), 'invalid token', 'no signature');
  t.equal(outcome(`${h}.${p}.${s}A`), 'invalid token', 'signature with extra bytes');
});

t.test('auth - a token signed with another key is refused', async (t) => {
  const forged = await new TokenAuthority('another-secret-0123456789abcdef').sign({ role: 'agent', id: 'alice' });
  t.equal(outcome(forged), 'invalid token');
  t.equal(outcome(handMade({ role: 'agent', sub: 'alice', exp: now() + 60 }, undefined, '')), 'invalid token', 'empty key');
});

t.test('auth - only HS256: alg none, HS512, a missing alg and crit are refused', async (t) => {
  const claims = { role: 'agent', sub: 'alice', exp: now() + 60 };
  const none = `${b64({ alg: 'none' })}.${b64(claims)}.`;
  t.equal(outcome(none), 'invalid token', 'alg none, no signature');
  t.equal(outcome(`${b64({ alg: 'none' })}.${b64(claims)}.${handMade(claims).split('.')[2]}`), 'invalid token', 'alg none with a signature');
  const hs512 = await new SignJWT(claims).setProtectedHeader({ alg: 'HS512' }).sign(KEY);
  t.equal(outcome(hs512), 'invalid token', 'HS512 by jose with our key');
  t.equal(outcome(handMade(claims, { alg: 'HS512' }, SECRET, 'sha512')), 'invalid token', 'HS512 by hand');
  t.equal(outcome(handMade(claims, { alg: 'HS384' }, SECRET, 'sha384')), 'invalid token', 'HS384');
  t.equal(outcome(handMade(claims, { alg: 'hs256' })), 'invalid token', 'alg is case-sensitive');
  t.equal(outcome(handMade(claims, { typ: 'JWT' })), 'invalid token', 'no alg');
  t.equal(outcome(handMade(claims, { alg: 'HS256', crit: ['exp'], exp: 1 })), 'invalid token', 'crit');
  t.equal(outcome(handMade(claims, { alg: 'HS256', b64: false, crit: ['b64'] })), 'invalid token', 'unencoded payload');
  t.equal(outcome(handMade(claims, { alg: 'HS256', kid: 'k1', typ: 'JWT' })), 'ok', 'other header parameters are fine');
});

t.test('auth - expiry and not-before, with the messages of today', async (t) => {
  t.equal(outcome(handMade({ role: 'agent', sub: 'alice', exp: now() - 1 })), 'token expired');
  t.equal(outcome(handMade({ role: 'agent', sub: 'alice', exp: now() })), 'token expired', 'exp is exclusive (as jose)');
  const jose = await new SignJWT({ role: 'agent' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('alice')
    .setExpirationTime(now() - 10)
    .sign(KEY);
  t.equal(outcome(jose), 'token expired', 'expired by jose');
  t.equal(outcome(handMade({ role: 'agent', sub: 'alice', exp: now() + 60, nbf: now() + 30 })), 'invalid token', 'not yet valid');
  t.equal(outcome(handMade({ role: 'agent', sub: 'alice', exp: now() + 60, nbf: now() })), 'ok', 'nbf now is valid');
  t.equal(outcome(handMade({ role: 'agent', sub: 'alice', exp: now() - 1, nbf: now() + 30 })), 'invalid token', 'nbf is checked first (as jose)');
  t.equal(outcome(handMade({ role: 'agent', sub: 'alice', exp: String(now() + 60) })), 'invalid token', 'exp not a number');
  t.equal(outcome(handMade({ role: 'agent', sub: 'alice', nbf: '0' })), 'invalid token', 'nbf not a number');
  t.equal(outcome(handMade({ role: 'agent', sub: 'alice', iat: 'today' })), 'invalid token', 'iat not a number');
  const noExp = auth.verifySync(handMade({ role: 'agent', sub: 'alice' }));
  t.same(noExp, { role: 'agent', id: 'alice' }, 'no exp: valid, no expiresAt (as with jose)');
});

t.test('auth - a token needs a valid role and subject', async (t) => {
  const exp = now() + 60;
  t.equal(outcome(handMade({ sub: 'alice', exp })), 'token has no valid role');
  t.equal(outcome(handMade({ role: 'admin', sub: 'alice', exp })), 'token has no valid role');
  t.equal(outcome(handMade({ role: ['agent'], sub: 'alice', exp })), 'token has no valid role');
  t.equal(outcome(handMade({ role: 'agent', exp })), 'token has no valid subject');
  t.equal(outcome(handMade({ role: 'agent', sub: 42, exp })), 'token has no valid subject');
  t.equal(outcome(handMade({ role: 'agent', sub: 'no spaces allowed', exp })), 'token has no valid subject');
  t.equal(outcome(handMade({ role: 'agent', sub: 'alice', exp: now() - 1 })), 'token expired', 'claims are checked before role and subject');
});

t.test('auth - malformed tokens are refused', async (t) => {
  const good = await auth.sign({ role: 'agent', id: 'alice' });
  const [h, p, s] = good.split('.') as [string, string, string];
  for (const [why, token] of [
    ['empty', ''],
    ['one part', 'abc'],
    ['two parts', `${h}.${p}`],
    ['four parts', `${good}.${s}`],
    ['padding', `${h}.${p}=.${s}`],
    ['standard base64 characters', `${h}.${p.replace(/-/g, '+').replace(/_/g, '/')}+/.${s}`],
    ['a character outside the alphabet in the signature', `${h}.${p}.${s.slice(0, 10)}*${s.slice(10)}`],
    ['whitespace', `${h}.${p} .${s}`],
    ['a length of 4n+1', `${h}.${p}.${s}AA`],
    ['header not JSON', `${b64('not json')}.${p}.${s}`],
    ['header an array', `${b64(['HS256'])}.${p}.${s}`],
    ['header null', `${b64('null')}.${p}.${s}`],
  ] as const) {
    t.equal(outcome(token), 'invalid token', why);
  }
  t.equal(outcome(handMade('not json')), 'invalid token', 'payload not JSON (signed)');
  t.equal(outcome(handMade([1, 2])), 'invalid token', 'payload an array (signed)');
  t.equal(outcome(handMade('"string"')), 'invalid token', 'payload a string (signed)');
  const input = `${b64({ alg: 'HS256' })}.${Buffer.from([0x7b, 0xff, 0x7d]).toString('base64url')}`;
  t.equal(outcome(`${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`), 'invalid token', 'payload not UTF-8 (signed)');
});

t.test('auth - jose and verifySync agree, in both directions', async (t) => {
  const exp = now() + 60;
  const byJose = await new SignJWT({ role: 'integration', extra: { a: [1] } })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('crm-1')
    .setIssuedAt()
    .setNotBefore(now() - 5)
    .setExpirationTime(exp)
    .sign(KEY);
  t.same(auth.verifySync(byJose), { role: 'integration', id: 'crm-1', expiresAt: exp * 1000 }, 'signed by jose, verified by verifySync');
  const iat = now();
  const byHand = handMade({ role: 'supervisor', sub: 'sup-1', iat, exp });
  t.same(
    (await jwtVerify(byHand, KEY, { algorithms: ['HS256'] })).payload,
    { role: 'supervisor', sub: 'sup-1', iat, exp },
    'signed by node:crypto, verified by jose',
  );
  t.same(auth.verifySync(byHand), { role: 'supervisor', id: 'sup-1', expiresAt: exp * 1000 });

  // The same verdict (signature and claims) on a spread of tokens, good and bad.
  const [h, p] = byJose.split('.') as [string, string];
  const cases: Record<string, string> = {
    'jose token': byJose,
    'hand token': byHand,
    'no exp': handMade({ role: 'agent', sub: 'a' }),
    expired: handMade({ role: 'agent', sub: 'a', exp: now() - 1 }),
    'not before': handMade({ role: 'agent', sub: 'a', nbf: now() + 100 }),
    'exp a string': handMade({ role: 'agent', sub: 'a', exp: 'soon' }),
    'wrong key': handMade({ role: 'agent', sub: 'a' }, undefined, 'other'),
    'alg none': `${b64({ alg: 'none' })}.${p}.`,
    HS512: handMade({ role: 'agent', sub: 'a' }, { alg: 'HS512' }, SECRET, 'sha512'),
    crit: handMade({ role: 'agent', sub: 'a' }, { alg: 'HS256', crit: ['x'], x: 1 }),
    'payload an array': handMade([1]),
    'tampered payload': `${h}.${b64({ role: 'supervisor', sub: 'crm-1', exp })}.${byJose.split('.')[2]}`,
  };
  for (const [why, token] of Object.entries(cases)) {
    const mine = outcome(token);
    // Role and subject are ours to check, after jose's verdict.
    const signatureAndClaims = mine === 'ok' || mine === 'token has no valid role' || mine === 'token has no valid subject';
    t.equal(signatureAndClaims, await joseAccepts(token), why);
  }
});

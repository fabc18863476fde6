/**
 * The Lua scripts of the Redis store. Every write is one script, so that it
 * is atomic, and every write script first checks the caller's epoch and
 * fencing token (see `FENCE`): a paused or partitioned old leader can never
 * write after another process acquired the lease, and a process cannot write
 * into a domain that lost its data as if nothing happened.
 *
 * Keys (one hash tag per routing domain, so Redis Cluster keeps them on one
 * node): KEYS[1] meta hash {epoch, fence, term, head, snap, next}, KEYS[2] lease
 * string, KEYS[3] events stream (one entry per append, id `<seq>-0`, field
 * `e` = the JSON array of its events), KEYS[4] snapshot string (JSON),
 * KEYS[5] idempotency hash (field -> contact id), KEYS[6] idempotency times
 * zset, KEYS[7] the snapshot being written by a compaction (its append
 * number in meta `next`), KEYS[8] the integrations' delivered events
 * (stream, entries `d` = a `DeliveredEvent` as JSON, trimmed by count and
 * age), KEYS[9] each integration's last delivered sequence (hash).
 *
 * Errors are replies whose first word is the reason: SBEPOCH, SBFENCED,
 * SBGAP (the stored head is not the one the caller continues from), SBSTALE
 * (a compaction that a newer snapshot overtook, or whose parts are missing).
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

export interface LuaScript {
  readonly name: string;
  readonly source: string;
  readonly sha: string;
}

/**
 * Runs a script by SHA; on NOSCRIPT (script cache flushed, Redis restarted)
 * loads it and runs it once more: it had not run.
 */
export async function evalScript(conn: Redis, s: LuaScript, keys: readonly string[], args: readonly (string | Buffer)[]): Promise<unknown> {
  try {
    return await conn.evalsha(s.sha, keys.length, ...keys, ...args);
  } catch (e) {
    if (!(e instanceof Error) || !e.message.startsWith('NOSCRIPT')) throw e;
    // EVAL (not SCRIPT LOAD, which has no key) reaches the node of the keys on a Redis Cluster, and caches the script there.
    return await conn.eval(s.source, keys.length, ...keys, ...args);
  }
}

function script(name: string, source: string): LuaScript {
  return { name, source, sha: createHash('sha1').update(source).digest('hex') };
}

/**
 * ARGV[1] epoch, ARGV[2] the writer's fence: `token:term`, the fencing token
 * and the random id of the leader term that took it. Both must be the stored
 * ones: after a Redis failover that lost the last writes, the new master may
 * hand out a token again (its counter is behind), and the term id still tells
 * the two leaders apart. (A fence without `:term`, from a version before term
 * ids, is checked on the token alone.) Leaves the stored head in `head` and
 * the append the snapshot covers in `snap`. HMGET gives `false` for a missing field.
 */
const FENCE = `
local m = redis.call('HMGET', KEYS[1], 'epoch', 'fence', 'head', 'snap', 'term')
if m[1] ~= ARGV[1] then
  return redis.error_reply('SBEPOCH stored epoch is ' .. (m[1] or 'none'))
end
local ftoken, fterm = string.match(ARGV[2], '^(%d+):(.+)$')
if ftoken == nil then ftoken = ARGV[2] end
if m[2] ~= ftoken or (fterm ~= nil and m[5] ~= fterm) then
  return redis.error_reply('SBFENCED ' .. (m[2] or 'none'))
end
local head = tonumber(m[3] or '0')
local snap = tonumber(m[4] or '0')
`;

/**
 * Takes the lease when free. ARGV: holder, ttl ms, epoch to create the
 * domain with if it does not exist, the highest fencing token the caller has
 * seen, the new term's random id. The token is one past the larger of the
 * stored counter and the caller's: a master promoted after a failover may
 * have lost the last increments, and tokens must still grow. Returns
 * {0, current lease value, stored counter} when taken, else
 * {token, epoch, head, snap, the term id it replaced (or '')}.
 */
export const ACQUIRE = script(
  'acquire',
  `
local cur = redis.call('GET', KEYS[2])
if cur then return {0, cur, redis.call('HGET', KEYS[1], 'fence') or '0'} end
redis.call('HSETNX', KEYS[1], 'epoch', ARGV[3])
local m = redis.call('HMGET', KEYS[1], 'fence', 'term', 'epoch', 'head', 'snap')
local token = math.max(tonumber(m[1] or '0'), tonumber(ARGV[4])) + 1
redis.call('HSET', KEYS[1], 'fence', string.format('%d', token), 'term', ARGV[5])
redis.call('SET', KEYS[2], ARGV[1] .. '#' .. token, 'PX', ARGV[2])
return {token, m[3], tonumber(m[4] or '0'), tonumber(m[5] or '0'), m[2] or ''}
`,
);

/**
 * ARGV: lease value (holder#token), ttl ms, epoch, fence (`token:term`). 1
 * when still ours and extended; -1 when the domain's epoch is not ours any
 * more (Redis lost the data: the leader re-writes it, it did not lose the
 * lease to anyone). A lease that expired while nobody took it
 * since (the stored token and term are still ours, same epoch: e.g. Redis
 * was down longer than the lease) is taken back: no other process can have
 * written in between.
 */
export const RENEW = script(
  'renew',
  `
local cur = redis.call('GET', KEYS[2])
if cur == ARGV[1] then
  redis.call('PEXPIRE', KEYS[2], ARGV[2])
  return 1
end
if cur then return 0 end
local m = redis.call('HMGET', KEYS[1], 'epoch', 'fence', 'term')
if m[1] ~= ARGV[3] then return -1 end
if ((m[2] or '') .. ':' .. (m[3] or '')) == ARGV[4] then
  redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0
`,
);

/** ARGV: lease value. Deletes the lease only if still ours. */
export const RELEASE = script(
  'release',
  `
if redis.call('GET', KEYS[2]) == ARGV[1] then
  redis.call('DEL', KEYS[2])
  return 1
end
return 0
`,
);

/**
 * Group commit: several appends in order. ARGV: epoch, token, head the
 * caller continues from, now (ms), count, the delivered events kept at most
 * (0: no bound), the oldest delivered entry id kept (ms, 0: no bound), then
 * per append: events JSON, number of idempotency keys k, then k pairs
 * (field, contact id), number of delivered events d, then d triples
 * (integration, sequence, entry JSON). Returns the new head.
 */
export const APPEND = script(
  'append',
  `${FENCE}
if head ~= tonumber(ARGV[3]) then
  return redis.error_reply('SBGAP ' .. head)
end
local i = 8
local delivered = false
for _ = 1, tonumber(ARGV[5]) do
  head = head + 1
  redis.call('XADD', KEYS[3], head .. '-0', 'e', ARGV[i])
  local k = tonumber(ARGV[i + 1])
  i = i + 2
  for _ = 1, k do
    if redis.call('HSETNX', KEYS[5], ARGV[i], ARGV[i + 1]) == 1 then
      redis.call('ZADD', KEYS[6], ARGV[4], ARGV[i])
    end
    i = i + 2
  end
  local d = tonumber(ARGV[i])
  i = i + 1
  for _ = 1, d do
    redis.call('XADD', KEYS[8], '*', 'd', ARGV[i + 2])
    redis.call('HSET', KEYS[9], ARGV[i], ARGV[i + 1])
    delivered = true
    i = i + 3
  end
end
if delivered then
  if ARGV[6] ~= '0' then redis.call('XTRIM', KEYS[8], 'MAXLEN', '~', ARGV[6]) end
  if ARGV[7] ~= '0' then redis.call('XTRIM', KEYS[8], 'MINID', '~', ARGV[7]) end
end
redis.call('HSET', KEYS[1], 'head', head)
-- Events a snapshot covers go a little at a time (whole stream nodes, at most 2,000
-- entries a call): trimming 50,000 at once held Redis ~8 ms. load() skips what is left.
if snap > 0 then redis.call('XTRIM', KEYS[3], 'MINID', '~', snap + 1, 'LIMIT', 2000) end
return head
`,
);

/**
 * One part of a compaction's snapshot, written beside the appends (the
 * compaction runs on its own connection, one part at a time, so that Redis
 * never holds the appends behind one large call). ARGV: epoch, token, seq the
 * snapshot covers, part number (0 starts it), the part's text.
 */
export const SNAPSHOT_PART = script(
  'snapshot-part',
  `${FENCE}
if ARGV[4] == '0' then
  redis.call('SET', KEYS[7], ARGV[5])
  redis.call('HSET', KEYS[1], 'next', ARGV[3])
  return 1
end
if redis.call('HGET', KEYS[1], 'next') ~= ARGV[3] then
  return redis.error_reply('SBSTALE the snapshot of append ' .. ARGV[3] .. ' is no longer being written')
end
redis.call('APPEND', KEYS[7], ARGV[5])
return 1
`,
);

/**
 * Installs a snapshot covering appends 1..seq. ARGV: epoch, token, seq, then
 * for mode 'rebase' the snapshot JSON, for 'compact' the byte length of the
 * parts written (SNAPSHOT_PART), then the mode, the idempotency cutoff (ms),
 * and for 'rebase' the idempotency keys as triples (field, contact id, time).
 * - 'compact': the parts become the snapshot, if they are all there, the
 *   appends up to seq are stored (later ones may be too: they stay), and no
 *   newer snapshot was installed meanwhile (a rebase); starts trimming the
 *   events the snapshot covers (APPEND goes on with it); leaves the head alone.
 * - 'rebase': re-writes the domain from the leader's memory whatever the
 *   head (after lost acknowledgements or a data loss): events and keys are
 *   replaced, and a compaction being written is dropped.
 * Then drops idempotency keys older than the cutoff (at most 10,000 a call).
 */
export const SNAPSHOT = script(
  'snapshot',
  `${FENCE}
local seq = tonumber(ARGV[3])
if ARGV[5] == 'compact' then
  if head < seq then return redis.error_reply('SBGAP ' .. head) end
  local s = redis.call('HMGET', KEYS[1], 'snap', 'next')
  if tonumber(s[1] or '0') >= seq or s[2] ~= ARGV[3] or redis.call('STRLEN', KEYS[7]) ~= tonumber(ARGV[4]) then
    return redis.error_reply('SBSTALE the snapshot of append ' .. seq .. ' was overtaken or is incomplete')
  end
  redis.call('RENAME', KEYS[7], KEYS[4])
  redis.call('HDEL', KEYS[1], 'next')
  redis.call('HSET', KEYS[1], 'snap', seq)
  redis.call('XTRIM', KEYS[3], 'MINID', '~', seq + 1, 'LIMIT', 2000)
else
  redis.call('DEL', KEYS[3], KEYS[5], KEYS[6], KEYS[7])
  redis.call('HDEL', KEYS[1], 'next')
  for i = 7, #ARGV, 3 do
    redis.call('HSET', KEYS[5], ARGV[i], ARGV[i + 1])
    redis.call('ZADD', KEYS[6], ARGV[i + 2], ARGV[i])
  end
  redis.call('SET', KEYS[4], ARGV[4])
  redis.call('HSET', KEYS[1], 'head', seq, 'snap', seq)
end
local old = redis.call('ZRANGEBYSCORE', KEYS[6], '-inf', '(' .. ARGV[6], 'LIMIT', 0, 10000)
for _, f in ipairs(old) do
  redis.call('HDEL', KEYS[5], f)
  redis.call('ZREM', KEYS[6], f)
end
return seq
`,
);

export const SCRIPTS: readonly LuaScript[] = [ACQUIRE, RENEW, RELEASE, APPEND, SNAPSHOT_PART, SNAPSHOT];

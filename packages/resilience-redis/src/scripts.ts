/**
 * The store's atomic decisions, each one Lua script run by Redis as a single step: no other
 * worker's command runs in between, so two workers can never both take the one half-open probe,
 * shorten a pause, or spend the last retry. Every change takes a number from the sequence counter
 * and is announced on the channel with it, so a worker applies changes in order.
 *
 * Times are epoch ms of the policies' clocks, passed in by the caller; Redis's own clock only
 * drives TTLs (PEXPIRE), which just drop state that nobody needs any more.
 */

/** Shared helpers: read and write one site's breaker hash, and the reply shape. */
const breakerHelpers = `
local function load(key, defaultOpenMs)
  local h = redis.call('HMGET', key, 'state', 'failures', 'openUntil', 'openMs', 'probes', 'leaseUntil')
  local openUntil = nil
  if h[3] and h[3] ~= '' then openUntil = tonumber(h[3]) end
  return {
    state = h[1] or 'closed', failures = tonumber(h[2] or '0'), openUntil = openUntil,
    openMs = tonumber(h[4] or defaultOpenMs), probes = tonumber(h[5] or '0'), leaseUntil = tonumber(h[6] or '0'),
  }
end
local function save(key, seqKey, channel, origin, site, r, ttl)
  local seq = redis.call('INCR', seqKey)
  if r.state == 'closed' and r.failures == 0 then
    redis.call('DEL', key)
  else
    redis.call('HSET', key, 'site', site, 'state', r.state, 'failures', r.failures, 'openUntil', r.openUntil or '',
      'openMs', r.openMs, 'probes', r.probes, 'leaseUntil', r.leaseUntil, 'seq', seq)
    redis.call('PEXPIRE', key, math.max(1, math.floor(ttl)))
  end
  redis.call('PUBLISH', channel, cjson.encode({ from = origin, kind = 'breaker', site = site, state = r.state,
    failures = r.failures, openUntil = r.openUntil or '', openMs = r.openMs, probes = r.probes, seq = seq }))
  return seq
end
local function reply(r, seq, transition, allowed, probe)
  return { r.state, r.failures, r.openUntil and tostring(r.openUntil) or '', tostring(r.openMs), r.probes, seq,
    transition, allowed, probe }
end
`;

/**
 * Records a pause unless one in force lasts longer (a pause extends, never shortens; an ended one
 * still in Redis counts as none). KEYS: pause, sequence, channel. ARGV: pause JSON, resumesAt
 * ('' = until reset), since, TTL ms, origin, now. Returns [applied, json, since, seq].
 */
export const setPauseScript = `
local cur = redis.call('HMGET', KEYS[1], 'json', 'resumesAt', 'since', 'seq')
local now = tonumber(ARGV[6])
local live = cur[1] and (cur[2] == '' or tonumber(cur[2]) > now)
if live then
  if cur[2] == '' or (ARGV[2] ~= '' and tonumber(ARGV[2]) <= tonumber(cur[2])) then
    return { 0, cur[1], cur[3], tonumber(cur[4] or '0') }
  end
end
local since = ARGV[3]
if live then since = cur[3] end
local seq = redis.call('INCR', KEYS[2])
redis.call('HSET', KEYS[1], 'json', ARGV[1], 'resumesAt', ARGV[2], 'since', since, 'seq', seq)
redis.call('PEXPIRE', KEYS[1], math.max(1, math.floor(tonumber(ARGV[4]))))
redis.call('PUBLISH', KEYS[3], cjson.encode({ from = ARGV[5], kind = 'pause', json = ARGV[1], since = since, seq = seq }))
return { 1, ARGV[1], since, seq }
`;

/**
 * Ends pauses. KEYS: the pause keys to delete..., sequence, channel. ARGV: removal JSON, at, origin.
 * Returns the sequence number.
 */
export const removePausesScript = `
local n = #KEYS
for i = 1, n - 2 do redis.call('DEL', KEYS[i]) end
local seq = redis.call('INCR', KEYS[n - 1])
redis.call('PUBLISH', KEYS[n], cjson.encode({ from = ARGV[3], kind = 'removal', removal = ARGV[1], at = tonumber(ARGV[2]), seq = seq }))
return seq
`;

/**
 * Asks to send to a site: a closed breaker lets it go; an open one whose time ended turns half-open;
 * a half-open one leases its probe to exactly one caller (until the answer, or `probeLeaseMs`).
 * KEYS: breaker, sequence, channel. ARGV: now, halfOpenProbes, leaseMs, staleMs, defaultOpenMs,
 * origin, site. Returns [state, failures, openUntil, openMs, probes, seq, transition, allowed, probe].
 */
export const admitScript = `${breakerHelpers}
local now = tonumber(ARGV[1])
local r = load(KEYS[1], ARGV[5])
if r.state == 'closed' then return reply(r, 0, 'none', 1, 0) end
local transition = 'none'
if r.state == 'open' then
  if r.openUntil and now < r.openUntil then return reply(r, 0, 'none', 0, 0) end
  r.state = 'half-open'; r.openUntil = nil; r.probes = 0; r.leaseUntil = 0; transition = 'half-opened'
end
if r.probes >= tonumber(ARGV[2]) and r.leaseUntil > now then return reply(r, 0, transition, 0, 0) end
if r.probes >= tonumber(ARGV[2]) then r.probes = 0 end
r.probes = r.probes + 1
r.leaseUntil = now + tonumber(ARGV[3])
local seq = save(KEYS[1], KEYS[2], KEYS[3], ARGV[6], ARGV[7], r, tonumber(ARGV[4]) + tonumber(ARGV[3]))
return reply(r, seq, transition, 1, 1)
`;

/**
 * The site could not be reached: counts the failure (the fleet's, not one worker's), opens the
 * breaker at the threshold, and reopens it for twice as long after a failed probe.
 * KEYS: breaker, sequence, channel. ARGV: now, probe (1/0), threshold, defaultOpenMs, maxOpenMs,
 * staleMs, origin, site. Returns the reply of the admit script (allowed and probe 0).
 */
export const siteFailureScript = `${breakerHelpers}
local now = tonumber(ARGV[1])
local r = load(KEYS[1], ARGV[4])
local function open(ms)
  r.state = 'open'; r.openUntil = now + ms; r.openMs = ms; r.probes = 0; r.leaseUntil = 0
  local seq = save(KEYS[1], KEYS[2], KEYS[3], ARGV[7], ARGV[8], r, ms + tonumber(ARGV[6]))
  return reply(r, seq, 'opened', 0, 0)
end
if r.state == 'half-open' and ARGV[2] == '1' then return open(math.min(tonumber(ARGV[5]), r.openMs * 2)) end
if r.state ~= 'closed' then return reply(r, 0, 'none', 0, 0) end
r.failures = r.failures + 1
if r.failures >= tonumber(ARGV[3]) then return open(r.openMs) end
local seq = save(KEYS[1], KEYS[2], KEYS[3], ARGV[7], ARGV[8], r, tonumber(ARGV[6]))
return reply(r, seq, 'none', 0, 0)
`;

/**
 * The site answered: its breaker closes (a good probe) and its failure count ends.
 * KEYS: breaker, sequence, channel. ARGV: origin, site. Returns the reply (transition closed/none).
 */
export const siteAnsweredScript = `${breakerHelpers}
if redis.call('EXISTS', KEYS[1]) == 0 then return reply(load(KEYS[1], '0'), 0, 'none', 1, 0) end
local r = load(KEYS[1], '0')
local transition = 'closed'
if r.state == 'closed' then transition = 'none' end
r.state = 'closed'; r.failures = 0; r.openUntil = nil; r.probes = 0; r.leaseUntil = 0
local seq = save(KEYS[1], KEYS[2], KEYS[3], ARGV[1], ARGV[2], r, 1)
return reply(r, seq, transition, 1, 0)
`;

/**
 * A probe ended without an answer (aborted): its lease is given back.
 * KEYS: breaker, sequence, channel. ARGV: origin, site, staleMs.
 */
export const releaseProbeScript = `${breakerHelpers}
local r = load(KEYS[1], '0')
if r.state ~= 'half-open' or r.probes <= 0 then return 0 end
r.probes = r.probes - 1; r.leaseUntil = 0
return save(KEYS[1], KEYS[2], KEYS[3], ARGV[1], ARGV[2], r, tonumber(ARGV[3]))
`;

/**
 * Puts back a breaker this worker kept while Redis was away, unless the fleet has one.
 * KEYS: breaker, sequence, channel. ARGV: origin, site, state, failures, openUntil, openMs, ttl.
 */
export const restoreBreakerScript = `${breakerHelpers}
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local openUntil = nil
if ARGV[5] ~= '' then openUntil = tonumber(ARGV[5]) end
local r = { state = ARGV[3], failures = tonumber(ARGV[4]), openUntil = openUntil, openMs = tonumber(ARGV[6]), probes = 0, leaseUntil = 0 }
return save(KEYS[1], KEYS[2], KEYS[3], ARGV[1], ARGV[2], r, tonumber(ARGV[7]))
`;

/**
 * Login-failure streak: ARGV[4] = 1 counts one more, 0 ends it. KEYS: login, sequence, channel.
 * ARGV: ttl, origin, site, add. Returns the streak.
 */
export const loginScript = `
local streak = 0
if ARGV[4] == '1' then
  streak = redis.call('INCR', KEYS[1])
  redis.call('PEXPIRE', KEYS[1], math.max(1, math.floor(tonumber(ARGV[1]))))
else
  redis.call('DEL', KEYS[1])
end
local seq = redis.call('INCR', KEYS[2])
redis.call('PUBLISH', KEYS[3], cjson.encode({ from = ARGV[2], kind = 'login', site = ARGV[3], streak = streak, seq = seq }))
return streak
`;

/**
 * Takes one retry from the fleet's budget: retries in the window may not exceed
 * max(minRetries, floor(requests x ratio)), so the remaining budget never goes below zero.
 * KEYS: the window's slices, newest first. ARGV: requests not yet counted, ratio, minRetries,
 * slice TTL ms. Returns [granted, remaining].
 */
export const acquireRetryScript = `
if tonumber(ARGV[1]) > 0 then redis.call('HINCRBY', KEYS[1], 'requests', ARGV[1]) end
local requests, retries = 0, 0
for _, key in ipairs(KEYS) do
  local h = redis.call('HMGET', key, 'requests', 'retries')
  requests = requests + tonumber(h[1] or '0')
  retries = retries + tonumber(h[2] or '0')
end
local allowance = math.max(tonumber(ARGV[3]), math.floor(requests * tonumber(ARGV[2])))
if retries >= allowance then
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
  return { 0, 0 }
end
redis.call('HINCRBY', KEYS[1], 'retries', 1)
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return { 1, allowance - retries - 1 }
`;

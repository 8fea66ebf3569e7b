/**
 * The cache's Lua scripts. Each takes the keys of ONE person (one hash tag, one Cluster slot, see
 * runtime/cache-keys.ts), or of several people on a single Redis: they loop over whatever they get.
 */

/** KEYS: generation, data, generation, data, ...; ARGV: keep ms, then the generation read and the value of each. */
export const WRITE_IF_GENERATION = `
local written = 0
for i = 1, #KEYS, 2 do
  local current = redis.call('GET', KEYS[i]) or '0'
  if current == ARGV[i + 1] then
    redis.call('SET', KEYS[i + 1], ARGV[i + 2], 'PX', ARGV[1])
    written = written + 1
  end
end
return written`;

/**
 * KEYS: n "refreshed lately" keys, then the n generations; ARGV: n, min interval ms, generation
 * TTL ms. All or nothing: { index, wait } of the first pair refreshed too lately, else { 0, 0 }.
 */
export const REFRESH = `
local n = tonumber(ARGV[1])
for i = 1, n do
  local wait = redis.call('PTTL', KEYS[i])
  if wait > 0 then return { i, wait } end
end
for i = 1, n do
  if tonumber(ARGV[2]) > 0 then redis.call('SET', KEYS[i], '1', 'PX', ARGV[2]) end
  redis.call('INCR', KEYS[n + i])
  redis.call('PEXPIRE', KEYS[n + i], ARGV[3])
end
return { 0, 0 }`;

/**
 * Claims each key for this replica (ARGV[1]) for ARGV[2] ms unless another replica holds it: 1
 * where the claim is this replica's (new, or already held: its requests in flight are joined in
 * the process), 0 where another replica's.
 */
export const CLAIM = `
local granted = {}
for i, key in ipairs(KEYS) do
  if redis.call('SET', key, ARGV[1], 'PX', ARGV[2], 'NX') or redis.call('GET', key) == ARGV[1] then
    granted[i] = 1
  else
    granted[i] = 0
  end
end
return granted`;

/** Deletes the claims still held by this replica (ARGV[1]); one that ran out and was taken by another is left alone. */
export const RELEASE_OWN = `
local released = 0
for _, key in ipairs(KEYS) do
  if redis.call('GET', key) == ARGV[1] then
    redis.call('DEL', key)
    released = released + 1
  end
end
return released`;

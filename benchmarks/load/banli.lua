-- wrk script for the load benchmark (load.sh). What it does is chosen by the environment:
--   BANLI_AUTH     the Authorization header (HTTP Basic), or empty
--   BANLI_COOKIE   the session cookie (then BANLI_CSRF is sent with every POST)
--   BANLI_MODE     get | register | assign
--   BANLI_PATH     for get: the path, "{id}" replaced by a random item id from BANLI_IDS
--   BANLI_IDS      a file of item ids, one per line
--   BANLI_UNITS    for assign: the unit codes the items are assigned to in turn, comma-separated
--   BANLI_ROUND    for assign: which unit the first pass starts with, so that a later run reassigns
-- done() prints one JSON line that load.sh reads.

local counter = 0
local threads = {}

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local mode, path, ids, units, sent, tid, nthreads

local function lines(file)
  local result = {}
  local f = io.open(file, "r")
  if f then
    for line in f:lines() do
      if line ~= "" then table.insert(result, line) end
    end
    f:close()
  end
  return result
end

function init(args)
  tid = tonumber(wrk.thread:get("tid"))
  nthreads = tonumber(os.getenv("BANLI_THREADS") or "1")
  mode = os.getenv("BANLI_MODE") or "get"
  path = os.getenv("BANLI_PATH") or "/api/v1/health"
  ids = lines(os.getenv("BANLI_IDS") or "/dev/null")
  units = {}
  for code in string.gmatch(os.getenv("BANLI_UNITS") or "", "[^,]+") do table.insert(units, code) end
  sent = 0
  local auth = os.getenv("BANLI_AUTH") or ""
  if auth ~= "" then wrk.headers["Authorization"] = auth end
  local cookie = os.getenv("BANLI_COOKIE") or ""
  if cookie ~= "" then
    wrk.headers["Cookie"] = cookie
    wrk.headers["X-Banli-CSRF"] = os.getenv("BANLI_CSRF") or ""
    wrk.headers["X-Banli-Client"] = "desk"
  end
  wrk.headers["Content-Type"] = "application/json"
  -- Threads share no versions: each step applies to whatever version is current.
  if mode == "assign" then wrk.headers["If-Match"] = "*" end
  math.randomseed(os.time() + tid * 7919)
end

function request()
  sent = sent + 1
  if mode == "register" then
    local n = tid * 1000000 + sent
    local body = string.format('{"kind":"%s","title":"关于改善第%d号路段交通状况的建议","body":"%s","submitter":"%s","category":"交通"}',
      (n % 2 == 0) and "SUGGESTION" or "PROPOSAL", n,
      "近年来该路段车流量增长较快，早晚高峰拥堵严重，建议增设信号灯并拓宽路口，方便群众出行。",
      (n % 2 == 0) and "bench-deputy" or "bench-member")
    return wrk.format("POST", "/api/v1/items", nil, body)
  elseif mode == "assign" then
    -- Each thread walks its own share of the items; every pass assigns them to the next unit.
    local k = (sent - 1) * nthreads + tid
    local id = ids[(k % #ids) + 1]
    local round = math.floor(k / #ids) + tonumber(os.getenv("BANLI_ROUND") or "0")
    local body = string.format('{"hostUnit":"%s","coUnits":[],"reason":"按职责交办"}', units[(round % #units) + 1])
    return wrk.format("POST", "/api/v1/items/" .. id .. "/assign", nil, body)
  else
    local p = path
    if #ids > 0 then p = string.gsub(path, "{id}", ids[math.random(#ids)]) end
    return wrk.format("GET", p)
  end
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format('{"requests":%d,"seconds":%.3f,"rps":%.1f,"p50ms":%.2f,"p99ms":%.2f,"non2xx":%d,"socketErrors":%d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout))
end

-- wrk script: POSTs the queries named in WRK_QUERIES (comma-separated .rq files; default 14-ask and 15-label-lookup),
-- in turn, as the SPARQL 1.1 Protocol's URL-encoded form (the shape bench/sparql-http.py sends), JSON results.
-- Virtuoso's URL carries ?default-graph-uri=urn:kg:bench. Usage:
--   WRK_QUERIES=bench/sparql/14-ask.rq,bench/sparql/15-label-lookup.rq wrk -c1 -t1 -d10s -s bench/sparql-wrk/post.lua URL
local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local bodies = {}
local files = os.getenv("WRK_QUERIES") or "bench/sparql/14-ask.rq,bench/sparql/15-label-lookup.rq"
for path in string.gmatch(files, "[^,]+") do
  local f = assert(io.open(path, "r"))
  bodies[#bodies + 1] = "query=" .. urlencode(f:read("*a"))
  f:close()
end
-- WRK_CLOSE=1 sends Connection: close, so that every request opens a new connection (as bench/sparql-http.py does).
local close = os.getenv("WRK_CLOSE") == "1"
local i = 0
request = function()
  i = i % #bodies + 1
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept"] = "application/sparql-results+json",
  }
  if close then headers["Connection"] = "close" end
  return wrk.format("POST", nil, headers, bodies[i])
end

-- The MCP tool list_rejections as the benchmark owner: the same page as the REST list, over POST /mcp.
local token = dofile("target/bench/owner-token.lua")
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json, text/event-stream"
wrk.body = '{"jsonrpc":"2.0","id":1,"method":"tools/call",'
  .. '"params":{"name":"list_rejections","arguments":{"size":20,"stageReached":"INTERVIEW"}}}'

-- Any GET as the benchmark owner.
local token = dofile("target/bench/owner-token.lua")
wrk.headers["Authorization"] = "Bearer " .. token

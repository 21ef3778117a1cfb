-- GET /v1/rejections/{id} for a random record of the benchmark owner (ids written by bench/run.sh).
local token = dofile("target/bench/owner-token.lua")
local ids = {}
for line in io.lines("target/bench/owner-ids.txt") do ids[#ids + 1] = line end

request = function()
  return wrk.format("GET", "/v1/rejections/" .. ids[math.random(#ids)], {["Authorization"] = "Bearer " .. token})
end

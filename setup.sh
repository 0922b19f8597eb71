#!/usr/bin/env bash
# Installs the Debian packages claimcheck builds and tests with. Idempotent: installs
# only what is missing, so a second run does nothing. Needs root (or sudo) the first time.
set -euo pipefail

PACKAGES=(
  bazel-bootstrap bazel-rules-java bazel-platforms
  g++ pkg-config python3
  libabsl-dev libre2-dev nlohmann-json3-dev libgtest-dev libgmock-dev libbenchmark-dev
)
# Extra packages for the optional parts of the test suite, asked for by name:
#   ./setup.sh browser   -> chromium (report page check)
#   ./setup.sh fuzz      -> clang-14, libclang-rt-14-dev
for extra in "$@"; do
  case "$extra" in
    browser) PACKAGES+=(chromium) ;;
    fuzz) PACKAGES+=(clang-14 libclang-rt-14-dev) ;;
    cache) PACKAGES+=(nginx) ;;
    *) echo "setup.sh: unknown extra '$extra' (known: browser, fuzz, cache)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "setup.sh: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

#!/usr/bin/env bash
# The fault suite (issue 14): each run breaks a real dependency of the built microbundle under
# concurrent filing and checks what users would see; results and figures go to docs/reliability.md.
# Not part of `./mvnw verify` (about 8 minutes with the build, and it needs the machine to itself):
#   bash docs/faults.sh            # all faults, DatabaseRestartFault included
#   bash docs/faults.sh NodeKillFault SmtpOutageFault
#   MAVEN_ARGS=-o bash docs/faults.sh   # Maven offline (MAVEN_ARGS is read by Maven 3.9)
# Port 8114 by default (PAKN_FAULT_PORT). Exits non-zero when a fault run fails.
set -uo pipefail
cd "$(dirname "$0")/.."
port="${PAKN_FAULT_PORT:-8114}"
faults=("$@")
if [ ${#faults[@]} -eq 0 ]; then
  faults=(DatabaseRestartFault NodeKillFault SmtpOutageFault SearchIndexFault TwoNodesFault)
fi
./mvnw -B -q package -DskipTests || exit 1
failed=0
passed=0
for fault in "${faults[@]}"; do
  echo "=== $fault ($(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg))"
  if ./mvnw -B -q exec:java -Dexec.mainClass="vn.pakn.fault.$fault" -Dexec.args="$port"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "=== $fault FAILED"
  fi
done
echo "faults: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

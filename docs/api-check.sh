#!/bin/sh
# Measures the API contract with the tools partners use (issue 21); run by hand, never by the build.
#
#   docs/api-check.sh [document]            # default docs/openapi.json
#
# 1. OpenAPI Generator's validator (org.openapitools:openapi-generator-cli, from Maven Central);
# 2. Redocly CLI with its recommended rules, and Spectral with spectral:oas + the OWASP API
#    Security ruleset, when installed from npm into $LINT (default /tmp/pakn-api-lint):
#      npm install --prefix /tmp/pakn-api-lint @redocly/cli@2 @stoplight/spectral-cli@6 \
#        @stoplight/spectral-owasp-ruleset@2
# To check the served document, fetch it first from a running node:
#   curl -s 'http://localhost:8080/openapi?format=JSON' > target/openapi.json
#   docs/api-check.sh target/openapi.json
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DOC=${1:-$ROOT/docs/openapi.json}
LINT=${LINT:-/tmp/pakn-api-lint}
GEN_VERSION=7.17.0
JAR=$HOME/.m2/repository/org/openapitools/openapi-generator-cli/$GEN_VERSION/openapi-generator-cli-$GEN_VERSION.jar
if [ ! -f "$JAR" ]; then
  "$ROOT/mvnw" -q dependency:get -Dartifact=org.openapitools:openapi-generator-cli:$GEN_VERSION
fi
echo "== OpenAPI Generator $GEN_VERSION validate"
java -jar "$JAR" validate -i "$DOC"
status=$?
if [ -x "$LINT/node_modules/.bin/redocly" ]; then
  echo "== Redocly CLI, recommended rules"
  "$LINT/node_modules/.bin/redocly" lint --extends=recommended --format=summary "$DOC"
fi
if [ -x "$LINT/node_modules/.bin/spectral" ]; then
  echo "== Spectral, spectral:oas + OWASP API Security"
  RULES=$(mktemp --suffix=.yaml)
  printf 'extends:\n  - spectral:oas\n  - "%s/node_modules/@stoplight/spectral-owasp-ruleset/dist/ruleset.mjs"\n' "$LINT" > "$RULES"
  "$LINT/node_modules/.bin/spectral" lint --ruleset "$RULES" --format text "$DOC" \
    | awk '{for (i = 1; i <= NF; i++) if ($i == "error" || $i == "warning") {print $i, $(i + 1); break}}' \
    | sort | uniq -c | sort -rn
  rm -f "$RULES"
fi
exit $status

#!/bin/sh
# Lighthouse 12 figures for the pages (issue 12), run by hand, never by the build:
#
#   npm install --prefix /tmp/lh lighthouse@12
#   ./mvnw -q package -DskipTests
#   flock /tmp/pakn-heavy.lock env CHROME_PATH=/usr/bin/chromium \
#     LIGHTHOUSE=/tmp/lh/node_modules/.bin/lighthouse docs/lighthouse.sh 8112
#
# Starts the microbundle on the given port with its embedded defaults (H2 and demo data in
# target/lighthouse/run), measures the citizens' pages with the mobile profile (Lighthouse's default:
# slow 4G, mid-range phone) and the officers' pages with the desktop profile, signed in as the demo
# receiver, prints one line per page and stops the application. Reports: target/lighthouse/*.json.
set -eu
PORT=${1:-8112}
LH=${LIGHTHOUSE:-lighthouse}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/target/lighthouse"
BASE="http://localhost:$PORT/"
mkdir -p "$OUT/run"

cd "$OUT/run"
java -jar "$ROOT/target/pakn-microbundle.jar" --port "$PORT" > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
i=0
until curl -fs "${BASE}health/ready" > /dev/null 2>&1; do
  i=$((i + 1)); [ $i -gt 180 ] && { echo "the application did not start"; exit 1; }
  sleep 1
done
# one petition to look at, and its code for the officers' petition page
CODE=$(curl -fs -H 'Content-Type: application/json' -d '{"sender":{"type":"PERSON","name":"Nguyễn Thị Hoa","address":"Tổ 5, thị trấn Phù Yên, Sơn La","phone":"0912 345 678"},"kind":"CONDUCT","field":"TPHT","procedure":"Đăng ký khai sinh","title":"Chậm trả kết quả đăng ký khai sinh","content":"Tôi nộp hồ sơ đăng ký khai sinh cho con ngày 02/10 tại UBND xã, đến nay quá hạn."}' \
  "${BASE}api/petitions" | sed 's/.*"trackingCode":"\([^"]*\)".*/\1/')
COOKIE=$(curl -fs -D - -o /dev/null -H 'Content-Type: application/json' \
  -d '{"username":"receiver","password":"demo"}' "${BASE}api/session" \
  | sed -n 's/^[Ss]et-[Cc]ookie: \(JSESSIONID=[^;]*\).*/\1/p' | head -1)

run() { # name, url, extra flags...
  name=$1; url=$2; shift 2
  "$LH" "$url" --quiet --output=json --output-path="$OUT/$name.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" "$@" \
    > /dev/null 2>> "$OUT/lighthouse.log" || echo "$name: lighthouse failed (see $OUT/lighthouse.log)"
}
for page in index.html gui-phan-anh.html theo-doi.html tra-cuu.html "tra-loi.html?id=1"; do
  run "citizen-$(echo "$page" | sed 's/[^a-z0-9]/-/g')" "$BASE$page"
done
run officer-dang-nhap "${BASE}can-bo/dang-nhap.html" --preset=desktop
for page in hop-thu.html "phan-anh.html?code=$CODE" tiep-nhan.html; do
  run "officer-$(echo "$page" | sed 's/[^a-z0-9]/-/g')" "${BASE}can-bo/$page" --preset=desktop \
    --extra-headers="{\"Cookie\": \"$COOKIE\"}"
done

node - "$OUT" <<'JS'
const fs = require('fs');
const dir = process.argv[2];
console.log('page | perf | a11y | best practices | SEO | KB transferred | CLS | LCP ms');
for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
  const r = JSON.parse(fs.readFileSync(`${dir}/${f}`, 'utf8'));
  const s = (c) => (r.categories[c]?.score == null ? '–' : Math.round(r.categories[c].score * 100));
  const a = (id) => r.audits[id]?.numericValue;
  console.log([f.replace('.json', ''), s('performance'), s('accessibility'), s('best-practices'), s('seo'),
    (a('total-byte-weight') / 1024).toFixed(1), (a('cumulative-layout-shift') ?? 0).toFixed(3),
    Math.round(a('largest-contentful-paint') ?? 0)].join(' | '));
}
JS

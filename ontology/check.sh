#!/bin/sh
# Check everything in ontology/: Turtle syntax (rapper), parsing, RDF/XML
# freshness and vocabulary coverage (check.py, rdflib + pyoxigraph), and the
# SHACL shapes against the examples (pyshacl). Exits non-zero on any failure.
# Needs: rapper (raptor2-utils), python3 with rdflib, pyoxigraph, pyshacl.
set -eu
cd "$(dirname "$0")"

for f in communique.ttl topics.ttl shapes.ttl examples/valid.ttl examples/broken.ttl; do
    rapper -q -i turtle -c "$f" || { echo "check.sh: rapper rejects $f" >&2; exit 1; }
done
echo "rapper: all Turtle files parse"

python3 check.py

for f in examples/valid.ttl topics.ttl communique.ttl; do
    if ! pyshacl -s shapes.ttl "$f" > /dev/null; then
        echo "check.sh: $f does not conform to shapes.ttl" >&2
        pyshacl -s shapes.ttl "$f" >&2 || true
        exit 1
    fi
    echo "pyshacl: $f conforms"
done

# broken.ttl carries 14 deliberate defects, one violation each.
report=$(pyshacl -s shapes.ttl examples/broken.ttl) && {
    echo "check.sh: examples/broken.ttl unexpectedly conforms" >&2; exit 1; }
count=$(printf '%s\n' "$report" | sed -n 's/^Results (\([0-9]*\)):$/\1/p')
if [ "$count" != 14 ]; then
    echo "check.sh: expected 14 violations in examples/broken.ttl, got ${count:-none}" >&2
    printf '%s\n' "$report" >&2
    exit 1
fi
echo "pyshacl: examples/broken.ttl fails with the 14 expected violations"
echo "check.sh: all good"

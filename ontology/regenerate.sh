#!/bin/sh
# Regenerate the RDF/XML files from their Turtle sources:
#   communique.ttl -> communique.rdf,  topics.ttl -> topics.rdf
# Usage: ontology/regenerate.sh   (from any directory; needs rapper, raptor2-utils)
# Exits non-zero, leaving the previous .rdf untouched, if rapper fails.
set -eu
cd "$(dirname "$0")"
for name in communique topics; do
    if ! rapper -q -i turtle -o rdfxml-abbrev "$name.ttl" > "$name.rdf.tmp"; then
        rm -f "$name.rdf.tmp"
        echo "regenerate.sh: rapper failed on $name.ttl" >&2
        exit 1
    fi
    mv "$name.rdf.tmp" "$name.rdf"
    echo "wrote $name.rdf"
done

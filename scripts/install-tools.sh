#!/usr/bin/env bash
# Installs, once, the outside tools the tests check the project against:
# Apache Jena (riot, arq, shacl) and raptor (rapper) from Debian, with the message files
# Jena's bundled Xerces needs copied onto a classpath folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
mkdir -p "$tools"
need=()
[ -f /usr/share/java/jena-arq.jar ] || need+=(libapache-jena-java)
command -v rapper >/dev/null 2>&1 || need+=(raptor2-utils)
# SPARQLWrapper (with rdflib) for the server tests that use it as an outside client, with its default settings.
[ -f /usr/lib/python3/dist-packages/SPARQLWrapper/__init__.py ] || need+=(python3-sparqlwrapper)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null 2>&1 || true
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
# Headless Chromium for the browser test of the query page (tests/browser); its failure does not stop the other
# tools: the browser test then skips with the reason (scripts/install-browser.sh also installs npm's playwright-core).
if [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq chromium >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 || true; apt-get install -y -qq chromium >/dev/null 2>&1; } \
    || echo "install-tools.sh: chromium could not be installed; the browser test will be skipped" >&2
fi
msgdir="$tools/jena-cp"
if [ ! -f "$msgdir/.done" ]; then
  rm -rf "$msgdir"; mkdir -p "$msgdir/org/apache/jena/ext" "$msgdir/xerces/impl"
  tmp=$(mktemp -d)
  (cd "$tmp" && unzip -q -o /usr/share/java/jena-core.jar 'org/apache/jena/ext/xerces/impl/msg/*' 'org/apache/jena/ext/xerces/impl/xpath/regex/*.properties' || true)
  mkdir -p "$msgdir/xerces/impl/msg" "$msgdir/xerces/impl/xpath/regex"
  cp -r "$tmp/org/apache/jena/ext/xerces/impl/msg/." "$msgdir/xerces/impl/msg/" 2>/dev/null || true
  cp "$tmp"/org/apache/jena/ext/xerces/impl/xpath/regex/*.properties "$msgdir/xerces/impl/xpath/regex/" 2>/dev/null || true
  cp -r "$tmp/org" "$msgdir/" 2>/dev/null || true
  rm -rf "$tmp"
  touch "$msgdir/.done"
fi
# The classpath for Jena's command classes, for scripts and tests: java -cp "$(cat .tools/jena.classpath)" riotcmd.riot ...
# Only Jena and its own dependencies: the whole /usr/share/java folder carries clashing SLF4J bindings.
cp="$msgdir"
for j in jena-arq jena-base jena-cmds jena-core jena-dboe-base jena-dboe-index jena-dboe-storage jena-dboe-trans-data \
         jena-dboe-transaction jena-iri jena-rdfconnection jena-shacl jena-shex jena-tdb jena-tdb2 commons-cli commons-codec \
         commons-compress commons-csv commons-io commons-lang3 dexx.collection gson guava httpclient httpcore jackson-core \
         jackson-databind jackson-annotations jsonld-java protobuf thrift slf4j-api slf4j-nop titanium-json-ld jakarta.json-api \
         httpclient-cache commons-logging; do
  [ -f "/usr/share/java/$j.jar" ] && cp="$cp:/usr/share/java/$j.jar"
done
echo "$cp" > "$tools/jena.classpath"

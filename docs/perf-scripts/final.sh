# Side-by-side runs (issue #8): ours and the Solr peer back to back on the same machine and data.
# Runs from the project root so config/application.yml applies. Inputs (override with the environment):
#   JAR      our jar (./mvnw package), copied so a rebuild does not change it mid-run
#   SOLR     the peer's jar, built from ../shared/peers/solr
#   NER_IDX  a Reuters index built with entities (bench ingest ... with NER on); E is its `export`
#   IDX_1M   a 1M-article index (bench corpus --scale 1000000, then bench ingest)
#   SOLR_Q   the mix's Solr column (bench solr-queries --out FILE);  O  where results go
set -u
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}; export PATH=$JAVA_HOME/bin:$PATH
cd "$(dirname "$0")/../.."
O=${O:-/tmp/perf-final}; mkdir -p $O
cp ${JAR:-target/news-search-0.1.0-SNAPSHOT.jar} $O/ours.jar; JAR=$O/ours.jar
SOLR=${SOLR:-/tmp/solr-peer/target/solr-peer.jar}
NER_IDX=${NER_IDX:-/tmp/perf/idx-reuters-ner2}
IDX_1M=${IDX_1M:-/tmp/perf2/idx-1m}
SOLR_Q=${SOLR_Q:-/tmp/perf/solr-queries.txt}
J="java --add-modules jdk.incubator.vector -jar $JAR"
R=${R:-../shared/corpus/reuters21578.jsonl}
E=${E:-/tmp/perf/reuters-export.jsonl}
stamp() { echo "## $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg) $*"; }
for round in 1 2; do
  stamp "ours ingest reuters raw round $round"; rm -rf $O/idx-nonlp
  $J bench ingest $R --out $O/ingest-reuters-$round.json --newsearch.index.path=$O/idx-nonlp --newsearch.ingest.seed-on-empty=false --newsearch.nlp.enabled=false 2>&1 | grep 'news-search ingest'
  stamp "solr round $round"; rm -rf $O/solr-work
  java -jar $SOLR --corpus $E --queries $SOLR_Q --out $O/solr-$round.json --work $O/solr-work 2>&1 | tail -1
  stamp "ours ingest export round $round"; rm -rf $O/idx-export
  $J bench ingest $E --out $O/ingest-export-$round.json --newsearch.index.path=$O/idx-export --newsearch.ingest.seed-on-empty=false --newsearch.nlp.enabled=false 2>&1 | grep 'news-search ingest'
done
stamp "ours query in-process reuters"
$J bench query --out $O/query-reuters-inproc.json --newsearch.index.path=$NER_IDX --newsearch.ingest.seed-on-empty=false 2>&1 | grep 'news-search mode'
stamp "ours query http reuters"
$J --server.port=8099 --newsearch.index.path=$NER_IDX --newsearch.ingest.seed-on-empty=false > $O/server-reuters.log 2>&1 &
SP=$!
for i in $(seq 120); do curl -s -o /dev/null "http://127.0.0.1:8099/api/v1/search?q=oil" && break; sleep 1; done
$J bench query --url http://127.0.0.1:8099 --out $O/query-reuters-http.json --newsearch.index.path=$O/idx-scratch --newsearch.ingest.seed-on-empty=false 2>&1 | grep 'news-search mode'
stamp "solr round 3 (queries right after ours over http)"; rm -rf $O/solr-work
java -jar $SOLR --corpus $E --queries $SOLR_Q --out $O/solr-3.json --work $O/solr-work 2>&1 | tail -1
stamp "ours query http reuters, run 2"
$J bench query --url http://127.0.0.1:8099 --out $O/query-reuters-http-2.json --newsearch.index.path=$O/idx-scratch --newsearch.ingest.seed-on-empty=false 2>&1 | grep 'news-search mode'
kill $SP; wait $SP 2>/dev/null
stamp "1M in-process -Xmx2g"
java -Xmx2g --add-modules jdk.incubator.vector -jar $JAR bench query --out $O/query-1m-inproc.json --newsearch.index.path=$IDX_1M --newsearch.ingest.seed-on-empty=false 2>&1 | grep 'news-search mode'
stamp "1M http -Xmx2g"
java -Xmx2g --add-modules jdk.incubator.vector -jar $JAR --server.port=8099 --newsearch.index.path=$IDX_1M --newsearch.ingest.seed-on-empty=false > $O/server-1m.log 2>&1 &
SP=$!
for i in $(seq 120); do curl -s -o /dev/null "http://127.0.0.1:8099/api/v1/search?q=oil" && break; sleep 1; done
$J bench query --url http://127.0.0.1:8099 --out $O/query-1m-http.json --newsearch.index.path=$O/idx-scratch --newsearch.ingest.seed-on-empty=false 2>&1 | grep 'news-search mode'
kill $SP; wait $SP 2>/dev/null
stamp "1M in-process -Xmx2g, run 2"
java -Xmx2g --add-modules jdk.incubator.vector -jar $JAR bench query --out $O/query-1m-inproc-2.json --newsearch.index.path=$IDX_1M --newsearch.ingest.seed-on-empty=false 2>&1 | grep 'news-search mode'
stamp done

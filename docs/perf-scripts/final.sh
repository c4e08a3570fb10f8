# Final side-by-side runs (issue #8). Run from the worktree so config/application.yml applies.
set -u
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; export PATH=$JAVA_HOME/bin:$PATH
cd /work/wt-perf
JAR=/tmp/perf2/final.jar
J="java --add-modules jdk.incubator.vector -jar $JAR"
R=/work/shared/corpus/reuters21578.jsonl
E=/tmp/perf/reuters-export.jsonl
O=/tmp/perf2/final; mkdir -p $O
stamp() { echo "## $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg) $*"; }
for round in 1 2; do
  stamp "ours ingest reuters raw round $round"; rm -rf $O/idx-nonlp
  $J bench ingest $R --out $O/ingest-reuters-$round.json --newsearch.index.path=$O/idx-nonlp --newsearch.ingest.seed-on-empty=false --newsearch.nlp.enabled=false 2>&1 | grep 'news-search ingest'
  stamp "solr round $round"; rm -rf $O/solr-work
  java -jar /tmp/solr-peer/target/solr-peer.jar --corpus $E --queries /tmp/perf/solr-queries.txt --out $O/solr-$round.json --work $O/solr-work 2>&1 | tail -1
  stamp "ours ingest export round $round"; rm -rf $O/idx-export
  $J bench ingest $E --out $O/ingest-export-$round.json --newsearch.index.path=$O/idx-export --newsearch.ingest.seed-on-empty=false --newsearch.nlp.enabled=false 2>&1 | grep 'news-search ingest'
done
stamp "ours query in-process reuters"
$J bench query --out $O/query-reuters-inproc.json --newsearch.index.path=/tmp/perf/idx-reuters-ner2 --newsearch.ingest.seed-on-empty=false 2>&1 | grep 'news-search mode'
stamp "ours query http reuters"
$J --server.port=8099 --newsearch.index.path=/tmp/perf/idx-reuters-ner2 --newsearch.ingest.seed-on-empty=false > $O/server-reuters.log 2>&1 &
SP=$!
for i in $(seq 120); do curl -s -o /dev/null "http://127.0.0.1:8099/api/v1/search?q=oil" && break; sleep 1; done
$J bench query --url http://127.0.0.1:8099 --out $O/query-reuters-http.json --newsearch.index.path=$O/idx-scratch --newsearch.ingest.seed-on-empty=false 2>&1 | grep 'news-search mode'
stamp "solr round 3 (queries right after ours over http)"; rm -rf $O/solr-work
java -jar /tmp/solr-peer/target/solr-peer.jar --corpus $E --queries /tmp/perf/solr-queries.txt --out $O/solr-3.json --work $O/solr-work 2>&1 | tail -1
stamp "ours query http reuters, run 2"
$J bench query --url http://127.0.0.1:8099 --out $O/query-reuters-http-2.json --newsearch.index.path=$O/idx-scratch --newsearch.ingest.seed-on-empty=false 2>&1 | grep 'news-search mode'
kill $SP; wait $SP 2>/dev/null
stamp "1M in-process -Xmx2g"
java -Xmx2g --add-modules jdk.incubator.vector -jar $JAR bench query --out $O/query-1m-inproc.json --newsearch.index.path=/tmp/perf2/idx-1m --newsearch.ingest.seed-on-empty=false 2>&1 | grep 'news-search mode'
stamp "1M http -Xmx2g"
java -Xmx2g --add-modules jdk.incubator.vector -jar $JAR --server.port=8099 --newsearch.index.path=/tmp/perf2/idx-1m --newsearch.ingest.seed-on-empty=false > $O/server-1m.log 2>&1 &
SP=$!
for i in $(seq 120); do curl -s -o /dev/null "http://127.0.0.1:8099/api/v1/search?q=oil" && break; sleep 1; done
$J bench query --url http://127.0.0.1:8099 --out $O/query-1m-http.json --newsearch.index.path=$O/idx-scratch --newsearch.ingest.seed-on-empty=false 2>&1 | grep 'news-search mode'
kill $SP; wait $SP 2>/dev/null
stamp "1M in-process -Xmx2g, run 2"
java -Xmx2g --add-modules jdk.incubator.vector -jar $JAR bench query --out $O/query-1m-inproc-2.json --newsearch.index.path=/tmp/perf2/idx-1m --newsearch.ingest.seed-on-empty=false 2>&1 | grep 'news-search mode'
stamp done

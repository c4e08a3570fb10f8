# Before/after runs of the second session (issue #8): a base jar (/tmp/perf2/basecpu.jar, built at db51079) against
# the final jar (/tmp/perf2/final.jar), alternating; run from the project root so config/application.yml applies.
set -u
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}; export PATH=$JAVA_HOME/bin:$PATH
cd "$(dirname "$0")/../.."
R=../shared/corpus/reuters21578.jsonl
O=/tmp/perf2/abf; mkdir -p $O
stamp() { echo "## $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg) $*"; }
ing() { # name jar extra...
  local n=$1 j=$2; shift 2; rm -rf $O/idx-$n
  /usr/bin/time -f "$n cpu_user=%U cpu_sys=%S wall=%e" java --add-modules jdk.incubator.vector -jar $j bench ingest $R --out $O/ing-$n.json --newsearch.index.path=$O/idx-$n --newsearch.ingest.seed-on-empty=false --newsearch.nlp.enabled=false "$@" 2>&1 | grep -E 'news-search ingest|cpu_user' | tr '\n' ' '; echo
}
qry() { # name jar index extra...
  local n=$1 j=$2 idx=$3; shift 3
  java -Xmx2g --add-modules jdk.incubator.vector -jar $j bench query --threads 1 --out $O/q-$n.json --newsearch.index.path=$idx --newsearch.ingest.seed-on-empty=false "$@" >/dev/null 2>&1
  python3 -c "
import json;d=json.load(open('$O/q-$n.json'))
print('$n p50 %.2f p95 %.2f qps1 %.1f cpu_mean %.2f cpu_p95 %.2f'%(d['p50_ms'],d['p95_ms'],d['qps1'],d['cpu_ms_mean'],d['cpu_p95_ms']), {k:v['p50_ms'] for k,v in d['cpu_by_kind'].items()})"
}
stamp "ingest base vs final (CPU)"
ing base1 /tmp/perf2/basecpu.jar --newsearch.ingest.commit-every=500
ing final1 /tmp/perf2/final.jar
ing base2 /tmp/perf2/basecpu.jar --newsearch.ingest.commit-every=500
ing final2 /tmp/perf2/final.jar
stamp "commit-every=500, commit-interval=1h vs defaults, final jar"
ing c500 /tmp/perf2/final.jar --newsearch.ingest.commit-every=500 --newsearch.ingest.commit-interval=1h
ing cdef /tmp/perf2/final.jar
stamp "queries 1M: base vs final slice-threads=1 (CPU per query)"
qry base-1m /tmp/perf2/basecpu.jar /tmp/perf2/idx-1m
qry final-1m-s1 /tmp/perf2/final.jar /tmp/perf2/idx-1m --newsearch.search.slice-threads=1
qry base-1m-b /tmp/perf2/basecpu.jar /tmp/perf2/idx-1m
qry final-1m-s1-b /tmp/perf2/final.jar /tmp/perf2/idx-1m --newsearch.search.slice-threads=1
stamp "queries 1M: slice-threads 1 vs 0 (latency)"
qry final-1m-s0 /tmp/perf2/final.jar /tmp/perf2/idx-1m
qry final-1m-s1-c /tmp/perf2/final.jar /tmp/perf2/idx-1m --newsearch.search.slice-threads=1
qry final-1m-s0-b /tmp/perf2/final.jar /tmp/perf2/idx-1m
stamp "queries Reuters: base vs final (CPU)"
qry base-r /tmp/perf2/basecpu.jar /tmp/perf/idx-reuters-ner2
qry final-r /tmp/perf2/final.jar /tmp/perf/idx-reuters-ner2
stamp done

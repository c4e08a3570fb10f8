import json, time, urllib.request, statistics
base='http://127.0.0.1:8097'
for i in range(120):
    try:
        urllib.request.urlopen(base+'/api/v1/stats').read(); break
    except Exception: time.sleep(1)
stats=json.load(urllib.request.urlopen(base+'/api/v1/stats'))
ids=[]
for w in ['oil','bank','grain','trade','shares','gold','coffee','sugar','dollar','tax','loss','profit','bond','wheat','steel','copper','rates','deficit','merger','strike']:
    r=json.load(urllib.request.urlopen(base+'/api/v1/search?size=10&q='+w))
    ids+= [h['id'] for h in r['hits']]
for i in ids[:30]:
    urllib.request.urlopen(base+'/api/v1/articles/%s/related?size=10'%i).read()
lat=[]
for i in ids[30:200]:
    t=time.perf_counter(); urllib.request.urlopen(base+'/api/v1/articles/%s/related?size=10'%i).read(); lat.append((time.perf_counter()-t)*1000)
lat.sort()
p=lambda q: lat[min(len(lat)-1,int(round(q/100*len(lat)))-1)]
print(json.dumps({"articles":stats["articles"],"lookups":len(lat),"p50_ms":round(p(50),1),"p95_ms":round(p(95),1),"p99_ms":round(p(99),1)}))

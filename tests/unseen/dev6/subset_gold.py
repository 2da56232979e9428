"""Write the part of dev6.gold.json that concerns some articles (by three-digit prefix range), for a batch's run.
Usage: python3 subset_gold.py FIRST LAST OUT.json   (e.g. 782 789 /tmp/dev6-b2.gold.json)"""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
gold = json.load(open(os.path.join(here, "dev6.gold.json"), encoding="utf-8"))
first, last, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
keep = lambda arts: [a for a in arts if first <= int(a) <= last]
res = {"description": gold["description"] + f" Subset for articles {first}-{last}.",
       "articles": [a for a in gold["articles"] if first <= int(a[:3]) <= last]}
for kind in ("persons", "organizations", "places", "posts", "meetings", "claims"):
    res[kind] = []
    for x in gold[kind]:
        arts = keep(x["articles"])
        if arts:
            res[kind].append(dict(x, articles=arts))
json.dump(res, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(out, {k: len(v) for k, v in res.items() if isinstance(v, list)})

# Restricts dev3.gold.json to some articles (by leading number), to score one batch built on its own:
#   python3 subset_gold.py dev3.gold.json 710-719 > /tmp/dev3-b2.gold.json
# Items are kept with the listed articles only; entities, posts, meetings and claims left with none are dropped.
import json, sys

gold = json.load(open(sys.argv[1], encoding="utf-8"))
lo, hi = sys.argv[2].split("-")
keep = lambda a: lo <= a[:3] <= hi
out = {"description": gold["description"], "articles": [s for s in gold["articles"] if keep(s)]}
for kind in ["persons", "organizations", "places", "posts", "meetings", "claims"]:
    items = []
    for item in gold[kind]:
        arts = [a for a in item["articles"] if keep(a)]
        if arts:
            items.append({**item, "articles": arts})
    out[kind] = items
json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
print()

// Question: What did a given outlet report that no other outlet did: claims and meetings found only in its articles?
// Parameters:
//   outlet (text, default "Le Monde"): the outlet's name or alternative name (e.g. "AFP", "MPI")
MATCH (o:Organization)<-[:publisher]-(a:NewsArticle) WHERE $outlet IN ([] + coalesce(o.label, []) + coalesce(o.altLabel, []))
MATCH (x)-[r:appearance|subjectOf]->(a)
WHERE (x:Claim OR x:Event)
  AND NOT any(b IN [(x)-[:appearance|subjectOf]->(b) | b] WHERE NOT (b)-[:publisher]->(o))
RETURN CASE WHEN x:Claim THEN 'claim' ELSE 'meeting' END AS kind, coalesce(x.text, x.label) AS item, a.identifier AS article
ORDER BY kind, item, article

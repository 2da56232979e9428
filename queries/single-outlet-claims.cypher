// Question: Which claims were reported by only one outlet (one article, or several articles of the same outlet)?
// An article whose outlet is unknown counts as its own outlet.
// Parameters:
//   who (text, default ""): only claims of this speaker (name or alternative name); empty for every speaker
MATCH (c:Claim)-[:author]->(s)
WHERE $who = '' OR $who IN ([] + coalesce(s.label, []) + coalesce(s.altLabel, []))
MATCH (c)-[:appearance]->(x:NewsArticle)
OPTIONAL MATCH (x)-[:publisher]->(p)
WITH c, s, count(DISTINCT coalesce(p, x)) AS sources
WHERE sources = 1
MATCH (c)-[:appearance]->(a:NewsArticle)
OPTIONAL MATCH (a)-[:publisher]->(o)
RETURN s.label AS speaker, c.text AS claim, a.identifier AS article, reduce(m = null, l IN [] + coalesce(o.label, []) | CASE WHEN m IS NULL OR l < m THEN l ELSE m END) AS outlet
ORDER BY speaker, claim, article

// Question: For every claim reported by more than one article, which article (and outlet) reported it first?
// Dates are compared as written (a month-only date sorts before the days of that month); undated articles are skipped.
// Parameters:
//   who (text, default ""): only claims of this speaker (name or alternative name); empty for every speaker
MATCH (c:Claim)-[:author]->(s)
WHERE $who = '' OR $who IN ([] + coalesce(s.label, []) + coalesce(s.altLabel, []))
MATCH (c)-[:appearance]->(x:NewsArticle)
WITH c, s, count(DISTINCT x) AS reports, min(toString(x.datePublished)) AS published
WHERE reports > 1
MATCH (c)-[:appearance]->(a:NewsArticle) WHERE toString(a.datePublished) = published
OPTIONAL MATCH (a)-[:publisher]->(o)
RETURN s.label AS speaker, c.text AS claim, reports, a.identifier AS first, published, reduce(m = null, l IN [] + coalesce(o.label, []) | CASE WHEN m IS NULL OR l < m THEN l ELSE m END) AS outlet
ORDER BY speaker, claim, first

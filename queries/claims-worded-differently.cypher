// Question: Which claims were reported by several outlets in different words, and how did each outlet word it?
// One row per rendering of such a claim (an article whose outlet is unknown counts as its own outlet).
// Parameters: none
MATCH (c:Claim)-[:renderedBy]->(q:Quotation)-[:isPartOf]->(a:NewsArticle)
OPTIONAL MATCH (a)-[:publisher]->(o)
WITH c, count(DISTINCT coalesce(o, a)) AS sources, count(DISTINCT q.text) AS wordings
WHERE sources > 1 AND wordings > 1
MATCH (c)-[:author]->(s), (c)-[:renderedBy]->(q:Quotation)-[:isPartOf]->(a:NewsArticle)
OPTIONAL MATCH (a)-[:publisher]->(o)
RETURN s.label AS speaker, c.text AS claim, a.identifier AS article, reduce(m = null, l IN [] + coalesce(o.label, []) | CASE WHEN m IS NULL OR l < m THEN l ELSE m END) AS outlet, q.text AS wording, q.isDirectQuote AS direct
ORDER BY speaker, claim, article, wording

// Question: For a claim, which outlets and articles reported it, in which words, as a direct quote or as reported
// speech, and which report came first?
// The claim is found by a phrase of its text or of any rendering (case ignored); first is true for the reports in the
// earliest-dated article (articles without a date are never first).
// Parameters:
//   phrase (text, default "bonne chose"): words the claim or one of its renderings contains
MATCH (c:Claim)-[:renderedBy]->(any:Quotation)
WHERE toLower(c.text) CONTAINS toLower($phrase) OR toLower(any.text) CONTAINS toLower($phrase)
WITH DISTINCT c
MATCH (c)-[:author]->(s), (c)-[:renderedBy]->(q:Quotation)-[:isPartOf]->(a:NewsArticle)
OPTIONAL MATCH (a)-[:publisher]->(o)
WITH c, s, q, a, reduce(m = null, l IN [] + coalesce(o.label, []) | CASE WHEN m IS NULL OR l < m THEN l ELSE m END) AS outlet
OPTIONAL MATCH (c)-[:appearance]->(dated:NewsArticle) WHERE dated.datePublished IS NOT NULL
WITH c, s, q, a, outlet, min(toString(dated.datePublished)) AS earliest
RETURN s.label AS speaker, c.text AS claim, a.identifier AS article, a.datePublished AS published, outlet,
       q.text AS wording, q.isDirectQuote AS direct, q.startOffset AS start, q.endOffset AS end,
       coalesce(toString(a.datePublished) = earliest, false) AS first
ORDER BY speaker, claim, published, article, start

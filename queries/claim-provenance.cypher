// Question: For each claim, which exact span did each article print: verbatim text, direct or reported, offsets?
// Parameters: none
MATCH (c:Claim)-[:renderedBy]->(q:Quotation)-[:isPartOf]->(a:NewsArticle)
RETURN c.text AS claim, a.identifier AS article, q.text AS rendering, q.isDirectQuote AS direct,
       q.startOffset AS start, q.endOffset AS end
ORDER BY claim, article, start

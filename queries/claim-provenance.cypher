// From a claim to the exact text span each article printed: verbatim text, direct or reported, offsets.
MATCH (c:Claim)-[:renderedBy]->(q:Quotation)-[:isPartOf]->(a:NewsArticle)
RETURN c.text AS claim, a.identifier AS article, q.text AS rendering, q.isDirectQuote AS direct,
       q.startOffset AS start, q.endOffset AS end
ORDER BY claim, article, start

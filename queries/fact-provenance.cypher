// Question: Where does each fact about an entity come from: which article, which words (the evidence sentence or
// phrase, or the quotation) and which character span of the article text?
// Facts: posts held, meetings attended, personal relationships, claims made; start/end are code-point offsets.
// Parameters:
//   entity (text, default "Jared Kushner"): the entity's name or alternative name
MATCH (e) WHERE $entity IN ([] + coalesce(e.label, []) + coalesce(e.altLabel, []))
MATCH (e)-[r:holds|attendee|relationSubject|relationObject|author]-(f)
WHERE (type(r) = 'holds' AND startNode(r) = e) OR (type(r) <> 'holds' AND endNode(r) = e)
MATCH (f)-[:evidence|renderedBy]->(span)-[:isPartOf]->(a:NewsArticle)
RETURN CASE type(r) WHEN 'holds' THEN 'post' WHEN 'attendee' THEN 'meeting' WHEN 'author' THEN 'claim' ELSE 'relationship' END AS kind,
       coalesce(f.text, f.label) AS fact, a.identifier AS article, span.startOffset AS start, span.endOffset AS end, span.text AS text
ORDER BY kind, fact, article, start

// Question: What did a given speaker say, in date order, and which articles and outlets reported each claim?
// One row per claim and reporting article; outlet is null when the article names none (an outlet with several
// names is shown by the first in code-point order).
// Parameters:
//   speaker (text, default "Iouri Ouchakov"): the speaker's name or alternative name (a person or an organization)
MATCH (c:Claim)-[:author]->(s) WHERE $speaker IN ([] + coalesce(s.label, []) + coalesce(s.altLabel, []))
MATCH (c)-[:appearance]->(a:NewsArticle)
OPTIONAL MATCH (a)-[:publisher]->(o)
RETURN c.dateCreated AS date, c.text AS claim, a.identifier AS article, reduce(m = null, l IN [] + coalesce(o.label, []) | CASE WHEN m IS NULL OR l < m THEN l ELSE m END) AS outlet
ORDER BY date, claim, article

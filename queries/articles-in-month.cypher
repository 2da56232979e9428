// Question: Which articles were published in a given month (full dates or month-only dates), by which outlet?
// Parameters:
//   month (text, default "2025-12"): the month as YYYY-MM
MATCH (a:NewsArticle) WHERE toString(a.datePublished) STARTS WITH $month
OPTIONAL MATCH (a)-[:publisher]->(o)
RETURN a.identifier AS article, a.datePublished AS date, reduce(m = null, l IN [] + coalesce(o.label, []) | CASE WHEN m IS NULL OR l < m THEN l ELSE m END) AS outlet
ORDER BY date, article

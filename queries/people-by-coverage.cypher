// Question: Which people are mentioned by the most articles, and under which other names?
// Parameters: none
MATCH (a:NewsArticle)-[:mentions]->(p:Person)
RETURN p.label AS person, count(DISTINCT a) AS articles, p.altLabel AS also_called
ORDER BY articles DESC, person

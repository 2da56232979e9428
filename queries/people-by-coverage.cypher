// People by the number of articles that mention them, with every name form seen.
MATCH (a:NewsArticle)-[:mentions]->(p:Person)
RETURN p.label AS person, count(DISTINCT a) AS articles, p.altLabel AS also_called
ORDER BY articles DESC, person

// Question: Which claims did each speaker make, and how many articles and outlets reported each?
// Parameters: none
MATCH (c:Claim)-[:author]->(speaker)
OPTIONAL MATCH (c)-[:appearance]->(a:NewsArticle)
OPTIONAL MATCH (a)-[:publisher]->(outlet)
RETURN speaker.label AS speaker, c.text AS claim, count(DISTINCT a) AS articles, count(DISTINCT outlet) AS outlets
ORDER BY articles DESC, speaker, claim

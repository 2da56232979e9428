// Question: Which pairs of persons or organizations are most often mentioned in the same article?
// Each pair once (ordered by node uri), with the number of articles that mention both.
// Parameters:
//   minimum (integer, default 4): only pairs mentioned together in at least this many articles
MATCH (x)<-[:mentions]-(a:NewsArticle)-[:mentions]->(y)
WHERE (x:Person OR x:Organization) AND (y:Person OR y:Organization) AND x.uri < y.uri
WITH x, y, count(DISTINCT a) AS articles
WHERE articles >= $minimum
RETURN x.label AS first, y.label AS second, articles
ORDER BY articles DESC, first, second

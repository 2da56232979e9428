// Question: Which articles mention two given entities together?
// Parameters:
//   first (text, default "Vladimir Poutine"): a person's, organization's or place's name or alternative name
//   second (text, default "Volodymyr Zelensky"): another entity's name or alternative name
MATCH (e1) WHERE $first IN ([] + coalesce(e1.label, []) + coalesce(e1.altLabel, []))
MATCH (e2) WHERE $second IN ([] + coalesce(e2.label, []) + coalesce(e2.altLabel, []))
MATCH (e1)<-[:mentions]-(a:NewsArticle)-[:mentions]->(e2)
RETURN DISTINCT a.identifier AS article, a.datePublished AS published, a.headline AS headline
ORDER BY article

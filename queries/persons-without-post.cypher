// Question: Which persons have no known post?
// Parameters: none
MATCH (p:Person) WHERE NOT (p)-[:holds]->()
RETURN p.label AS name
ORDER BY name

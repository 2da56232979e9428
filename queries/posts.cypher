// Question: Who holds which post, in which organization?
// Parameters: none
MATCH (p:Person)-[:holds]->(post:Post)
OPTIONAL MATCH (post)-[:postIn]->(o)
RETURN p.label AS person, post.label AS post, o.label AS organization
ORDER BY person, post

// Question: Who holds a given post (a role such as "président" or "ministre des Affaires étrangères"), and where?
// The role is matched, ignoring case, against the role's label or the post's own label as written (or its first words:
// "président" finds "président russe" but not "présidente de la Commission européenne").
// Parameters:
//   role (text, default "président"): the role, e.g. "porte-parole", "ministre des Affaires étrangères"
MATCH (p:Person)-[:holds]->(post:Post)
OPTIONAL MATCH (post)-[:role]->(r)
WITH p, post, [] + coalesce(post.label, []) + coalesce(r.label, []) + coalesce(r.prefLabel, []) AS names
WHERE any(x IN names WHERE toLower(x) = toLower($role) OR toLower(x) STARTS WITH (toLower($role) + ' '))
OPTIONAL MATCH (post)-[:postIn]->(o)
OPTIONAL MATCH (post)-[:postCountry]->(c)
RETURN DISTINCT p.label AS person, post.label AS post, o.label AS organization, c.label AS country
ORDER BY person, post

// Question (dump consumers): Which nodes carry a given identifier (schema:identifier, today the articles' file stems)?
// Parameters:
//   id (text, default "002_f56135f3838b53fb"): the identifier
MATCH (n:Resource) WHERE n.identifier = $id
RETURN n.uri AS resource, [l IN labels(n) WHERE l <> 'Resource'] AS labels, coalesce(n.label, n.headline) AS name
ORDER BY resource

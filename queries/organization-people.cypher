// Question: Who is attached to a given organization: holds a post in it, is a member of it, or attended a meeting with it?
// Parameters:
//   organization (text, default "Kremlin"): the organization's name or alternative name (e.g. "OTAN")
MATCH (o:Organization) WHERE $organization IN ([] + coalesce(o.label, []) + coalesce(o.altLabel, []))
OPTIONAL MATCH (p1:Person)-[:holds]->(post:Post)-[:postIn]->(o)
OPTIONAL MATCH (p2:Person)-[:memberOf]->(o)
OPTIONAL MATCH (m:Event)-[:attendee]->(o), (m)-[:attendee]->(p3:Person)
WITH collect(DISTINCT {person: p1.label, how: 'post', detail: post.label})
   + collect(DISTINCT {person: p2.label, how: 'member', detail: ''})
   + collect(DISTINCT {person: p3.label, how: 'meeting', detail: m.label}) AS ties
UNWIND ties AS t
WITH DISTINCT t WHERE t.person IS NOT NULL
RETURN t.person AS person, t.how AS how, t.detail AS detail
ORDER BY person, how, detail

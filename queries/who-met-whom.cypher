// Question: Who met whom, when, where, for how long, and did the meeting take place, is it planned or was it cancelled?
// One row per pair of persons at a meeting (each pair once); status is the local name of the schema:eventStatus node.
// Parameters:
//   person (text, default ""): only meetings one of whose attendees has this name or alternative name; empty for every meeting
MATCH (m:Event)-[:attendee]->(x:Person), (m)-[:attendee]->(y:Person)
WHERE x.uri < y.uri
  AND ($person = '' OR any(w IN [(m)-[:attendee]->(p) | p] WHERE $person IN ([] + coalesce(w.label, []) + coalesce(w.altLabel, []))))
OPTIONAL MATCH (m)-[:location]->(place)
OPTIONAL MATCH (m)-[:eventStatus]->(s)
RETURN x.label AS a, y.label AS b, m.label AS meeting, m.startDate AS date, place.label AS place, m.duration AS duration,
       CASE WHEN s IS NULL THEN null ELSE split(replace(s.uri, '#', '/'), '/')[-1] END AS status
ORDER BY date, a, b, meeting

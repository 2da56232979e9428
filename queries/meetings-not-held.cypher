// Question: Which meetings were announced as planned, or were cancelled, rather than reported as having taken place?
// One row per meeting and attendee, with its status (local name of the schema:eventStatus node), date and place.
// Parameters: none
MATCH (m:Event)-[:eventStatus]->(s)
WHERE NOT s.uri ENDS WITH '#EventTookPlace'
OPTIONAL MATCH (m)-[:location]->(place)
OPTIONAL MATCH (m)-[:attendee]->(who)
RETURN m.label AS meeting, split(replace(s.uri, '#', '/'), '/')[-1] AS status, m.startDate AS date, place.label AS place, who.label AS attendee
ORDER BY status, meeting, attendee

// Question: Which meetings did a given person attend (or was due to attend), and with whom?
// One row per meeting, the other attendees (persons or organizations) in one list.
// Parameters:
//   person (text, default "Vladimir Poutine"): the person's name or alternative name ("Poutine" works too)
MATCH (p:Person)<-[:attendee]-(m:Event)
WHERE $person IN ([] + coalesce(p.label, []) + coalesce(p.altLabel, []))
OPTIONAL MATCH (m)-[:location]->(place)
OPTIONAL MATCH (m)-[:eventStatus]->(s)
OPTIONAL MATCH (m)-[:attendee]->(o) WHERE o <> p
WITH m, place, s, o ORDER BY o.label
RETURN m.label AS meeting, m.startDate AS date, place.label AS place, m.duration AS duration,
       split(replace(s.uri, '#', '/'), '/')[-1] AS status, collect(o.label) AS others
ORDER BY date, meeting

// Question: Which persons is a given person connected to through meetings, in any number of steps, and in how few?
// (Planned and cancelled meetings count as ties too.) steps = 1 for a person met directly.
// Parameters:
//   person (text, default "Vladimir Poutine"): the person's name or alternative name
MATCH (start:Person) WHERE $person IN ([] + coalesce(start.label, []) + coalesce(start.altLabel, []))
MATCH path = (start)-[:attendee*2..20]-(x:Person)
WHERE x <> start
RETURN x.label AS person, min(length(path)) / 2 AS steps
ORDER BY steps, person

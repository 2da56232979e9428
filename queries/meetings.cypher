// Question: Which meetings are there, with their date, place, duration and attendees?
// Parameters: none
MATCH (e:Event)
OPTIONAL MATCH (e)-[:location]->(place)
OPTIONAL MATCH (e)-[:attendee]->(who)
WITH e, place, who ORDER BY who.label
RETURN e.label AS meeting, e.startDate AS date, place.label AS place, e.duration AS duration,
       collect(who.label) AS attendees
ORDER BY date, meeting

// Question (dump consumers): Which node labels (the local names of the RDF classes) does the graph use, and how many
// nodes carry each?
// Parameters: none
MATCH (n:Resource) UNWIND labels(n) AS label
WITH label, count(*) AS nodes WHERE label <> 'Resource'
RETURN label, nodes
ORDER BY nodes DESC, label

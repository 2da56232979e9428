using KnowledgeGraph.Neo4j.Bolt;

namespace KnowledgeGraph.Neo4j.Tests.Bolt;

public class CypherWriteDetectorTests
{
    [Theory]
    [InlineData("MATCH (n) RETURN n")]
    [InlineData("MATCH (n:Person) WHERE n.label = 'CREATE (x)' RETURN n")]
    [InlineData("MATCH (n) WHERE n.text CONTAINS \"SET\" RETURN n // DELETE everything")]
    [InlineData("MATCH (n) /* MERGE */ RETURN n.`set` AS s")]
    [InlineData("CALL db.labels()")]
    [InlineData("MATCH (n) RETURN n.created, n.offset, n.set, n.dataset")]
    public void Read_queries_pass(string query) => Assert.Null(CypherWriteDetector.FindWrite(query));

    [Theory]
    [InlineData("CREATE (n:X)", "CREATE")]
    [InlineData("match (n) detach delete n", "DETACH")]
    [InlineData("MATCH (n) SET n.x = 1", "SET")]
    [InlineData("MATCH (n) REMOVE n:Label", "REMOVE")]
    [InlineData("MERGE (n {uri: 'x'})", "MERGE")]
    [InlineData("DROP CONSTRAINT ON (r:Resource) ASSERT r.uri IS UNIQUE", "DROP")]
    [InlineData("LOAD   CSV FROM 'file:///x' AS row RETURN row", "LOAD CSV")]
    [InlineData("MATCH (n) FOREACH (x IN [1] | SET n.y = x)", "FOREACH")]
    [InlineData("CALL apoc.create.node(['A'], {})", "CALL apoc.create.node")]
    [InlineData("MATCH (n) WHERE n.s = 'it\\'s' CREATE (m)", "CREATE")]
    public void Write_queries_are_named(string query, string clause) => Assert.Equal(clause, CypherWriteDetector.FindWrite(query));
}

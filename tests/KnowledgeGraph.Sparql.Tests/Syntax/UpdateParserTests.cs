using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Syntax;
using Xunit;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

public class UpdateParserTests
{
    [Fact]
    public void Insert_data_yields_ground_quads_in_their_graphs()
    {
        var u = SparqlParser.ParseUpdate(
            "PREFIX ex: <http://example.org/> INSERT DATA { ex:a ex:p \"x\" . GRAPH ex:g { ex:a ex:q _:b } }");

        var op = Assert.IsType<InsertData>(Assert.Single(u.Operations));
        Assert.Equal(2, op.Quads.Count);
        Assert.Null(op.Quads[0].Graph);
        Assert.Equal(new UriNode("http://example.org/g"), op.Quads[1].Graph);
        Assert.Equal(new BlankNode("b"), op.Quads[1].Object);
    }

    [Fact]
    public void Delete_data_refuses_variables_and_blank_nodes()
    {
        Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseUpdate("DELETE DATA { ?s <http://e/p> 1 }"));
        Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseUpdate("DELETE DATA { _:b <http://e/p> 1 }"));
    }

    [Fact]
    public void Modify_with_using_and_with()
    {
        var u = SparqlParser.ParseUpdate(
            "WITH <http://e/g> DELETE { ?s <http://e/p> ?o } INSERT { GRAPH <http://e/h> { ?s <http://e/q> ?o } } USING NAMED <http://e/n> WHERE { ?s <http://e/p> ?o }");

        var op = Assert.IsType<DeleteInsert>(Assert.Single(u.Operations));
        Assert.Equal("http://e/g", op.With);
        Assert.Null(Assert.Single(op.Delete).Graph);
        Assert.Equal(new TermItem(new UriNode("http://e/h")), Assert.Single(op.Insert).Graph);
        Assert.Equal(new[] { "http://e/n" }, op.Using!.NamedGraphs);
        Assert.IsType<Bgp>(op.Where);
    }

    [Fact]
    public void Delete_where_uses_its_quads_as_pattern_and_template()
    {
        var u = SparqlParser.ParseUpdate("DELETE WHERE { ?s <http://e/p> ?o . GRAPH ?g { ?s ?q ?z } }");
        var op = Assert.IsType<DeleteInsert>(Assert.Single(u.Operations));
        Assert.Equal(2, op.Delete.Count);
        Assert.Empty(op.Insert);
        var join = Assert.IsType<Join>(op.Where);
        Assert.IsType<global::KnowledgeGraph.Sparql.Algebra.Graph>(join.Right);
    }

    [Fact]
    public void Graph_management_operations_in_sequence()
    {
        var u = SparqlParser.ParseUpdate(
            "LOAD SILENT <http://e/doc> INTO GRAPH <http://e/g> ; CLEAR ALL ; DROP GRAPH <http://e/g> ; CREATE SILENT GRAPH <http://e/n> ; " +
            "MOVE DEFAULT TO <http://e/m> ; COPY GRAPH <http://e/a> TO DEFAULT ; ADD SILENT <http://e/a> TO <http://e/b> ;");

        Assert.Equal(new UpdateOperation[]
        {
            new Load("http://e/doc", "http://e/g", true),
            new Clear(new GraphTarget(GraphTargetKind.All), false),
            new Drop(new GraphTarget(GraphTargetKind.Graph, "http://e/g"), false),
            new Create("http://e/n", true),
            new GraphTransfer(GraphTransferKind.Move, null, "http://e/m", false),
            new GraphTransfer(GraphTransferKind.Copy, "http://e/a", null, false),
            new GraphTransfer(GraphTransferKind.Add, "http://e/a", "http://e/b", true),
        }, u.Operations);
    }

    [Fact]
    public void Empty_request_and_prologue_only_are_valid()
    {
        Assert.Empty(SparqlParser.ParseUpdate("").Operations);
        Assert.Empty(SparqlParser.ParseUpdate("PREFIX ex: <http://e/>").Operations);
    }

    [Fact]
    public void Shared_blank_node_label_across_operations_is_an_error()
    {
        var ex = Assert.Throws<SparqlSyntaxException>(() =>
            SparqlParser.ParseUpdate("INSERT DATA { _:b <http://e/p> 1 } ; INSERT DATA { _:b <http://e/p> 2 }"));
        Assert.Contains("_:b", ex.Detail);
    }

    [Fact]
    public void Insert_templates_may_reuse_a_blank_node_label_across_operations()
    {
        var u = SparqlParser.ParseUpdate(
            "INSERT { GRAPH <http://e/g1> { _:b <http://e/p> ?x } } WHERE { ?x ?p ?o } ; INSERT { GRAPH <http://e/g2> { _:b <http://e/p> ?x } } WHERE { ?x ?p ?o }");
        Assert.Equal(2, u.Operations.Count);
    }

    [Fact]
    public void Missing_operation_after_semicolon_names_the_position()
    {
        var ex = Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseUpdate("CLEAR ALL ;\n ; CLEAR ALL"));
        Assert.Equal(2, ex.Line);
        Assert.Equal(2, ex.Column);
    }
}

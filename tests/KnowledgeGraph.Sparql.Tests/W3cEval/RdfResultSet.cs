using System.Globalization;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Tests.W3cEval;

/// <summary>
/// Expected results written as RDF with the rs: result-set vocabulary (Turtle .ttl, or RDF/XML .rdf in the sort
/// tests): no production reader handles this test-suite-only form.
/// </summary>
public static class RdfResultSet
{
    private const string Rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";

    public static ResultTable Read(IReadOnlyList<Quad> quads)
    {
        var index = quads.GroupBy(q => (q.Subject, ((IUriNode)q.Predicate).Iri)).ToDictionary(g => g.Key, g => g.Select(q => q.Object).ToList());
        IReadOnlyList<INode> All(INode s, string p) => index.TryGetValue((s, p), out var l) ? l : [];
        var set = quads.First(q => q.Object is IUriNode { Iri: Rs + "ResultSet" }).Subject;
        var vars = All(set, Rs + "resultVariable").Select(v => ((ILiteralNode)v).Value).ToList();
        if (All(set, Rs + "boolean").FirstOrDefault() is ILiteralNode b) return new ResultTable(vars, [], b.Value == "true");
        var rows = new List<(int Index, IReadOnlyDictionary<string, INode> Row)>();
        foreach (var solution in All(set, Rs + "solution"))
        {
            var row = new Dictionary<string, INode>();
            foreach (var binding in All(solution, Rs + "binding"))
            {
                var name = ((ILiteralNode)All(binding, Rs + "variable")[0]).Value;
                row[name] = All(binding, Rs + "value")[0];
            }
            int idx = All(solution, Rs + "index").FirstOrDefault() is ILiteralNode i ? int.Parse(i.Value, CultureInfo.InvariantCulture) : 0;
            rows.Add((idx, row));
        }
        return new ResultTable(vars, rows.OrderBy(r => r.Index).Select(r => r.Row).ToList(), null);
    }
}

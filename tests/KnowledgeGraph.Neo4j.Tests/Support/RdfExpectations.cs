using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Neo4j.Tests.Support;

/// <summary>
/// What the property graph must hold, computed straight from the quads (not through the mapper), so
/// that the end-to-end checks compare two independent derivations.
/// </summary>
public sealed record RdfExpectations(
    IReadOnlyDictionary<string, long> NodesPerLabel,
    IReadOnlyDictionary<string, long> RelationshipsPerType,
    long Resources)
{
    private static string LocalName(string iri)
    {
        var i = iri.LastIndexOfAny(new[] { '#', '/' });
        return i >= 0 && i < iri.Length - 1 ? iri[(i + 1)..] : iri;
    }

    private static string Key(INode n) => n is IUriNode u ? u.Iri : "_:" + ((IBlankNode)n).Id;

    public static RdfExpectations From(IEnumerable<Quad> quads)
    {
        var resources = new HashSet<string>();
        var typed = new Dictionary<string, HashSet<string>>();
        var edges = new Dictionary<string, HashSet<(string, string)>>();
        foreach (var q in quads)
        {
            resources.Add(Key(q.Subject));
            var p = ((IUriNode)q.Predicate).Iri;
            if (p == Vocabulary.RdfType && q.Object is IUriNode type)
            {
                var label = LocalName(type.Iri);
                if (!typed.TryGetValue(label, out var set)) typed[label] = set = new HashSet<string>();
                set.Add(Key(q.Subject));
            }
            else if (q.Object is not ILiteralNode)
            {
                resources.Add(Key(q.Object));
                var t = LocalName(p);
                if (!edges.TryGetValue(t, out var set)) edges[t] = set = new HashSet<(string, string)>();
                set.Add((Key(q.Subject), Key(q.Object)));
            }
        }
        var perLabel = typed.ToDictionary(e => e.Key, e => (long)e.Value.Count);
        perLabel["Resource"] = resources.Count;
        return new RdfExpectations(perLabel, edges.ToDictionary(e => e.Key, e => (long)e.Value.Count), resources.Count);
    }
}

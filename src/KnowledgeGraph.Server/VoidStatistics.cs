using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server;

/// <summary>
/// What the VoID description counts: distinct triples over all graphs, distinct subjects, triples per property and
/// distinct instances per class. Counted from the embedded store in one pass, or by a remote store's aggregate queries.
/// </summary>
public sealed record VoidStatistics(long Triples, long DistinctSubjects, IReadOnlyDictionary<INode, long> PerProperty,
    IReadOnlyDictionary<INode, long> PerClass)
{
    public static VoidStatistics Of(MemoryStore store)
    {
        var subjects = new HashSet<INode>();
        var triples = new HashSet<Triple>();
        var perProperty = new Dictionary<INode, long>();
        var perClass = new Dictionary<INode, HashSet<INode>>();
        foreach (var q in store.Match(null, null, null, GraphSelector.All))
        {
            if (!triples.Add(q.Triple)) continue;
            subjects.Add(q.Subject);
            perProperty[q.Predicate] = perProperty.GetValueOrDefault(q.Predicate) + 1;
            if (q.Predicate is IUriNode { Iri: Vocabulary.RdfType })
            {
                if (!perClass.TryGetValue(q.Object, out var set)) perClass[q.Object] = set = new HashSet<INode>();
                set.Add(q.Subject);
            }
        }
        return new VoidStatistics(triples.Count, subjects.Count, perProperty, perClass.ToDictionary(e => e.Key, e => (long)e.Value.Count));
    }
}

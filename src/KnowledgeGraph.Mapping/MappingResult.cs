using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping;

/// <summary>
/// The mapped dataset: <see cref="Quads"/> are distinct and sorted with <see cref="NodeComparer"/>; the default
/// graph holds the resolved entities, posts, meetings, claims (and the ontology), one named graph per article
/// holds that article's own statements (its description, mentions, quotations, reports).
/// </summary>
/// <param name="Warnings">Facts left out because they referred to keys no entity has (an extractor bug, reported, not fatal).</param>
public sealed record MappingResult(IReadOnlyList<Quad> Quads, IReadOnlyList<string> Warnings)
{
    /// <summary>The union of all graphs as distinct, sorted default-graph triples (for Turtle and N-Triples).</summary>
    public IReadOnlyList<Quad> Triples()
    {
        var set = new HashSet<Quad>(Quads.Count);
        foreach (var q in Quads) set.Add(q with { Graph = null });
        var list = set.ToList();
        list.Sort(NodeComparer.Instance.Compare);
        return list;
    }
}

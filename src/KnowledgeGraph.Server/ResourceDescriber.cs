using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server;

/// <summary>
/// What the server answers when an entity IRI is dereferenced: the symmetric concise bounded
/// description — every statement about the resource (following blank nodes), and every statement
/// pointing at it — from all graphs, deduplicated and sorted.
/// </summary>
public static class ResourceDescriber
{
    public static IReadOnlyList<Triple> Describe(MemoryStore store, INode resource, int maxIncoming = 10_000)
    {
        var result = new HashSet<Triple>();
        var seenBlank = new HashSet<INode>();
        var queue = new Queue<INode>();
        queue.Enqueue(resource);
        while (queue.Count > 0)
        {
            var subject = queue.Dequeue();
            foreach (var q in store.Match(subject, null, null, GraphSelector.All))
            {
                result.Add(q.Triple);
                if (q.Object is IBlankNode && seenBlank.Add(q.Object)) queue.Enqueue(q.Object);
            }
        }
        foreach (var q in store.Match(null, null, resource, GraphSelector.All).Take(maxIncoming))
            result.Add(q.Triple);
        var list = result.ToList();
        list.Sort(NodeComparer.Instance);
        return list;
    }
}

using System.Collections;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Statements that are already in <see cref="NodeComparer"/> order without duplicates, and that can be read again
/// (each enumeration gives the same statements): an external sort's output. The grouping writers (Turtle, TriG) and
/// the binary store read such an input where it is instead of sorting it again through their own runs on disk; the
/// bytes written are the same.
/// </summary>
/// <param name="read">Starts one enumeration of the statements.</param>
/// <param name="mayHaveBlankNodes">False only when no statement has a blank node: the writers then need no first pass
/// over the input for the blank-node facts (<see cref="BlankNodes"/>) and read it once.</param>
public sealed class PresortedQuads(Func<IEnumerable<Quad>> read, bool mayHaveBlankNodes) : IEnumerable<Quad>
{
    public bool MayHaveBlankNodes { get; } = mayHaveBlankNodes;

    /// <summary>The same statements with a check run on each as it is read (the check may throw; it must not filter or reorder).</summary>
    internal PresortedQuads Checked(Func<IEnumerable<Quad>, IEnumerable<Quad>> check) => new(() => check(read()), MayHaveBlankNodes);

    public IEnumerator<Quad> GetEnumerator() => read().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

namespace KnowledgeGraph.Cli.Commands;

/// <summary>A query of the library (queries/NAME.rq or NAME.cypher) with the question and parameters its header states.</summary>
public sealed record QueryLibraryEntry(string Name, string Path, string Question, IReadOnlyList<QueryLibraryParameter> Parameters)
{
    public bool IsCypher => Path.EndsWith(".cypher", StringComparison.OrdinalIgnoreCase);

    public QueryLibraryParameter? Find(string name) => Parameters.FirstOrDefault(p => p.Name == name);
}

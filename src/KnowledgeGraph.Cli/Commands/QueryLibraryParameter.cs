namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// One parameter of a library query, as its header declares it: <c>#   person (text, default "Marie Dupont"): what it is</c>.
/// <see cref="Type"/> is <c>text</c> (a string; empty means "any"), <c>integer</c> or <c>iri</c>.
/// </summary>
public sealed record QueryLibraryParameter(string Name, string Type, string Default, string Description);

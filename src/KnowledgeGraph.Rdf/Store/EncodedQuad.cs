namespace KnowledgeGraph.Rdf;

/// <summary>A quad as term ids; <see cref="G"/> is <see cref="TermDictionary.DefaultGraph"/> for the default graph.</summary>
public readonly record struct EncodedQuad(int S, int P, int O, int G);

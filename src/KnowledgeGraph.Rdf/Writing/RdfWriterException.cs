namespace KnowledgeGraph.Rdf;

/// <summary>Data the chosen output format cannot carry (a named graph in a triple-only format).</summary>
public sealed class RdfWriterException(string message) : Exception(message);

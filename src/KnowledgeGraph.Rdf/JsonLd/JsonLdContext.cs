using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Rdf.JsonLd;

/// <summary>One term of an active context (JSON-LD 1.1, section 4.1 "Create Term Definition").</summary>
public sealed record JsonLdTermDefinition(
    string? Iri,
    bool Reverse = false,
    string? TypeMapping = null,
    IReadOnlyList<string>? Containers = null,
    bool HasLanguage = false,
    string? Language = null,
    bool IsPrefix = false,
    JToken? ScopedContext = null)
{
    public bool HasContainer(string container) => Containers?.Contains(container) == true;
}

/// <summary>An immutable active context: each @context produces a new one, so scoping is just a variable.</summary>
public sealed record JsonLdContext(
    string? BaseIri,
    string? Vocab,
    string? DefaultLanguage,
    IReadOnlyDictionary<string, JsonLdTermDefinition> Terms)
{
    public static JsonLdContext Initial(string? baseIri) =>
        new(baseIri, null, null, new Dictionary<string, JsonLdTermDefinition>(StringComparer.Ordinal));

    public JsonLdTermDefinition? Term(string term) => Terms.GetValueOrDefault(term);
}

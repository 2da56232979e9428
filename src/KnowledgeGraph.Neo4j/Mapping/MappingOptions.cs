namespace KnowledgeGraph.Neo4j.Mapping;

/// <summary>How labels, relationship types and property keys are named from IRIs.</summary>
public enum NameMode
{
    /// <summary>The IRI's local name (after the last '#', '/' or ':'): readable; schema:Person and foaf:Person both give Person.</summary>
    LocalName,
    /// <summary>prefix__LocalName, as neosemantics' SHORTEN does; prefixes come from the input, or ns0, ns1… when it has none.</summary>
    Prefixed,
}

/// <summary>What happens to language-tagged strings.</summary>
public enum LanguageMode
{
    /// <summary>When some values of a property carry the preferred language, only those are kept (all of them: a list when
    /// several); otherwise every value is kept. Values are kept without their tags.</summary>
    Preferred,
    /// <summary>Every value, without its tag.</summary>
    All,
    /// <summary>Every value as "text@lang" (untagged ones as they are), so nothing is lost.</summary>
    Tagged,
}

/// <param name="PreferredLanguage">The language kept by <see cref="LanguageMode.Preferred"/>; the corpus is French.</param>
/// <param name="ConvertNumbers">xsd:integer family → integer, xsd:double/float/decimal → float, xsd:boolean → boolean;
/// otherwise (and for every other datatype: dates, durations, anyURI) the lexical form as a string.</param>
public sealed record MappingOptions(
    NameMode Names = NameMode.LocalName,
    LanguageMode Languages = LanguageMode.Preferred,
    string PreferredLanguage = "fr",
    bool ConvertNumbers = true)
{
    /// <summary>Every mapped node carries this label; the unique constraint on uri is on it.</summary>
    public const string ResourceLabel = "Resource";

    /// <summary>Blank nodes get uri = this prefix + their label in the input, which is stable for a given input file.</summary>
    public const string BlankNodeScheme = "bnode://";

    public const string UriKey = "uri";

    /// <summary>The named graphs that contributed a node or relationship (kg build writes one graph per article).</summary>
    public const string SourcesKey = "sources";

    /// <summary>Label of the one node that records prefix → namespace, so prefixed names stay recoverable.</summary>
    public const string PrefixNodeLabel = "_NsPrefDef";
}

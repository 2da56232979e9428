using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>A known entity from a data file.</summary>
/// <param name="Key">Stable slug ("russie", "otan", "moscou").</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code of its country, if any.</param>
/// <param name="IsBuilding">An organization also used as the name of its seat ("au Kremlin").</param>
/// <param name="ExactCase">Matched only with the same letter case (short acronyms such as "UE", "AP").</param>
public sealed record GazetteerEntry(
    string Key,
    string Label,
    EntityKind Kind,
    EntitySubtype Subtype,
    string? CountryCode,
    bool IsBuilding = false,
    bool ExactCase = false,
    string Surface = "")
{
    /// <summary>For each word of <see cref="Surface"/>, whether it is capitalised ("Le Monde": true, true).</summary>
    public IReadOnlyList<bool> CapitalizedWords { get; init; } = Array.Empty<bool>();
}

/// <summary>A role (title) word or phrase from roles-fr.tsv.</summary>
/// <param name="ResolvesAs">The role key a role phrase resolves through ("dirigeant" → "president").</param>
/// <param name="MergeByRole">Statements of this role with different complements ("conseiller du président russe",
/// "conseiller diplomatique du Kremlin") describe one post of the holder.</param>
public sealed record RoleEntry(string Key, string ResolvesAs, string? CountryCode, bool MergeByRole = false)
{
    /// <summary>An occupation that is a post only in an organization ("chercheuse au X", "avocate de l'association X").</summary>
    public bool RequiresOrganization { get; init; }
}

/// <summary>A family tie word from relations-fr.tsv.</summary>
public sealed record RelationEntry(string Key, string Label);

/// <summary>A country: key, French label, masculine singular adjective.</summary>
public sealed record CountryInfo(string Code, string Key, string Label, string? Adjective);

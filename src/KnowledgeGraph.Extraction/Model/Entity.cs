namespace KnowledgeGraph.Extraction.Model;

public enum EntityKind
{
    Person,
    Organization,
    Place,
}

/// <summary>Finer kinds, used for typing (e.g. schema:GovernmentOrganization, schema:Country).</summary>
public enum EntitySubtype
{
    None,
    // organizations
    Government,
    GovernmentAgency,
    Alliance,
    Company,
    MediaOutlet,
    MilitaryUnit,
    PoliticalParty,
    InternationalOrganization,
    /// <summary>A trade union or union confederation ("CGT", "IG Metall", "le syndicat X"); added last among organizations.</summary>
    TradeUnion,
    // places
    Country,
    City,
    Region,
    Building,
}

/// <summary>How a mention names its entity.</summary>
public enum MentionForm
{
    /// <summary>A full or partial proper name ("Marta Lindqvist", "Lindqvist", "l'Otan").</summary>
    Name,
    /// <summary>A role phrase standing for an entity in context ("le président russe").</summary>
    Role,
    /// <summary>A pronoun or elided subject ("a-t-il ajouté").</summary>
    Pronoun,
}

/// <summary>One occurrence of an entity in one article.</summary>
public sealed record Mention(string ArticleId, TextSpan Span, string Text, EntityKind Kind, MentionForm Form);

/// <summary>
/// A resolved real-world entity across the corpus. <see cref="Key"/> is a stable slug
/// (ASCII, lowercase, hyphens) from which the mapping mints the IRI: it must not change when
/// other articles are added.
/// </summary>
public sealed record Entity(
    string Key,
    EntityKind Kind,
    EntitySubtype Subtype,
    string Label,
    IReadOnlyList<string> AltLabels,
    IReadOnlyList<Mention> Mentions,
    string? CountryKey = null);

namespace KnowledgeGraph.Extraction.Model;

/// <summary>
/// An office or role held (org:Post): "conseiller diplomatique du président russe",
/// "secrétaire général de l'Otan". <see cref="RoleKey"/> is the role concept without its
/// organization ("secretaire-general"); <see cref="OrganizationKey"/> the organization or country
/// the post belongs to, when stated. <see cref="AltLabels"/>: the other phrasings of the same post in the corpus
/// ("conseiller diplomatique du Kremlin" beside "conseiller du président russe"), in ordinal order.
/// </summary>
public sealed record Post(
    string Key,
    string Label,
    string RoleKey,
    string RoleLabel,
    string HolderKey,
    string? OrganizationKey,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<string>? AltLabels = null);

/// <summary>A family or personal tie stated in the text ("gendre de"): a relation, not a post.</summary>
public sealed record PersonalRelation(string SubjectKey, string RelationKey, string RelationLabel, string ObjectKey, Evidence Evidence);

using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// A role (title) phrase: "le ministre ukrainien des Affaires étrangères", "son émissaire",
/// "conseiller diplomatique du président russe".
/// </summary>
/// <param name="Span">The phrase without its determiner.</param>
/// <param name="FirstToken">Token index of the phrase start (the determiner if any).</param>
/// <param name="HeadToken">Token index of the role word.</param>
/// <param name="EndToken">Token index just after the phrase.</param>
/// <param name="Role">The role word's entry.</param>
/// <param name="Label">The phrase as written, without determiner ("ministre ukrainien des Affaires étrangères").</param>
/// <param name="RoleLabel">The label without nationality adjectives ("ministre des Affaires étrangères").</param>
/// <param name="RoleKey">Slug of the role: the resolves-as key for periphrases, else the slug of <paramref name="RoleLabel"/>.</param>
/// <param name="CountryCode">Country from a nationality adjective or a country in the complement.</param>
/// <param name="Determiner">"le", "la", "son"... (folded) or null.</param>
/// <param name="IsPlural">"les ministres", "des émissaires": not a single holder.</param>
/// <param name="ComplementMentionIndexes">Entity mention indexes inside the complement (organization the post belongs to, or the person served).</param>
/// <param name="NestedRoleIndex">Index in <see cref="Pipeline.AnalyzedDocument.RolePhrases"/> of a role phrase inside the complement ("du président russe").</param>
public sealed record RolePhrase(
    TextSpan Span,
    int FirstToken,
    int HeadToken,
    int EndToken,
    RoleEntry Role,
    string Label,
    string RoleLabel,
    string RoleKey,
    string? CountryCode,
    string? Determiner,
    bool IsPlural,
    IReadOnlyList<int> ComplementMentionIndexes,
    int? NestedRoleIndex)
{
    /// <summary>The key used to resolve this phrase to a holder: role key through "resolves as", plus country.</summary>
    public string ResolutionKey => Role.ResolvesAs == Role.Key ? RoleKey : Role.ResolvesAs;
}

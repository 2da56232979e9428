using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>
/// One mention of a person, organization or place in one document.
/// </summary>
/// <param name="Span">Character offsets of the mention's words (without a leading article: "Otan" in "l'Otan").</param>
/// <param name="Text">The surface text of <paramref name="Span"/>.</param>
/// <param name="ClusterId">Per-document coreference cluster: mentions with the same id denote the same entity
/// in this document (set by the in-document resolver; -1 until then).</param>
/// <param name="GazetteerKey">The stable key of a gazetteer entry when the mention matched one ("ukraine", "otan"), else null.</param>
/// <param name="CountryKey">The country the entity belongs to or is located in, when known (places, governments, "le président russe").</param>
/// <param name="Source">Which rule produced the mention (for debugging and precision work): "gazetteer", "title", "m.", "cap-seq"...</param>
public sealed record EntityMention(
    TextSpan Span,
    string Text,
    EntityKind Kind,
    EntitySubtype Subtype,
    MentionForm Form,
    int ClusterId = -1,
    string? GazetteerKey = null,
    string? CountryKey = null,
    string Source = "")
{
    /// <summary>For <see cref="MentionForm.Role"/> mentions: the role phrase's normalized role key ("president", "ministre-affaires-etrangeres").</summary>
    public string? RoleKey { get; init; }

    /// <summary>For <see cref="MentionForm.Role"/> mentions: the span of the organization its complement names ("le patron de
    /// Schneider" → "Schneider"), so coreference can find the head the article names for that organization.</summary>
    public TextSpan? OrganizationSpan { get; init; }
}

/// <summary>
/// An office or role stated in the text, held by a person mention: "le ministre ukrainien des Affaires
/// étrangères, X" → role "ministre des Affaires étrangères", organization/country Ukraine.
/// </summary>
/// <param name="Span">The role phrase ("ministre ukrainien des Affaires étrangères").</param>
/// <param name="RoleLabel">The role without organization or nationality ("ministre des Affaires étrangères").</param>
/// <param name="RoleKey">Slug of <paramref name="RoleLabel"/>.</param>
/// <param name="HolderMentionIndex">Index into <see cref="AnalyzedDocument.Entities"/> of the holder.</param>
/// <param name="OrganizationMentionIndex">Index of the organization mention the post belongs to, when stated in the text.</param>
/// <param name="OrganizationKey">A gazetteer key for the organization/country when the post is attached by an adjective ("russe" → russia).</param>
/// <param name="Label">The post as written, used as its label ("conseiller diplomatique du président russe").</param>
public sealed record PostMention(
    TextSpan Span,
    string RoleLabel,
    string RoleKey,
    int HolderMentionIndex,
    int? OrganizationMentionIndex,
    string? OrganizationKey,
    string Label)
{
    /// <summary>The key role phrases resolve through ("president" for "le dirigeant russe"); see <see cref="Entities.RolePhrase.ResolutionKey"/>.</summary>
    public string ResolutionKey { get; init; } = RoleKey;

    /// <summary>The country key from the phrase's nationality adjective or complement ("russie"), if any.</summary>
    public string? CountryKey { get; init; }

    /// <summary>
    /// The key under which statements of one holder's post are merged: the resolves-as role for roles marked
    /// "merge" in roles-fr.tsv ("conseiller"), else <see cref="RoleKey"/>.
    /// </summary>
    public string MergeKey { get; init; } = RoleKey;

    /// <summary>An organization or place mention the article around the post names for it when its phrase names none ("Sa
    /// directrice, X" after "la Business Mauritius"): used only when no statement of the post names one.</summary>
    public int? ContextOrganizationMentionIndex { get; init; }

    /// <summary>A country key the article around the post gives it ("la ministre de la Santé" in an article about Senegal),
    /// as <see cref="ContextOrganizationMentionIndex"/>.</summary>
    public string? ContextOrganizationKey { get; init; }
}

/// <summary>A personal tie: "X, gendre de Y" → subject X, relation "gendre", object Y.</summary>
public sealed record RelationMention(
    TextSpan Span,
    int SubjectMentionIndex,
    string RelationKey,
    string RelationLabel,
    int ObjectMentionIndex);

/// <summary>A date or time expression found in the text, with its resolved value when the article date allows.</summary>
/// <param name="Expression">The parsed expression (see <see cref="Dates.DateExpression"/>).</param>
/// <param name="Resolved">The calendar date it denotes, resolved against the article date; null if unknown.</param>
public sealed record DateMention(TextSpan Span, Dates.DateExpression Expression, PartialDate? Resolved);

/// <summary>
/// A meeting, talk, call, summit or visit mentioned in one document (filled by the events engineer's
/// <c>MeetingExtractor</c>).
/// </summary>
/// <param name="Span">The clause or sentence stating the meeting (evidence).</param>
/// <param name="Trigger">The trigger word span ("rencontre", "s'est entretenu", "sommet").</param>
/// <param name="TriggerLemma">The trigger's lemma ("rencontre", "s'entretenir").</param>
/// <param name="AttendeeMentionIndexes">Indexes into <see cref="AnalyzedDocument.Entities"/>.</param>
/// <param name="DateMentionIndex">Index into <see cref="AnalyzedDocument.Dates"/> of the date expression, if any.</param>
/// <param name="Date">The meeting's date once resolved.</param>
/// <param name="PlaceMentionIndex">Index into <see cref="AnalyzedDocument.Entities"/> of the place, if any.</param>
/// <param name="Duration">ISO 8601 duration ("PT5H") when stated.</param>
/// <param name="DurationSpan">Where the duration is stated.</param>
/// <param name="DateFromEventBefore">The date was counted from the event told before ("la veille", "le lendemain"):
/// stated by the text though no date mention holds it.</param>
/// <param name="EarlierOccasion">Told as an earlier occasion than the news ("avait déjà rencontré X"): another meeting than the
/// one the article reports of the same parties, unless both are dated.</param>
public sealed record MeetingMention(
    TextSpan Span,
    TextSpan Trigger,
    string TriggerLemma,
    MeetingType Type,
    IReadOnlyList<int> AttendeeMentionIndexes,
    int? DateMentionIndex,
    PartialDate? Date,
    int? PlaceMentionIndex,
    string? Duration,
    TextSpan? DurationSpan,
    MeetingStatus Status,
    bool DateFromEventBefore = false,
    bool EarlierOccasion = false);

/// <summary>
/// A quotation or reported statement in one document (filled by the events engineer's <c>ClaimExtractor</c>).
/// </summary>
/// <param name="Span">The whole statement (quote plus attribution).</param>
/// <param name="Content">The said content (inside the quotation marks, or the reported clause).</param>
/// <param name="IsDirectQuote">True for « », " " or ' ' quotations.</param>
/// <param name="SpeechVerb">The reporting verb's lemma ("déclarer"), if any.</param>
/// <param name="SpeechVerbSpan">Where the reporting verb is.</param>
/// <param name="SpeakerMentionIndex">Index into <see cref="AnalyzedDocument.Entities"/> of the speaker; null when unresolved.</param>
/// <param name="SpeakerSpan">The text naming the speaker here (a name, a title, a pronoun).</param>
/// <param name="ViaMentionIndex">Nested sourcing ("selon … révélée par Bloomberg"): the entity through which it was reported.</param>
/// <param name="Date">When it was said, if known.</param>
public sealed record ClaimMention(
    TextSpan Span,
    TextSpan Content,
    bool IsDirectQuote,
    string? SpeechVerb,
    TextSpan? SpeechVerbSpan,
    int? SpeakerMentionIndex,
    TextSpan? SpeakerSpan,
    int? ViaMentionIndex,
    PartialDate? Date)
{
    /// <summary>The quotation in another language that <see cref="Content"/> translates ("« We will not … » (« Nous ne … »)"):
    /// other outlets may quote the original words; null for most claims.</summary>
    public TextSpan? Original { get; init; }
}

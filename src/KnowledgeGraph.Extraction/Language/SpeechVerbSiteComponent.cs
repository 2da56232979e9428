using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Language;

/// <summary>
/// Finds reporting predicates ("a déclaré", "met en garde", "s'est inquiétée", "a fait part de") with the token
/// patterns of <see cref="PatternFile"/> — verbs named by lemma, so every tense and person the lexicon knows — and
/// fills <see cref="AnalyzedDocument.SpeechVerbSites"/> with the longest non-overlapping matches.
/// </summary>
public sealed class SpeechVerbSiteComponent(ExtractionResources resources) : IDocumentComponent
{
    public const string PatternFile = "patterns-speech-predicates-fr.tsv";

    private readonly TokenMatcher _matcher = TokenMatcher.FromResource(resources, PatternFile);

    public string Name => "speech-verb-sites";

    public void Process(AnalyzedDocument doc, CancellationToken ct)
    {
        foreach (var site in TokenMatcher.Longest(_matcher.Match(doc)))
            doc.SpeechVerbSites.Add(WithoutLeadingPunctuation(doc, site));
    }

    /// <summary>A pattern may open with the punctuation that makes its verb certain ("», glisse"): the site is the words after it.</summary>
    private static PatternMatch WithoutLeadingPunctuation(AnalyzedDocument doc, PatternMatch site)
    {
        int start = site.StartToken;
        while (start < site.EndToken - 1 && doc.Tokens[start].Kind is Pipeline.TokenKind.Punctuation or Pipeline.TokenKind.Quote) start++;
        return start == site.StartToken ? site
            : site with { StartToken = start, Span = new Model.TextSpan(doc.Tokens[start].Start, site.Span.End) };
    }
}

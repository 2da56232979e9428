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
        doc.SpeechVerbSites.AddRange(TokenMatcher.Longest(_matcher.Match(doc)));
    }
}

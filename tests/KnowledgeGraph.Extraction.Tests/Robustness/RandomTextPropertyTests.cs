using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Extraction.Ingest;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Tests.Robustness;

/// <summary>
/// Random Unicode thrown at the whole pipeline (FsCheck generates it): news-like French words mixed with emoji
/// and flags, astral letters, combining marks, right-to-left and zero-width characters, non-breaking spaces,
/// unpaired quotes and unpaired surrogates. The build never throws and every offset stays inside the text.
/// </summary>
public sealed class RandomTextPropertyTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionResources _resources;

    public RandomTextPropertyTests(ResourcesFixture fixture) => _resources = fixture.Resources;

    private static readonly string[] Pieces =
    {
        "Le président", " Emmanuel", " Durand", " a déclaré", " : ", "« ", " »", "\"", "“", "”", "’", "'", " M.", " Mme",
        " a rencontré", " mardi", " le 3 mars 2025", " à Paris", " l'Otan", " (AFP)", ".", ",", "\n\n", " selon", " ministre",
        "😀", "🇫🇷", "👨\u200D👩\u200D👧", "🏽", "\uFE0F", "𝐀𝐁𝐂", "𠜎", "e\u0301", "\u0301", "\u200F", "\u200E", "\u200B",
        "\u200D", "\u202E", "\u2066", "\u00A0", "\u202F", "\u00AD", "\uFEFF", "\uD83D", "\uDE00", "\u0000", "\u0007", "\t",
        "مرحبا", "שלום", "Привет", "日本", "Ὀδυσσεύς", "-t-il", "-", "—", "…", "%", "€", "2025", "10 000",
    };

    private static Gen<string> NewsLikeText() =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts));

    private static Gen<string> AnyText() =>
        Gen.OneOf(NewsLikeText(), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));

    [Fact]
    public void TheWholePipelineNeverThrowsOnRandomText()
    {
        var pipeline = DefaultPipeline.Create(_resources);
        Prop.ForAll(AnyText().ListOf().Select(l => l.Take(4).ToList()).ToArbitrary(), texts =>
        {
            var articles = texts.Select((t, i) =>
            {
                var n = ArticleTextNormalizer.Normalize(t);
                return new Article($"r{i}", n.Text, $"/random/r{i}.txt", Date: new PartialDate(2025, 3, 4)) { SourceOffsets = n.SourceOffsets };
            }).ToList();
            var result = pipeline.Run(articles);
            // a failure would be reported as a skipped article: there must be none
            return result.Diagnostics.Count == 0 && result.Articles.Count == articles.Count;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void FoldingTokenizingAndNormalizingNeverThrowAndKeepOffsetsInside()
    {
        Prop.ForAll(AnyText().ToArbitrary(), text =>
        {
            TextFolding.Fold(text);
            TextFolding.Slug(text);
            var tokens = FrenchTokenizer.Tokenize(text);
            bool inside = tokens.All(t => t.Start >= 0 && t.End <= text.Length && t.End > t.Start);
            var n = ArticleTextNormalizer.Normalize(text);
            bool mapped = n.SourceOffsets is null || n.SourceOffsets.Length == n.Text.Length + 1 && n.SourceOffsets.All(o => o >= 0 && o <= text.Length);
            return inside && mapped;
        }).QuickCheckThrowOnFailure();
    }
}

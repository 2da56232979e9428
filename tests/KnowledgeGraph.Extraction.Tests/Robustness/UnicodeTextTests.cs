using System.Text;
using KnowledgeGraph.Extraction.Ingest;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Tests.Robustness;

/// <summary>Text is handled by code point: characters outside the Basic Multilingual Plane, combining marks and
/// invisible format characters neither throw nor cut a name, and offsets still point into the published text.</summary>
public sealed class UnicodeTextTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionResources _resources;

    public UnicodeTextTests(ResourcesFixture fixture) => _resources = fixture.Resources;

    [Theory]
    [InlineData("Merci 😀 !", "merci 😀 !")]
    [InlineData("Paris 🇫🇷", "paris 🇫🇷")]
    [InlineData("Rene\u0301e", "renee")]
    [InlineData("Mahmoud\u200F Abbas", "mahmoud abbas")]
    [InlineData("Pou\u00ADtine\u200B", "poutine")]
    [InlineData("𝐀𝐁𝐂", "𝐀𝐁𝐂")]
    public void FoldingWorksByCodePointAndNeverThrows(string input, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(input));

    [Fact]
    public void AnUnpairedSurrogateFoldsToTheReplacementCharacter() =>
        Assert.Equal("\uFFFD seul", TextFolding.Fold(new string(new[] { '\uD83D', ' ', 's', 'e', 'u', 'l' })));

    [Fact]
    public void NormalizationComposesAccentsDropsInvisibleMarksAndMapsOffsetsBack()
    {
        var source = "Le ministre Rene\u0301 Dupre\u0301 a vu Mahmoud\u200F Abbas.";
        var n = ArticleTextNormalizer.Normalize(source);
        Assert.Equal("Le ministre René Dupré a vu Mahmoud Abbas.", n.Text);
        Assert.NotNull(n.SourceOffsets);
        int start = n.Text.IndexOf("Dupré", StringComparison.Ordinal);
        var (s, e) = ArticleTextNormalizer.ToSource(n.SourceOffsets, start, start + "Dupré".Length);
        Assert.Equal("Dupre\u0301", source[s..e]);
        int abbas = n.Text.IndexOf("Mahmoud Abbas", StringComparison.Ordinal);
        var (s2, e2) = ArticleTextNormalizer.ToSource(n.SourceOffsets, abbas, abbas + "Mahmoud Abbas".Length);
        Assert.Equal("Mahmoud\u200F Abbas", source[s2..e2]);
    }

    [Theory]
    [InlineData("Cette rencontre à Genève, « décisive », a duré deux heures.")] // every character below U+0100: compact
    [InlineData("L’entretien — le troisième — s’est tenu à Paris.")] // curly apostrophes and dashes: kept as a string
    public void ArticleTextReadsEachCharacterInPlaceAsTheStringHasIt(string text)
    {
        var kept = ArticleText.CompactOrNull(text) ?? ArticleText.Of(text);
        Assert.Equal(text.AsSpan().IndexOfAnyExceptInRange('\0', '\u00FF') < 0, kept.IsCompact);
        for (int i = 0; i < text.Length; i++) Assert.Equal(text[i], kept[i]);
        Assert.Throws<IndexOutOfRangeException>(() => kept[text.Length]);
    }

    [Fact]
    public void CleanTextIsReturnedAsItIsWithoutAnOffsetMap()
    {
        var source = "« C'est fini », a déclaré Mme Lévêque — 😀 — à Saint-Étienne.";
        var n = ArticleTextNormalizer.Normalize(source);
        Assert.Same(source, n.Text);
        Assert.Null(n.SourceOffsets);
    }

    [Fact]
    public void EmojiSequencesKeepTheirJoinersAndUnpairedSurrogatesBecomeReplacementCharacters()
    {
        var family = "👨\u200D👩\u200D👧";
        Assert.Equal("Une famille " + family + " réunie.", ArticleTextNormalizer.Normalize("Une famille " + family + " réunie.").Text);
        var broken = ArticleTextNormalizer.Normalize("avant " + new string('\uDC00', 1) + " après");
        Assert.Equal("avant \uFFFD après", broken.Text);
    }

    [Fact]
    public void TokenizerKeepsNamesWholeAcrossInvisibleMarksAndCombiningAccents()
    {
        var text = "Mahmoud\u200F Abbas et Rene\u0301 ont parlé 👨\u200D👩\u200D👧 𝐀𝐁𝐂.";
        var words = FrenchTokenizer.Tokenize(text).Select(t => (t.Kind, Text: t.TextOf(text))).ToList();
        Assert.Contains((TokenKind.Word, "Mahmoud"), words);
        Assert.Contains((TokenKind.Word, "Abbas"), words);
        Assert.Contains((TokenKind.Word, "Rene\u0301"), words);
        Assert.Contains((TokenKind.Symbol, "👨\u200D👩\u200D👧"), words);
        Assert.Contains((TokenKind.Word, "𝐀𝐁𝐂"), words);
        Assert.DoesNotContain(words, w => w.Text.Contains('\u200F'));
    }

    [Fact]
    public void APersonNameWithARightToLeftMarkIsFoundWhole()
    {
        var normalized = ArticleTextNormalizer.Normalize("Le président palestinien Mahmoud\u200F Abbas a reçu mardi le chef de la diplomatie, Paul Durandet.");
        var article = new Article("x", normalized.Text, "mem", Date: new PartialDate(2025, 3, 4)) { SourceOffsets = normalized.SourceOffsets };
        var doc = DefaultPipeline.Create(_resources).Analyze(article);
        Assert.Contains(doc.Entities, m => m.Kind == EntityKind.Person && m.Text == "Mahmoud Abbas");
    }

    [Fact]
    public void Utf16AndUtf32FilesAreDecodedNotSkippedAsBinary()
    {
        var decoder = new TextDecoder(_resources);
        const string text = "Le ministre a déclaré : « Bonjour ».";
        foreach (var encoding in new Encoding[] { new UnicodeEncoding(false, true), new UnicodeEncoding(true, true), new UTF32Encoding(false, true) })
        {
            var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
            var decoded = decoder.Decode(bytes);
            Assert.Equal(text, decoded.Text);
            Assert.Null(decoded.Problem);
        }
        var noBom = decoder.Decode(new UnicodeEncoding(false, false).GetBytes(text));
        Assert.Equal(text, noBom.Text);
        Assert.StartsWith("warning:", noBom.Problem);
    }

    [Fact]
    public void ABinaryFileIsCountedAsSkipped()
    {
        var decoded = new TextDecoder(_resources).Decode(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 });
        Assert.Null(decoded.Text);
        Assert.StartsWith("skipped:", decoded.Problem);
        Assert.Equal(8, decoded.Offset);
    }
}

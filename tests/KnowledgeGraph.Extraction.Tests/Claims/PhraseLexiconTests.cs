using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Tests.Claims;

public sealed class PhraseLexiconTests
{
    private static PhraseLexicon<string> Lexicon()
    {
        var lexicon = new PhraseLexicon<string>();
        lexicon.Add("mettre en garde", "warn");
        lexicon.Add("mettre", "put");
        lexicon.Add("faire part", "tell");
        lexicon.Add("a déclaré", "say");
        return lexicon;
    }

    private static (bool Found, int Words, string? Value) Match(string text, int wordIndex)
    {
        var words = WordScanner.Scan(text, new TextSpan(0, text.Length));
        bool found = Lexicon().TryMatch(text, words, wordIndex, out int n, out var value);
        return (found, n, found ? value : null);
    }

    [Theory]
    [InlineData("Il faut Mettre  en\u00A0Garde les élus.", 2, true, 3, "warn")]
    [InlineData("Il faut mettre, en garde", 2, true, 1, "put")]
    [InlineData("Il faut mettre en place", 2, true, 1, "put")]
    [InlineData("Elle A DÉCLARÉ hier", 1, true, 2, "say")]
    [InlineData("Il a fait part de ses doutes", 2, false, 0, null)]
    [InlineData("Il veut faire part de ses doutes", 2, true, 2, "tell")]
    [InlineData("Il veut faire\npart", 2, true, 2, "tell")]
    [InlineData("Un mot seul", 0, false, 0, null)]
    public void MatchesTheLongestPhraseOverWhitespaceOnly(string text, int wordIndex, bool found, int words, string? value) =>
        Assert.Equal((found, words, value), Match(text, wordIndex));

    [Fact]
    public void AnUnusualSpaceBetweenWordsIsKeptAsWritten()
    {
        // a narrow no-break space is whitespace between words but is not collapsed to a plain space, so the phrase
        // written with a plain space does not match it; one written with it does
        var lexicon = Lexicon();
        lexicon.Add("faire\u202Fsemblant", "pretend");
        var text = "Il veut faire\u202Fsemblant";
        var words = WordScanner.Scan(text, new TextSpan(0, text.Length));
        Assert.True(lexicon.TryMatch(text, words, 2, out int n, out var value));
        Assert.Equal((2, "pretend"), (n, value));
    }
}

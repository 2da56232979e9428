using KnowledgeGraph.Extraction.Claims;

namespace KnowledgeGraph.Extraction.Tests.Claims;

public sealed class QuotationFinderTests
{
    private static List<string> Inner(string text) => QuotationFinder.Find(text).Select(q => q.Inner.Of(text)).ToList();

    [Fact]
    public void FindsGuillemetsWithNestedQuotesAsOneQuotation()
    {
        var text = "Elle a dit « nous refusons ce “plan” absurde » hier.";
        Assert.Equal(["nous refusons ce “plan” absurde"], Inner(text));
    }

    [Fact]
    public void PairsStraightAndCurlyDoubleQuotes()
    {
        var text = "\"Nous partirons\", a-t-il dit, puis “Pas maintenant” et \"jamais\".";
        Assert.Equal(["Nous partirons", "Pas maintenant", "jamais"], Inner(text));
    }

    [Fact]
    public void SingleQuotesCountOnlyWhenTheyClearlyOpenAndClose()
    {
        var text = "L'ambassadrice d'Italie a parlé d'un accord 'très fragile', selon l'agence.";
        Assert.Equal(["très fragile"], Inner(text));
    }

    [Fact]
    public void ElisionsInsideASingleQuotedSentenceDoNotCloseIt()
    {
        var text = "'Nous l'avons dit et c'est vrai', a-t-elle écrit.";
        Assert.Equal(["Nous l'avons dit et c'est vrai"], Inner(text));
    }

    [Fact]
    public void QuotationsDoNotCrossLineBreaks()
    {
        var text = "Il a dit \"bonjour\nà tous\" puis « fin ».";
        Assert.Equal(["fin"], Inner(text));
    }
}

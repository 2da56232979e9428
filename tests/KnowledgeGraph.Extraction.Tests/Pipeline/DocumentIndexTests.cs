using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Pipeline;

/// <summary>
/// The lookups that keep extraction linear in an article's length (issue 9) answer exactly what the scans they replace
/// answered: role phrases by start window, posts by holder. Checked against the scan on an invented article with many
/// titles, posts and coreferent mentions, repeated so that every lookup has many earlier candidates.
/// </summary>
public sealed class DocumentIndexTests : IClassFixture<ResourcesFixture>
{
    private const string Story =
        "La ministre de la Culture, Hélène Vasseur-Kermel, a reçu mardi le président de la région Bretagne, Loïc Tanguy-Morvan. "
        + "Les deux responsables se sont entretenus pendant deux heures. Le président du conseil départemental, Marc Olivo, "
        + "était également présent. « Nous avons avancé », a déclaré la ministre. Mme Vasseur-Kermel rencontrera ensuite le maire "
        + "de Quimper, Anne Le Dantec, et le préfet du Finistère, Jean-Paul Riouall. La ministre a salué l'accord.\n\n";

    private readonly AnalyzedDocument _doc;

    public DocumentIndexTests(ResourcesFixture fixture)
    {
        string text = string.Concat(Enumerable.Repeat(Story, 6));
        _doc = DefaultPipeline.Create(fixture.Resources).Analyze(new Article("t", text, "mem", Date: new PartialDate(2026, 3, 10)));
    }

    [Fact]
    public void RolePhrasesStartingInAWindowAreThoseAScanFindsInListOrder()
    {
        Assert.True(_doc.RolePhrases.Count >= 12, $"the article should hold many title phrases, found {_doc.RolePhrases.Count}");
        foreach (var (from, to) in Windows())
        {
            var scan = Enumerable.Range(0, _doc.RolePhrases.Count)
                .Where(i => _doc.RolePhrases[i].Span.Start >= from && _doc.RolePhrases[i].Span.Start <= to).ToList();
            Assert.Equal(scan, _doc.RolePhrasesStartingIn(from, to));
        }
    }

    [Fact]
    public void RolesOfAHolderAreTheDistinctRolesOfThePostsOfTheSameEntity()
    {
        Assert.True(_doc.Posts.Count >= 6, $"the article should state many posts, found {_doc.Posts.Count}");
        var holders = HolderPosts.Of(_doc);
        for (int k = 0; k < _doc.Entities.Count; k++)
        {
            var scan = _doc.Posts.Where(p => MeetingText.SameEntity(_doc, p.HolderMentionIndex, k))
                .Select(p => KnowledgeGraph.Extraction.Claims.FrenchText.Lower(p.RoleLabel)).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToList();
            Assert.Equal(scan, holders.RolesOf(_doc, k).OrderBy(r => r, StringComparer.Ordinal).ToList());
        }
        // the minister, named six times, holds one distinct role however often the article repeats it
        int minister = _doc.Entities.FindIndex(e => e.Text == "Hélène Vasseur-Kermel");
        Assert.True(minister >= 0);
        Assert.Single(holders.RolesOf(_doc, minister));
    }

    private IEnumerable<(int From, int To)> Windows()
    {
        int length = _doc.Text.Length;
        yield return (0, length);
        yield return (length, length + 10);
        for (int at = 0; at < length; at += 97)
        {
            yield return (at, at + 8);
            yield return (at, at);
            yield return (at, at + 400);
        }
        foreach (var rp in _doc.RolePhrases)
            yield return (rp.Span.Start, rp.Span.Start);
    }
}

using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Pipeline;

/// <summary>
/// The per-document index of posts that "son homologue français" reads (<see cref="CounterpartPosts"/>, issue 9: extraction
/// linear in an article's length) answers what a scan of every post answers: the kinds and countries of an entity's posts,
/// the kinds that are the same post, and the candidate holders in post order. Checked on an invented article with
/// ministers of several countries, repeated so that every entity holds its post many times.
/// </summary>
public sealed class CounterpartPostsTests : IClassFixture<ResourcesFixture>
{
    private const string Story =
        "La ministre kényane des Affaires étrangères, Grace Wambui-Otieno, a eu mercredi un entretien avec son homologue français. "
        + "Le ministre français de l'Europe et des Affaires étrangères, Arnaud Delvaux-Sarr, a assuré que la France venait en partenaire. "
        + "Le ministre allemand de la Défense, Karl Obermayer, est arrivé lundi à Paris. "
        + "Le ministre français de la Défense, Paul Verdier, a reçu mardi son homologue allemand à l'hôtel de Brienne. "
        + "La ministre française de la Culture, Anne Morel-Sarr, visitait une exposition.\n\n";

    private readonly ExtractionPipeline _pipeline;
    private readonly AnalyzedDocument _doc;

    public CounterpartPostsTests(ResourcesFixture fixture)
    {
        _pipeline = DefaultPipeline.Create(fixture.Resources);
        _doc = _pipeline.Analyze(new Article("t", string.Concat(Enumerable.Repeat(Story, 5)), "mem", Date: new PartialDate(2026, 11, 12)));
    }

    private string? CountryOf(PostMention post) => TitleReferences.PhraseOf(_doc, post.Span)?.CountryCode;

    private static (string, string, string) KeyOf(PostMention p) => (p.RoleKey, p.ResolutionKey, p.RoleLabel);

    private static (string, string, string) KeyOf(CounterpartPosts.Kind k) => (k.RoleKey, k.ResolutionKey, k.RoleLabel);

    [Fact]
    public void TheKindsAndCountriesOfAnEntityAreThoseOfThePostsOfTheSameEntity()
    {
        Assert.True(_doc.Posts.Count >= 20, $"the article should state many posts, found {_doc.Posts.Count}");
        var index = new CounterpartPosts(_doc);
        for (int k = 0; k < _doc.Entities.Count; k++)
        {
            var posts = _doc.Posts.Where(p => MeetingText.SameEntity(_doc, p.HolderMentionIndex, k)).ToList();
            var holding = index.OfEntity(k);
            if (posts.Count == 0)
            {
                Assert.Null(holding);
                continue;
            }
            Assert.NotNull(holding);
            Assert.Equal(posts.Select(KeyOf).ToHashSet(), holding!.Kinds.Select(i => KeyOf(index.KindAt(i))).ToHashSet());
            Assert.Equal(posts.Select(p => CountryOf(p) ?? CounterpartPosts.NoCountry).ToHashSet(), holding.Countries);
        }
    }

    [Fact]
    public void TheMatchingKindsAreTheSamePostByKeyOrByHeadAndPortfolioWord()
    {
        var index = new CounterpartPosts(_doc);
        var kinds = _doc.Posts.Select(p => index.OfMention(p.HolderMentionIndex)!.Kinds).SelectMany(s => s).Distinct().ToList();
        Assert.True(kinds.Count >= 4, $"the article should state several kinds of post, found {kinds.Count}");
        foreach (int a in kinds)
        {
            var scan = kinds.Where(b => CounterpartReferences.SamePost(index.KindAt(a), index.KindAt(b))).OrderBy(b => b).ToList();
            Assert.Equal(scan, index.Matching(a));
        }
        // the two ministers of Foreign Affairs are the same post (head "ministre", portfolio "affaires"); Culture is not
        int kenyan = kinds.Single(i => index.KindAt(i).RoleLabel.Contains("Affaires", StringComparison.Ordinal) && !index.KindAt(i).RoleLabel.Contains("Europe", StringComparison.Ordinal));
        Assert.Contains(index.Matching(kenyan), b => index.KindAt(b).RoleLabel.Contains("Europe", StringComparison.Ordinal));
        Assert.DoesNotContain(index.Matching(kenyan), b => index.KindAt(b).RoleLabel.Contains("Culture", StringComparison.Ordinal));
    }

    [Fact]
    public void TheCandidatesAreTheFirstPostOfEachNamedPersonByKindAndCountry()
    {
        var index = new CounterpartPosts(_doc);
        var expected = new List<(int, string, string)>();
        var seen = new HashSet<((string, string, string), string, int, string)>();
        for (int i = 0; i < _doc.Posts.Count; i++)
        {
            var post = _doc.Posts[i];
            var holder = _doc.Entities[post.HolderMentionIndex];
            if (holder.Kind != EntityKind.Person || holder.Form != MentionForm.Name) continue;
            string country = CountryOf(post) ?? CounterpartPosts.NoCountry;
            string name = FrenchText.Fold(holder.Span.Of(_doc.Text));
            if (seen.Add((KeyOf(post), country, Math.Max(-1, holder.ClusterId), name))) expected.Add((i, country, name));
        }
        var kinds = _doc.Posts.Select(p => index.OfMention(p.HolderMentionIndex)!.Kinds).SelectMany(s => s).Distinct();
        var listed = kinds.Select(index.CandidatesOf).OfType<Dictionary<string, List<CounterpartPosts.Candidate>>>()
            .SelectMany(byCountry => byCountry.SelectMany(e => e.Value.Select(c => (c.Post, e.Key, c.Name))))
            .OrderBy(c => c.Post).ToList();
        Assert.Equal(expected, listed);
        // five repetitions of the story, each person clustered or named alike: each holds one candidate per post stated
        Assert.True(listed.Count < _doc.Posts.Count, $"{listed.Count} candidates for {_doc.Posts.Count} posts");
    }

    [Fact]
    public void ACounterpartIsStillFoundWhenTheStoryIsRepeated()
    {
        var r = _pipeline.Run(new[] { new Article("t", string.Concat(Enumerable.Repeat(Story, 5)), "mem", Date: new PartialDate(2026, 11, 12)) });
        string Told() => string.Join(" | ", r.Meetings.Select(m => string.Join(",", m.AttendeeKeys)));
        Assert.True(r.Meetings.Any(m => string.Join(",", m.AttendeeKeys) == "arnaud-delvaux-sarr,grace-wambui-otieno"), Told());
        Assert.True(r.Meetings.Any(m => string.Join(",", m.AttendeeKeys) == "karl-obermayer,paul-verdier"), Told());
        Assert.DoesNotContain(r.Meetings, m => m.AttendeeKeys.Contains("anne-morel-sarr"));
    }
}

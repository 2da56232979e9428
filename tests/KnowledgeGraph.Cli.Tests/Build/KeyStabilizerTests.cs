using KnowledgeGraph.Build;
using KnowledgeGraph.Extraction.Model;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Build;

/// <summary>The key matching on hand-made extraction results (invented names), state carried from one call to the next.</summary>
public sealed class KeyStabilizerTests
{
    private static Entity Person(string key, string label, params (string Article, int Start, string Text)[] names) =>
        new(key, EntityKind.Person, EntitySubtype.None, label, names.Select(n => n.Text).Where(t => t != label).Distinct().ToList(),
            names.Select(n => new Mention(n.Article, new TextSpan(n.Start, n.Start + n.Text.Length), n.Text, EntityKind.Person, MentionForm.Name)).ToList());

    private static ExtractionResult Result(params Entity[] entities) =>
        new(Array.Empty<Article>(), entities, Array.Empty<Post>(), Array.Empty<PersonalRelation>(), Array.Empty<Meeting>(), Array.Empty<Claim>(), Array.Empty<IngestDiagnostic>());

    [Fact]
    public void A_key_whose_articles_are_gone_stays_reserved_and_comes_back_by_its_spelling()
    {
        var first = KeyStabilizer.Stabilize(Result(Person("odile-varenne", "Odile Varenne", ("a1", 10, "Odile Varenne"))), BuildState.Empty);
        var gone = KeyStabilizer.Stabilize(Result(Person("paul-ternier", "Paul Ternier", ("c1", 0, "Paul Ternier"))), first.State);
        Assert.Contains(gone.State.Items, i => i.Key == "odile-varenne" && !i.Present);
        Assert.Equal("paul-ternier", Assert.Single(gone.Result.Entities).Key);
        // a later article names her again (another article, no span in common): found by the spelling, same key and serial
        var back = KeyStabilizer.Stabilize(Result(Person("odile-varenne", "Odile Varenne", ("d1", 0, "Odile Varenne"))), gone.State);
        Assert.Equal("odile-varenne", Assert.Single(back.Result.Entities).Key);
        Assert.Equal(first.State.Items.Single(i => i.Key == "odile-varenne").Serial, back.State.Items.Single(i => i.Key == "odile-varenne").Serial);
        Assert.Contains(back.State.Items, i => i.Key == "paul-ternier" && !i.Present);
    }

    [Fact]
    public void An_unrelated_entity_never_takes_a_kept_key_and_a_split_keeps_the_key_on_the_larger_part()
    {
        var first = KeyStabilizer.Stabilize(Result(Person("jean-morel", "Jean Morel",
            ("a1", 0, "Jean Morel"), ("a1", 40, "Jean Morel"), ("a2", 5, "J. Morel"))), BuildState.Empty);
        // the resolver now splits: a1's two mentions stay one entity, a2's becomes another one also keyed jean-morel by spelling
        var split = KeyStabilizer.Stabilize(Result(
            Person("jean-morel", "Jean Morel", ("a1", 0, "Jean Morel"), ("a1", 40, "Jean Morel")),
            Person("j-morel", "J. Morel", ("a2", 5, "J. Morel"))), first.State);
        var keys = split.Result.Entities.ToDictionary(e => e.Mentions[0].ArticleId, e => e.Key);
        Assert.Equal("jean-morel", keys["a1"]);
        Assert.Equal("j-morel", keys["a2"]);
        Assert.Empty(split.Merges);

        // another person whose resolver key is a reserved one (j-morel is absent from this build), sharing no span and no
        // spelling with it, never takes it: it gets a suffix
        var other = KeyStabilizer.Stabilize(Result(
            Person("jean-morel", "Jean Morel", ("a1", 0, "Jean Morel"), ("a1", 40, "Jean Morel")),
            Person("j-morel", "Jeanne Morel", ("z9", 0, "Jeanne Morel"))), split.State);
        Assert.Equal(new[] { "j-morel-2", "jean-morel" }, other.Result.Entities.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains(other.State.Items, i => i.Key == "j-morel" && !i.Present);
    }

    private static Meeting Talks(string key, string article, int start, int end) =>
        new(key, MeetingType.Talks, key, Array.Empty<string>(), null, null, null, MeetingStatus.TookPlace,
            new[] { new Evidence(article, new TextSpan(start, end), "") });

    [Fact]
    public void Two_meetings_told_in_one_sentence_keep_their_keys_when_the_same_build_runs_again()
    {
        // the same evidence for both: each must find its own kept key, not one of them the other's
        var result = Result() with { Meetings = new[] { Talks("meeting-b", "a1", 0, 80), Talks("meeting-a", "a1", 0, 80) } };
        var first = KeyStabilizer.Stabilize(result, BuildState.Empty);
        var again = KeyStabilizer.Stabilize(result, first.State);
        Assert.Equal(new[] { "meeting-a", "meeting-b" }, again.Result.Meetings.Select(m => m.Key));
        Assert.Empty(again.Merges);
        Assert.DoesNotContain(again.State.Items, i => !i.Present);
    }

    [Fact]
    public void A_kept_key_whose_only_span_is_shared_with_other_items_is_not_claimed_merged()
    {
        // a state in which "meeting-x" was minted for a sentence that also tells meeting-a and meeting-b
        var state = new BuildState(4, new[]
        {
            new StateItem(KeyGroup.Meeting, "meeting-a", null, 1, Array.Empty<string>(), new[] { "a1#0-80" }, true),
            new StateItem(KeyGroup.Meeting, "meeting-b", null, 2, Array.Empty<string>(), new[] { "a1#0-80", "a2#5-60" }, true),
            new StateItem(KeyGroup.Meeting, "meeting-x", null, 3, Array.Empty<string>(), new[] { "a1#0-80" }, true),
        });
        var result = Result() with
        {
            Meetings = new[] { Talks("meeting-a", "a1", 0, 80), Talks("meeting-b", "a1", 0, 80) with { Reports = new[] {
                new Evidence("a1", new TextSpan(0, 80), ""), new Evidence("a2", new TextSpan(5, 60), "") } } },
        };
        var again = KeyStabilizer.Stabilize(result, state);
        Assert.Empty(again.Merges);
        Assert.Contains(again.State.Items, i => i.Key == "meeting-x" && !i.Present && i.SameAs is null);
    }

    [Fact]
    public void The_state_lists_each_items_anchors_sorted_and_distinct_and_reads_back_whole_beyond_the_writers_flush_size()
    {
        // 5,000 persons, each named 12 times in 6 articles (twice at one span, out of order): the state file is beyond
        // the 1 MiB at which its writer flushes, and the anchors are made only when the state is written
        var entities = Enumerable.Range(0, 5000).Select(i => Person($"p{i:D4}", $"Nom{i:D4} Prenom",
            Enumerable.Range(0, 12).Select(k => ($"art{(i * 7 + k % 6) % 5000:D5}", (5 - k % 6) * 100 + i % 3, $"Nom{i:D4} Prenom")).ToArray())).ToArray();
        var stable = KeyStabilizer.Stabilize(Result(entities), BuildState.Empty);
        var item = stable.State.Items.Single(i => i.Key == "p0042");
        var expected = entities[42].Mentions.Select(m => KeyStabilizer.Anchor(m.ArticleId, m.Span)).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(6, expected.Count);
        Assert.Equal(expected, item.Anchors.ToList());

        var path = Path.Combine(Path.GetTempPath(), $"kg-state-{Guid.NewGuid():N}.json");
        try
        {
            stable.State.Write(path);
            Assert.True(new FileInfo(path).Length > 1 << 20);
            var read = BuildState.Read(path);
            Assert.Equal(stable.State.NextSerial, read.NextSerial);
            Assert.Equal(stable.State.Items.Select(i => (i.Key, i.Serial, string.Join(' ', i.Anchors), string.Join('|', i.Names))),
                read.Items.Select(i => (i.Key, i.Serial, string.Join(' ', i.Anchors), string.Join('|', i.Names))));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

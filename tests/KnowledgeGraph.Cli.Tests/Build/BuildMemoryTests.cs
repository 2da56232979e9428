using KnowledgeGraph.Build;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Mapping;
using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Build;

/// <summary>
/// What the build drops to keep its memory bounded (issue 13): the articles' text after their own statements, every
/// entity mention but one per article, the binary store of a graph beyond the limit. None of it may change the graph.
/// </summary>
public sealed class BuildMemoryTests : IDisposable
{
    private readonly string _dir = BuildTestSupport.NewTempDir("memory");
    private readonly GraphBuilder _builder = new(ExtractionResources.Load());

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    /// <summary>Invented articles whose offsets differ between UTF-16, code points and the published text: a surrogate
    /// pair before a quotation, a decomposed accent (normalized to one letter before analysis), and a plain one.</summary>
    private string WriteArticles()
    {
        var input = Path.Combine(_dir, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a-plain.txt"),
            " date 2025-03-04\nLa ministre néerlandaise Ilse Vandermeer a déclaré mardi à Bruxelles : « Nous ne céderons pas sur ce point. » Ilse Vandermeer a rencontré Tomas Kovarik.");
        File.WriteAllText(Path.Combine(input, "b-emoji.txt"),
            " date 2025-03-05\nUn message 😀 a circulé. Le porte-parole Tomas Kovarik a affirmé mercredi : « L'accord sera signé avant l'été. » Tomas Kovarik s'est entretenu avec Ilse Vandermeer.");
        File.WriteAllText(Path.Combine(input, "c-accent.txt"),
            " date 2025-03-06\nLe ministre tche\u0301que Tomas Kovarik a de\u0301clare\u0301 jeudi : « Nous attendrons la re\u0301ponse de Bruxelles. » Ilse Vandermeer a rencontre\u0301 Tomas Kovarik a\u0300 Prague.");
        return input;
    }

    [Fact]
    public void A_build_without_text_and_with_compact_mentions_writes_the_graph_an_in_memory_mapping_writes()
    {
        var input = WriteArticles();
        var formats = new[] { RdfFormat.Turtle, RdfFormat.NQuads };
        var result = _builder.Build(new BuildOptions([input], Path.Combine(_dir, "out"), formats) { SortBufferStatements = 50 });
        // the build really dropped them: the text of the plain article, the mentions beyond one per article
        Assert.Equal("", result.Result.Articles.Single(a => a.Id == "a-plain").Text);
        Assert.NotEqual("", result.Result.Articles.Single(a => a.Id == "b-emoji").Text);
        Assert.All(result.Result.Entities, e => Assert.Equal(e.Mentions.Select(m => m.ArticleId).Distinct().Count(), e.Mentions.Count));

        var extraction = DefaultPipeline.Create(ExtractionResources.Load()).Run([input]);
        Assert.Contains(extraction.Entities, e => e.Mentions.Count > e.Mentions.Select(m => m.ArticleId).Distinct().Count());
        var mapping = new RdfMapper().Map(KeyStabilizer.Stabilize(extraction, BuildState.Empty).Result);
        var reference = Path.Combine(_dir, "reference");
        Directory.CreateDirectory(reference);
        GraphFiles.Write(mapping, reference, formats, CancellationToken.None);
        foreach (var f in new[] { "graph.ttl", "graph.nq" })
            Assert.Equal(File.ReadAllText(Path.Combine(reference, f)), File.ReadAllText(Path.Combine(_dir, "out", f)));
        // spans after the surrogate pair (whose code-point offsets need the text) are in the graph being compared
        Assert.Contains(extraction.Claims.SelectMany(c => c.Appearances), a => a.ArticleId == "b-emoji");
    }

    [Fact]
    public void The_binary_store_is_written_only_up_to_the_statement_limit()
    {
        var input = WriteArticles();
        string Store(string name) => Path.Combine(RdfLoader.CurrentBuildFolder(Path.Combine(_dir, name))!, BinaryStore.FileName);
        _builder.Build(new BuildOptions([input], Path.Combine(_dir, "with"), [RdfFormat.Turtle]));
        Assert.True(File.Exists(Store("with")));
        Assert.Contains(BinaryStore.FileName, File.ReadAllText(Path.Combine(_dir, "with", "build.json")));
        var none = _builder.Build(new BuildOptions([input], Path.Combine(_dir, "without"), [RdfFormat.Turtle]) { MaxBinaryStoreStatements = 10 });
        Assert.True(none.Statements > 10);
        Assert.False(File.Exists(Store("without")));
        Assert.DoesNotContain(BinaryStore.FileName, File.ReadAllText(Path.Combine(_dir, "without", "build.json")));
        // the same graph either way
        Assert.Equal(File.ReadAllText(Path.Combine(_dir, "with", "graph.ttl")), File.ReadAllText(Path.Combine(_dir, "without", "graph.ttl")));
    }

    [Fact]
    public void A_graph_at_the_limit_gets_its_store_even_when_the_sort_runs_count_more_statements()
    {
        // the tap that records the store while graph.ttl is written is used only when the runs hold at most the limit's
        // statements; runs of 20 statements repeat the triples two article graphs share, so they count more than the
        // graph has, and the store of a graph exactly at the limit is then written from one more read: same bytes
        var input = WriteArticles();
        var tapped = _builder.Build(new BuildOptions([input], Path.Combine(_dir, "tapped"), [RdfFormat.Turtle]));
        var limit = tapped.Statements;
        var read = _builder.Build(new BuildOptions([input], Path.Combine(_dir, "read"), [RdfFormat.Turtle]) { SortBufferStatements = 20, MaxBinaryStoreStatements = limit });
        Assert.Equal(limit, read.Statements);
        string Store(string name) => Path.Combine(RdfLoader.CurrentBuildFolder(Path.Combine(_dir, name))!, BinaryStore.FileName);
        Assert.True(File.ReadAllBytes(Store("tapped")).AsSpan().SequenceEqual(File.ReadAllBytes(Store("read"))), "the store differs between the tap and the read");
        var over = _builder.Build(new BuildOptions([input], Path.Combine(_dir, "over"), [RdfFormat.Turtle]) { SortBufferStatements = 20, MaxBinaryStoreStatements = limit - 1 });
        Assert.False(File.Exists(Store("over")));
    }
}

using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Build;

/// <summary>
/// IRIs that never move across builds into one folder, and incremental builds (kg build --update). The articles are
/// invented: one French story spells a minister "Iouri Kouzmenko", a translated wire story "Yuri Kuzmenko" three times.
/// </summary>
public sealed class StableIriTests : IDisposable
{
    private const string Person = "https://w3id.org/kgnews/id/person/";
    private readonly string _dir = BuildTestSupport.NewTempDir("stable");

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private string Folder(string name, params (string File, string Text)[] articles)
    {
        var dir = Path.Combine(_dir, name);
        Directory.CreateDirectory(dir);
        foreach (var (file, text) in articles) File.WriteAllText(Path.Combine(dir, file), text);
        return dir;
    }

    internal const string French = " date 2026-03-02\nLe ministre ukrainien de la Défense, Iouri Kouzmenko, a rencontré lundi à Varsovie son homologue polonais. " +
        "« Nous avons besoin de plus de défense aérienne », a déclaré Iouri Kouzmenko devant la presse.\n";
    internal const string Wire = " date 2026-03-03\nLe ministre ukrainien de la Défense, Yuri Kuzmenko, est arrivé mardi à Berlin. Yuri Kuzmenko doit " +
        "s'entretenir avec le chancelier. « L'hiver sera difficile », a affirmé Yuri Kuzmenko.\n";

    private static List<Quad> Read(string folder)
    {
        var path = Path.Combine(folder, "graph.ttl");
        using var reader = RdfText.OpenFile(path);
        return new TurtleParser().Read(reader, new RdfReaderOptions(path)).ToList();
    }

    private static string? Literal(List<Quad> quads, string subject, string predicate) =>
        quads.Where(q => q.Subject is IUriNode s && s.Iri == subject && q.Predicate is IUriNode p && p.Iri == predicate)
            .Select(q => ((ILiteralNode)q.Object).Value).SingleOrDefault();

    [Fact]
    public void The_first_iri_of_a_person_stays_when_a_translated_story_makes_another_spelling_the_majority()
    {
        var french = Folder("fr", ("100_alpha.txt", French));
        var wire = Folder("wire", ("101_beta.txt", Wire));
        var output = Path.Combine(_dir, "out");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { french }, output).Exit);
        Assert.Contains(Person + "iouri-kouzmenko", BuildTestSupport.Iris(Path.Combine(output, "graph.ttl")));

        // a fresh folder names the person after the majority spelling: the stability below comes from the kept state
        var fresh = Path.Combine(_dir, "fresh");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { french, wire }, fresh).Exit);
        Assert.Contains(Person + "yuri-kuzmenko", BuildTestSupport.Iris(Path.Combine(fresh, "graph.ttl")));

        var (exit, _, stderr) = BuildTestSupport.RunBuild(new[] { french, wire }, output);
        Assert.True(exit == ExitCodes.Ok, stderr);
        var iris = BuildTestSupport.Iris(Path.Combine(output, "graph.ttl"));
        Assert.Contains(Person + "iouri-kouzmenko", iris);
        Assert.DoesNotContain(Person + "yuri-kuzmenko", iris);
        var quads = Read(output);
        // the display label follows the majority; the first spelling stays a label
        Assert.Equal("Yuri Kuzmenko", Literal(quads, Person + "iouri-kouzmenko", "http://www.w3.org/2000/01/rdf-schema#label"));
        Assert.Equal("Iouri Kouzmenko", Literal(quads, Person + "iouri-kouzmenko", "http://www.w3.org/2004/02/skos/core#altLabel"));
        // the post is named after its holder's kept key, so it does not move either
        Assert.Contains(BuildTestSupport.Iris(Path.Combine(output, "graph.ttl")), i => i.StartsWith("https://w3id.org/kgnews/id/post/iouri-kouzmenko-", StringComparison.Ordinal));

        // and the same build again changes nothing
        var before = File.ReadAllBytes(Path.Combine(output, "graph.ttl"));
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { french, wire }, output).Exit);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(output, "graph.ttl")));
    }

    [Fact]
    public void A_state_file_of_another_version_is_refused_with_a_clear_message()
    {
        var french = Folder("fr", ("100_alpha.txt", French));
        var output = Path.Combine(_dir, "out");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { french }, output).Exit);
        var state = Path.Combine(RdfLoader.CurrentBuildFolder(output)!, "state.json");
        File.WriteAllText(state, File.ReadAllText(state).Replace("\"version\": 1,", "\"version\": 99,"));
        var graph = File.ReadAllBytes(Path.Combine(output, "graph.ttl"));

        var (exit, _, stderr) = BuildTestSupport.RunBuild(new[] { french }, output);
        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("state.json: build state version 99 is not the version this kg reads (1)", stderr);
        Assert.Equal(graph, File.ReadAllBytes(Path.Combine(output, "graph.ttl")));
        Assert.Single(Directory.GetDirectories(Path.Combine(output, ".kg", "builds")));
    }

    [Fact]
    public void Two_kept_entities_a_new_article_proves_one_are_merged_with_owl_sameAs_from_the_retired_iri()
    {
        var first = Folder("first",
            ("200_a.txt", " date 2026-04-01\nL'Agence nordique des enquêtes maritimes a ouvert mardi une enquête sur le naufrage du cargo Lysander au large de Brest.\n"),
            ("201_b.txt", " date 2026-04-02\nL'ANEM a publié mercredi un premier rapport. Selon l'ANEM, le cargo transportait trop de conteneurs.\n"));
        var bridge = Folder("bridge",
            ("202_c.txt", " date 2026-04-03\nL'Agence nordique des enquêtes maritimes (ANEM) a confirmé jeudi que l'équipage avait été secouru.\n"));
        const string Org = "https://w3id.org/kgnews/id/organization/";
        var output = Path.Combine(_dir, "out");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { first }, output).Exit);
        var before = BuildTestSupport.Iris(Path.Combine(output, "graph.ttl"));
        Assert.Contains(Org + "anem", before);
        Assert.Contains(Org + "agence-nordique-des-enquetes-maritimes", before);

        var (exit, stdout, stderr) = BuildTestSupport.RunBuild(new[] { first, bridge }, output);
        Assert.True(exit == ExitCodes.Ok, stderr);
        Assert.Contains("merged:        entity anem owl:sameAs agence-nordique-des-enquetes-maritimes", stdout);
        var quads = Read(output);
        var sameAs = quads.Where(q => q.Predicate is IUriNode p && p.Iri == "http://www.w3.org/2002/07/owl#sameAs").ToList();
        var merge = Assert.Single(sameAs);
        Assert.Equal(Org + "anem", ((IUriNode)merge.Subject).Iri);
        Assert.Equal(Org + "agence-nordique-des-enquetes-maritimes", ((IUriNode)merge.Object).Iri);
        // the retired IRI describes nothing else; the kept one has every mention
        Assert.Single(quads, q => q.Subject is IUriNode s && s.Iri == Org + "anem");

        // the merge stays recorded in later builds
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { first, bridge }, output).Exit);
        Assert.Single(Read(output), q => q.Predicate is IUriNode p && p.Iri == "http://www.w3.org/2002/07/owl#sameAs");
    }
}

using System.Diagnostics;
using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Mapping.Tests;

public sealed class OntologyAndShapesTests
{
    private const string SubClassOf = Vocabulary.Rdfs + "subClassOf";
    private const string SubPropertyOf = Vocabulary.Rdfs + "subPropertyOf";
    private const string OwlClass = KgTerms.Owl + "Class";

    private static string RepoRoot
    {
        get
        {
            var dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(Path.Combine(dir, "KnowledgeGraph.sln"))) dir = Path.GetDirectoryName(dir);
            return dir ?? throw new InvalidOperationException("no KnowledgeGraph.sln above the test assembly");
        }
    }

    [Fact]
    public void Every_kg_class_reaches_a_standard_class_through_subclass_links()
    {
        var quads = OntologyResource.ReadQuads();
        var parents = quads.Where(q => ((IUriNode)q.Predicate).Iri == SubClassOf).ToLookup(q => ((IUriNode)q.Subject).Iri, q => ((IUriNode)q.Object).Iri);
        var classes = quads.Where(q => q.Predicate.Equals(new UriNode(Vocabulary.RdfType)) && q.Object.Equals(new UriNode(OwlClass)))
            .Select(q => ((IUriNode)q.Subject).Iri).ToList();
        Assert.Contains(KgTerms.Kg + "Quotation", classes);
        foreach (var c in classes)
        {
            // Breadth-first up the hierarchy until an IRI outside kg:.
            var seen = new HashSet<string> { c };
            var frontier = new Queue<string>(new[] { c });
            bool standard = false;
            while (frontier.Count > 0 && !standard)
                foreach (var p in parents[frontier.Dequeue()])
                {
                    if (!p.StartsWith(KgTerms.Kg, StringComparison.Ordinal)) { standard = true; break; }
                    if (seen.Add(p)) frontier.Enqueue(p);
                }
            Assert.True(standard, $"{c} has no rdfs:subClassOf* path to a standard class");
        }
    }

    [Fact]
    public void Aligned_kg_properties_refine_standard_properties()
    {
        var quads = OntologyResource.ReadQuads();
        var subProps = quads.Where(q => ((IUriNode)q.Predicate).Iri == SubPropertyOf).ToList();
        Assert.Contains(subProps, q => q.Subject.Equals(new UriNode(KgTerms.Kg + "startOffset")) && q.Object.Equals(new UriNode(KgTerms.Nif + "beginIndex")));
        Assert.Contains(subProps, q => q.Subject.Equals(new UriNode(KgTerms.Kg + "viaSource")));
        Assert.All(subProps, q => Assert.False(((IUriNode)q.Object).Iri.StartsWith(KgTerms.Kg, StringComparison.Ordinal), $"{q}"));
    }

    [Fact]
    public void The_default_mapping_puts_the_ontology_in_the_default_graph()
    {
        var m = new RdfMapper().Map(SampleCorpus.Build());
        Assert.Contains(m.Quads, q => q.Graph is null && q.Subject.Equals(new UriNode(KgTerms.Kg + "Quotation")) && q.Predicate.Equals(new UriNode(SubClassOf)));
    }

    /// <summary>
    /// The seeds may not exercise every shape while extractors are young, so a hand-built result with a post, a
    /// family tie, a meeting and a two-outlet claim is checked against ontology/shapes.ttl with Jena too.
    /// </summary>
    [Fact]
    public void A_mapped_result_with_every_kind_of_fact_conforms_to_the_shacl_shapes()
    {
        var m = new RdfMapper().Map(SampleCorpus.Build(withUnion: true));
        var dir = Path.Combine(Path.GetTempPath(), $"kg-mapping-shacl-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var data = Path.Combine(dir, "graph.ttl");
            AtomicFile.WriteText(data, w => new TurtleWriter().Write(w, m.Triples(), new RdfWriterOptions(KgTerms.Prefixes)));
            var (exit, output) = Jena("shacl.shacl", "validate", "--shapes", Path.Combine(RepoRoot, "ontology", "shapes.ttl"), "--data", data);
            Assert.True(exit == 0, output);
            Assert.Matches(@"sh:conforms\s+true", output);

            // And the shapes do bite: a claim without an author must be reported.
            var broken = Path.Combine(dir, "broken.ttl");
            var withoutAuthor = m.Triples().Where(q => !(q.Predicate.Equals(new UriNode(KgTerms.Schema + "author")) && ((IUriNode)q.Subject).Iri.Contains("/claim/")));
            AtomicFile.WriteText(broken, w => new TurtleWriter().Write(w, withoutAuthor, new RdfWriterOptions(KgTerms.Prefixes)));
            var (_, brokenOutput) = Jena("shacl.shacl", "validate", "--shapes", Path.Combine(RepoRoot, "ontology", "shapes.ttl"), "--data", broken);
            Assert.Matches(@"sh:conforms\s+false", brokenOutput);
            Assert.Contains("author", brokenOutput);
        }
        finally { Directory.Delete(dir, true); }
    }

    private static (int Exit, string Output) Jena(string mainClass, params string[] args)
    {
        var cpFile = Path.Combine(RepoRoot, ".tools", "jena.classpath");
        if (!File.Exists(cpFile))
            throw new InvalidOperationException($"{cpFile} is missing: run scripts/install-tools.sh (scripts/test.sh does) to install Apache Jena");
        var psi = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-cp", File.ReadAllText(cpFile).Trim(), mainClass }.Concat(args)) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start java: run scripts/install-tools.sh");
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output + err.Result);
    }
}

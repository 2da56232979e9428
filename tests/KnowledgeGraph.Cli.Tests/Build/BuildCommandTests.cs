using System.Text;
using KnowledgeGraph.Cli.Commands;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Build;

public sealed class BuildCommandTests : IClassFixture<SeedBuildFixture>
{
    private readonly SeedBuildFixture _seeds;

    public BuildCommandTests(SeedBuildFixture seeds) => _seeds = seeds;

    [Fact]
    public void Seeds_build_cleanly_into_every_requested_format()
    {
        Assert.True(_seeds.Exit == ExitCodes.Ok, _seeds.Stderr);
        Assert.Contains("articles:      5", _seeds.Stdout);
        foreach (var ext in new[] { "ttl", "nt", "trig", "nq" })
            Assert.True(new FileInfo(Path.Combine(_seeds.Output, "graph." + ext)).Length > 0, ext);
        // No temporary files are left behind by the atomic writes.
        Assert.Empty(Directory.GetFiles(_seeds.Output, "*.tmp"));
    }

    [Fact]
    public void Building_twice_gives_byte_identical_files()
    {
        var again = BuildTestSupport.NewTempDir("again");
        try
        {
            var (exit, _, stderr) = BuildTestSupport.RunBuild(new[] { BuildTestSupport.Seeds }, again, "ttl,nt,trig,nq,jsonld");
            Assert.True(exit == ExitCodes.Ok, stderr);
            foreach (var ext in new[] { "ttl", "nt", "trig", "nq", "jsonld" })
                Assert.Equal(File.ReadAllBytes(Path.Combine(_seeds.Output, "graph." + ext)), File.ReadAllBytes(Path.Combine(again, "graph." + ext)));
            // the binary store too, which sits in the build's own folder beside the dumps
            Assert.Equal(File.ReadAllBytes(Path.Combine(KnowledgeGraph.Rdf.RdfLoader.CurrentBuildFolder(_seeds.Output)!, KnowledgeGraph.Rdf.BinaryStore.FileName)),
                File.ReadAllBytes(Path.Combine(KnowledgeGraph.Rdf.RdfLoader.CurrentBuildFolder(again)!, KnowledgeGraph.Rdf.BinaryStore.FileName)));
        }
        finally { Directory.Delete(again, true); }
    }

    [Fact]
    public void Adding_an_article_keeps_every_existing_iri()
    {
        var partialInput = BuildTestSupport.NewTempDir("partial-in");
        var partialOut = BuildTestSupport.NewTempDir("partial-out");
        try
        {
            // Leave out the middle article, so both earlier and later ids surround the one added.
            foreach (var f in Directory.GetFiles(BuildTestSupport.Seeds).Where(f => !Path.GetFileName(f).StartsWith("002_", StringComparison.Ordinal)))
                File.Copy(f, Path.Combine(partialInput, Path.GetFileName(f)));
            var (exit, _, stderr) = BuildTestSupport.RunBuild(new[] { partialInput }, partialOut);
            Assert.True(exit == ExitCodes.Ok, stderr);
            var before = BuildTestSupport.Iris(Path.Combine(partialOut, "graph.ttl"));
            var after = BuildTestSupport.Iris(Path.Combine(_seeds.Output, "graph.ttl"));
            var lost = before.Except(after).Order(StringComparer.Ordinal).ToList();
            Assert.True(lost.Count == 0, "IRIs renamed or lost when an article was added: " + string.Join(", ", lost.Take(20)));
            Assert.True(after.Count > before.Count);
        }
        finally
        {
            Directory.Delete(partialInput, true);
            Directory.Delete(partialOut, true);
        }
    }

    [Fact]
    public void Jena_riot_accepts_the_turtle_trig_and_ntriples()
    {
        foreach (var ext in new[] { "ttl", "trig", "nt", "nq" })
        {
            var (exit, output) = BuildTestSupport.Jena("riotcmd.riot", "--validate", Path.Combine(_seeds.Output, "graph." + ext));
            Assert.True(exit == 0, $"riot --validate graph.{ext}: {output}");
        }
    }

    [Fact]
    public void The_jsonld_and_trig_dumps_hold_the_same_quads_as_the_nquads()
    {
        HashSet<string> Read(string ext, KnowledgeGraph.Rdf.IRdfReader reader)
        {
            var path = Path.Combine(_seeds.Output, "graph." + ext);
            using var text = KnowledgeGraph.Rdf.RdfText.OpenFile(path);
            return reader.Read(text, new KnowledgeGraph.Rdf.RdfReaderOptions(path)).Select(q => q.ToString()).ToHashSet(StringComparer.Ordinal);
        }
        var nq = Read("nq", new KnowledgeGraph.Rdf.NQuadsParser());
        Assert.NotEmpty(nq);
        Assert.True(nq.SetEquals(Read("trig", new KnowledgeGraph.Rdf.TriGParser())), "TriG differs from N-Quads");
        var jsonld = Read("jsonld", new KnowledgeGraph.Rdf.JsonLdParser());
        Assert.True(nq.SetEquals(jsonld), $"JSON-LD differs from N-Quads: {nq.Except(jsonld).FirstOrDefault()} / {jsonld.Except(nq).FirstOrDefault()}");
    }

    [Fact]
    public void Every_span_offset_selects_its_text_in_the_article_body()
    {
        const string Kg = "https://w3id.org/kgnews/ontology#";
        const string S = "https://schema.org/";
        var path = Path.Combine(_seeds.Output, "graph.nt");
        using var text = KnowledgeGraph.Rdf.RdfText.OpenFile(path);
        var bySubject = new KnowledgeGraph.Rdf.NTriplesParser().Read(text, new KnowledgeGraph.Rdf.RdfReaderOptions(path))
            .GroupBy(q => q.Subject).ToDictionary(g => g.Key, g => g.ToList());
        string Value(KnowledgeGraph.Rdf.INode s, string p) => ((KnowledgeGraph.Rdf.ILiteralNode)bySubject[s].First(q => ((KnowledgeGraph.Rdf.IUriNode)q.Predicate).Iri == p).Object).Value;
        int checkedSpans = 0;
        foreach (var (subject, quads) in bySubject)
        {
            if (!quads.Any(q => ((KnowledgeGraph.Rdf.IUriNode)q.Predicate).Iri == Kg + "startOffset")) continue;
            var article = quads.First(q => ((KnowledgeGraph.Rdf.IUriNode)q.Predicate).Iri == S + "isPartOf").Object;
            // Offsets count code points, as SPARQL SUBSTR does.
            var body = Value(article, S + "articleBody").EnumerateRunes().Select(r => r.ToString()).ToArray();
            int start = int.Parse(Value(subject, Kg + "startOffset")), end = int.Parse(Value(subject, Kg + "endOffset"));
            Assert.Equal(Value(subject, S + "text"), string.Concat(body[start..end]));
            checkedSpans++;
        }
        Assert.True(checkedSpans > 20, $"only {checkedSpans} spans in the seed graph");
    }

    [Fact]
    public void The_graph_conforms_to_the_shacl_shapes()
    {
        var shapes = Path.Combine(BuildTestSupport.RepoRoot, "ontology", "shapes.ttl");
        var (exit, output) = BuildTestSupport.Jena("shacl.shacl", "validate", "--shapes", shapes, "--data", Path.Combine(_seeds.Output, "graph.ttl"));
        Assert.True(exit == 0, output);
        Assert.Matches(@"sh:conforms\s+true", output);
    }

    [Fact]
    public void The_dump_carries_the_ontology_so_subclass_chains_reach_standard_classes()
    {
        var ttl = File.ReadAllText(Path.Combine(_seeds.Output, "graph.ttl"));
        Assert.Contains("kg:Quotation a owl:Class", ttl.Replace("\n    ", " "));
        Assert.Contains("schema:Quotation", ttl);
    }

    [Fact]
    public void The_trig_dump_has_one_named_graph_per_article()
    {
        var trig = File.ReadAllText(Path.Combine(_seeds.Output, "graph.trig"));
        foreach (var id in Directory.GetFiles(BuildTestSupport.Seeds, "*.txt").Select(Path.GetFileNameWithoutExtension))
            Assert.Contains("https://w3id.org/kgnews/graph/" + id, trig);
    }

    [Fact]
    public void Bad_inputs_are_reported_by_file_name_and_skipped_while_the_rest_is_built()
    {
        var input = BuildTestSupport.NewTempDir("bad-in");
        var output = BuildTestSupport.NewTempDir("bad-out");
        try
        {
            File.WriteAllText(Path.Combine(input, "good.txt"), " date 2024-05-06 Le ministre islandais des Pêches, Gunnar Olafsson, a rencontré jeudi à Reykjavik la délégation norvégienne. \"Nous avons trouvé un terrain d'entente\", a déclaré Gunnar Olafsson.", new UTF8Encoding(false));
            File.WriteAllBytes(Path.Combine(input, "empty.txt"), Array.Empty<byte>());
            File.WriteAllBytes(Path.Combine(input, "binary.txt"), new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x00, 0x10, 0x00 });
            File.WriteAllText(Path.Combine(input, "nobody.html"), "<html><head><title>Accueil</title></head><body><nav>Menu</nav></body></html>");
            File.WriteAllText(Path.Combine(input, "notext.json"), "{\"title\": \"Sans texte\", \"date\": \"2024-01-02\"}");
            File.WriteAllText(Path.Combine(input, "records.jsonl"), "{\"id\": \"r1\", \"text\": \"La maire de Gand, Lieve Claes, a annoncé mardi un nouveau plan pour les transports de la ville.\"}\n{\"id\": \"r2\", \"title\": \"pas de texte\"}\n");
            // Windows-1252 bytes (é = 0xE9) and a malformed date header.
            File.WriteAllBytes(Path.Combine(input, "latin.txt"), Encoding.Latin1.GetBytes("Le pr\u00e9sident chilien a re\u00e7u mardi \u00e0 Santiago son homologue p\u00e9ruvien pour parler du commerce."));
            File.WriteAllText(Path.Combine(input, "baddate.txt"), " date 2024-13-45 La ministre danoise de la Culture a inauguré lundi un musée à Aarhus, a indiqué son cabinet.");
            using (var big = File.Create(Path.Combine(input, "huge.txt")))
            {
                var line = Encoding.UTF8.GetBytes(new string('a', 1023) + "\n");
                for (int i = 0; i < 50 * 1024; i++) big.Write(line);
            }
            var (exit, stdout, stderr) = BuildTestSupport.RunBuild(new[] { input }, output);
            Assert.Equal(ExitCodes.PartialFailure, exit);
            foreach (var name in new[] { "empty.txt", "binary.txt", "nobody.html", "notext.json", "records.jsonl", "huge.txt" })
                Assert.Contains(Path.Combine(input, name), stderr);
            // Windows-1252 and the malformed date are repaired with a warning (the ingest's documented choice), still named.
            Assert.Contains("latin.txt", stderr);
            Assert.Contains("baddate.txt", stderr);
            Assert.True(File.Exists(Path.Combine(output, "graph.ttl")));
            var ttl = File.ReadAllText(Path.Combine(output, "graph.ttl"));
            Assert.Contains("article:good", ttl);
            Assert.Contains("article:r1", ttl);
            Assert.Contains("article:latin", ttl);
            Assert.Matches(@"skipped:\s+[1-9]", stdout);
        }
        finally
        {
            Directory.Delete(input, true);
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public void Folders_are_read_recursively()
    {
        var input = BuildTestSupport.NewTempDir("tree");
        var output = BuildTestSupport.NewTempDir("tree-out");
        try
        {
            Directory.CreateDirectory(Path.Combine(input, "2024", "mai"));
            File.WriteAllText(Path.Combine(input, "top.txt"), "La présidente de la Banque centrale, Ingrid Larsen, a parlé mardi à Oslo.");
            File.WriteAllText(Path.Combine(input, "2024", "mai", "deep.txt"), "Le maire de Turku, Mikko Virtanen, a reçu lundi une délégation estonienne.");
            var (exit, _, stderr) = BuildTestSupport.RunBuild(new[] { input }, output);
            Assert.True(exit == ExitCodes.Ok, stderr);
            var ttl = File.ReadAllText(Path.Combine(output, "graph.ttl"));
            Assert.Contains("article:deep", ttl);
            Assert.Contains("article:top", ttl);
        }
        finally
        {
            Directory.Delete(input, true);
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public void An_explicit_manifest_fills_metadata_the_article_does_not_give()
    {
        var input = BuildTestSupport.NewTempDir("manifest-in");
        var output = BuildTestSupport.NewTempDir("manifest-out");
        try
        {
            File.WriteAllText(Path.Combine(input, "n1.txt"), "Le maire de Turku, Mikko Virtanen, a reçu lundi une délégation estonienne.");
            var manifest = Path.Combine(output, "elsewhere.json");
            File.WriteAllText(manifest, "{ \"n1\": { \"outlet\": \"La Gazette du Nord\", \"author\": \"unknown\", \"date\": \"2023-04\" } }");
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int exit = BuildCommand.Run(new[] { input }, output, "ttl", manifest, stdout, stderr, CancellationToken.None);
            Assert.True(exit == ExitCodes.Ok, stderr.ToString());
            var ttl = File.ReadAllText(Path.Combine(output, "graph.ttl"));
            Assert.Contains("organization:la-gazette-du-nord", ttl);
            Assert.Contains("\"2023-04\"^^xsd:gYearMonth", ttl);
            Assert.DoesNotContain("schema:author", ttl);
        }
        finally
        {
            Directory.Delete(input, true);
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public void An_unknown_format_is_an_input_error()
    {
        var (exit, _, stderr) = BuildTestSupport.RunBuild(new[] { BuildTestSupport.Seeds }, Path.Combine(Path.GetTempPath(), "kg-build-tests", "never-written"), "ttl,docx");
        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("docx", stderr);
    }
}

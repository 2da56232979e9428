using System.Text;
using KnowledgeGraph.Cli.Commands;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Build;

/// <summary>kg build on the text real corpora carry: emoji, combining accents, bidirectional marks, UTF-16 files,
/// binary files and scraped pages that share a file name.</summary>
public sealed class UnusualInputTests
{
    [Fact]
    public void Unusual_text_is_built_binary_files_are_skipped_with_exit_1_and_same_named_pages_are_separate_articles()
    {
        var input = BuildTestSupport.NewTempDir("unusual-in");
        var output = BuildTestSupport.NewTempDir("unusual-out");
        try
        {
            File.WriteAllText(Path.Combine(input, "tweet.txt"),
                " date 2025-03-04\nLe maire de Lille, Arnaud Vercamer, a salué la victoire 🎉🇫🇷. « Quelle soirée 👨\u200D👩\u200D👧 ! », a déclaré Arnaud Vercamer sur X 😀.",
                new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(input, "bidi.txt"),
                " date 2025-03-04\nLe président palestinien Mahmoud\u200F Abbas a reçu mardi le ministre Rene\u0301 Dupre\u0301. « Nous avons parlé de paix », a déclaré Mahmoud Abbas.",
                new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(input, "wide.txt"), " date 2025-03-04\nLa ministre Solène Garnier a déclaré : « Le budget sera tenu. »", new UnicodeEncoding(false, true));
            File.WriteAllBytes(Path.Combine(input, "image.txt"), new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D });
            Directory.CreateDirectory(Path.Combine(input, "sport"));
            Directory.CreateDirectory(Path.Combine(input, "politique"));
            File.WriteAllText(Path.Combine(input, "sport", "index.txt"), " date 2025-03-05\nL'entraîneur Marc Janvier a parlé.");
            File.WriteAllText(Path.Combine(input, "politique", "index.txt"), " date 2025-03-05\nLa sénatrice Odile Berthier a parlé.");

            var (exit, stdout, stderr) = BuildTestSupport.RunBuild(new[] { input }, output, "ttl,nt");
            Assert.Equal(ExitCodes.PartialFailure, exit);
            Assert.Contains(Path.Combine(input, "image.txt") + "@8: skipped: binary file", stderr);
            Assert.Matches(@"skipped:\s+1\b", stdout);
            var ttl = File.ReadAllText(Path.Combine(output, "graph.ttl"));
            foreach (var id in new[] { "tweet", "bidi", "wide", "politique_index", "sport_index" }) Assert.Contains("article:" + id, ttl);
            Assert.Contains("\"Mahmoud Abbas\"@fr", ttl);
            Assert.Contains("\"René Dupré\"@fr", ttl);
            Assert.Contains("\"Solène Garnier\"@fr", ttl);
            // invisible marks stay in the published body, never in a name
            Assert.DoesNotContain(ttl.Split('\n'), line => line.Contains("Label", StringComparison.Ordinal) && line.Contains('\u200F'));
            Assert.DoesNotContain(ttl.Split('\n'), line => line.Contains("label", StringComparison.Ordinal) && line.Contains('\u200F'));
        }
        finally
        {
            Directory.Delete(input, true);
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public void Offsets_point_into_the_text_as_published_even_when_normalization_changed_it()
    {
        var input = BuildTestSupport.NewTempDir("offsets-in");
        var output = BuildTestSupport.NewTempDir("offsets-out");
        try
        {
            // decomposed accents and a right-to-left mark before the quotation: the normalized text is shorter
            File.WriteAllText(Path.Combine(input, "a.txt"),
                " date 2025-03-04\nLe ministre Rene\u0301 Dupre\u0301\u200F a déclaré 😀 : « Nous ne ce\u0301derons pas », a ajouté le ministre.",
                new UTF8Encoding(false));
            var (exit, _, stderr) = BuildTestSupport.RunBuild(new[] { input }, output, "ttl,nt");
            Assert.True(exit == ExitCodes.Ok, stderr);
            const string Kg = "https://w3id.org/kgnews/ontology#";
            const string S = "https://schema.org/";
            var path = Path.Combine(output, "graph.nt");
            using var text = KnowledgeGraph.Rdf.RdfText.OpenFile(path);
            var quads = new KnowledgeGraph.Rdf.NTriplesParser().Read(text, new KnowledgeGraph.Rdf.RdfReaderOptions(path)).ToList();
            string? Value(KnowledgeGraph.Rdf.INode s, string p) =>
                quads.Where(q => q.Subject.Equals(s) && ((KnowledgeGraph.Rdf.IUriNode)q.Predicate).Iri == p)
                    .Select(q => (q.Object as KnowledgeGraph.Rdf.ILiteralNode)?.Value).FirstOrDefault();
            var body = Value(quads.First(q => ((KnowledgeGraph.Rdf.IUriNode)q.Predicate).Iri == S + "articleBody").Subject, S + "articleBody")!;
            Assert.Contains("Rene\u0301", body); // the body is kept as published
            var runes = body.EnumerateRunes().Select(r => r.ToString()).ToArray();
            var quotation = quads.First(q => q.Object is KnowledgeGraph.Rdf.ILiteralNode l && l.Value == "Nous ne céderons pas"
                && quads.Any(o => o.Subject.Equals(q.Subject) && ((KnowledgeGraph.Rdf.IUriNode)o.Predicate).Iri == Kg + "startOffset")).Subject;
            int start = int.Parse(Value(quotation, Kg + "startOffset")!), end = int.Parse(Value(quotation, Kg + "endOffset")!);
            Assert.Equal("Nous ne ce\u0301derons pas", string.Concat(runes[start..end]));
        }
        finally
        {
            Directory.Delete(input, true);
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public void A_build_that_reads_no_article_leaves_the_output_folder_untouched()
    {
        var output = BuildTestSupport.NewTempDir("untouched-out");
        try
        {
            var graph = Path.Combine(output, "graph.ttl");
            File.WriteAllText(graph, "# an earlier build\n");
            var (exit, _, stderr) = BuildTestSupport.RunBuild(new[] { Path.Combine(output, "no-such-folder") }, output);
            Assert.Equal(ExitCodes.InputError, exit);
            Assert.Contains("left unchanged", stderr);
            Assert.Equal("# an earlier build\n", File.ReadAllText(graph));
        }
        finally
        {
            Directory.Delete(output, true);
        }
    }
}

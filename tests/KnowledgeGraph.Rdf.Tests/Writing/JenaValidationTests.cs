using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Rdf.Tests.W3c;
using Xunit;

namespace KnowledgeGraph.Rdf.Tests.Writing;

/// <summary>
/// An independent check of the writers: what this project writes as Turtle, N-Triples and TriG must
/// pass Apache Jena's strict validator (riot --validate) and raptor's rapper. The inputs are the
/// expected graphs of the W3C evaluation tests plus a French graph with accents, guillemets, quotes,
/// line breaks, nested blank nodes, lists and language tags. Needs java and the classpath that
/// scripts/install-tools.sh writes to .tools/jena.classpath (the test script runs it first).
/// </summary>
public sealed class JenaValidationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kg-jena-validate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(RdfFormat.Turtle, "turtle")]
    [InlineData(RdfFormat.NTriples, "ntriples")]
    [InlineData(RdfFormat.TriG, "trig")]
    public void RiotStrictValidatorAcceptsWhatWeWrite(RdfFormat format, string riotSyntax)
    {
        var files = WriteSamples(format);
        var (exit, output) = Run("java", ["-cp", JenaClasspath(), "riotcmd.riot", "--validate", "--strict", "--syntax=" + riotSyntax, .. files]);
        // riot exits 1 on warnings too. Warnings about the content of terms (IRIs that break a scheme's
        // own rules, U+FFFD in a string) come from the W3C data itself, which is meant to hold them;
        // every syntax problem is an ERROR. The "File:" lines tell which file a message is about.
        var problems = output.Split('\n')
            .Where(l => l.Contains(" ERROR ") || l.Contains(" WARN ") && !IsContentWarning(l))
            .ToList();
        var report = string.Join("\n", output.Split('\n').Where(l => l.Contains("File:") || problems.Contains(l)));
        Assert.True(problems.Count == 0 && (exit == 0 || output.Contains(" WARN ")),
            $"riot --validate rejected {format} output (exit {exit}):\n{report}");
        Assert.Contains($"File: {files[^1]}", output);
    }

    /// <summary>
    /// JSON-LD has no validator switch in riot; instead Jena reads what we write (its JSON-LD 1.0 reader,
    /// jsonld-java: Debian ships no JSON-P implementation for the 1.1 reader) and writes N-Quads, which must
    /// be the graph we started from. Compacted and expanded forms, named graphs included.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void JenaReadsOurJsonLdAsTheSameGraph(bool compact)
    {
        var samples = new List<(string Name, List<Quad> Quads)>
        {
            ("french", FrenchGraph()),
            ("named-graphs", WriterTestData.Rich(withNamedGraphs: true)),
        };
        var failures = new StringBuilder();
        foreach (var (name, quads) in samples)
        {
            var path = Path.Combine(_dir, $"{name}-{(compact ? "compact" : "expanded")}.jsonld");
            AtomicFile.WriteText(path, w => new JsonLdWriter().Write(w, quads, new RdfWriterOptions(WriterTestData.ExPrefixes, JsonLdCompact: compact)));
            var (exit, output) = Run("java", ["-cp", JenaClasspath(), "riotcmd.riot", "--syntax=jsonld10", "--output=nq", path]);
            if (exit != 0) { failures.Append($"--- {name}: riot exit {exit}\n{output}\n"); continue; }
            var fromJena = new NQuadsParser().Read(new StringReader(string.Join("\n",
                output.Split('\n').Where(l => l.StartsWith('<') || l.StartsWith("_:", StringComparison.Ordinal)))), new RdfReaderOptions(path)).ToList();
            // JSON-LD 1.0 lowercases language tags; RDF 1.1 compares them case-insensitively anyway.
            var difference = GraphIsomorphism.ExplainDifference(quads.Select(LowerLanguage).Distinct(), fromJena.Select(LowerLanguage));
            if (difference is not null) failures.Append($"--- {name}: Jena read a different graph:\n{difference}\n");
        }
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static Quad LowerLanguage(Quad q) => q.Object is ILiteralNode { Language.Length: > 0 } l
        ? q with { Object = new LiteralNode(l.Value, null, l.Language.ToLowerInvariant()) }
        : q;

    private static bool IsContentWarning(string line) =>
        line.Contains("Bad IRI:") || line.Contains("Illegal character in IRI") || line.Contains("Unicode replacement character");

    /// <remarks>Not TriG: rapper 2.0 implements the 2004 TriG draft (no default-graph statements outside
    /// braces, no blank node graph names), so it rejects valid TriG 1.1.</remarks>
    [Theory]
    [InlineData(RdfFormat.Turtle, "turtle")]
    [InlineData(RdfFormat.NTriples, "ntriples")]
    public void RapperAcceptsWhatWeWriteAndCountsTheSameTriples(RdfFormat format, string rapperSyntax)
    {
        Assert.True(File.Exists("/usr/bin/rapper"), "rapper is not installed: run scripts/install-tools.sh (package raptor2-utils)");
        var failures = new StringBuilder();
        foreach (var file in WriteSamples(format))
        {
            var (exit, output) = Run("rapper", ["-i", rapperSyntax, "-c", file, "http://example.org/base/"]);
            long expected = File.ReadAllLines(file + ".count").Select(long.Parse).Single();
            if (exit != 0 || !output.Contains($"returned {expected} ", StringComparison.Ordinal) && !(expected == 0 && output.Contains("returned 0")))
                failures.Append($"--- {Path.GetFileName(file)} (expected {expected} statements): {output}\n{File.ReadAllText(file)}\n");
        }
        Assert.True(failures.Length == 0, failures.ToString());
    }

    /// <summary>Writes the sample graphs in <paramref name="format"/>; beside each file, its statement count.</summary>
    private List<string> WriteSamples(RdfFormat format)
    {
        var samples = new List<(string Name, List<Quad> Quads, IReadOnlyList<KeyValuePair<string, string>> Prefixes)>
        {
            ("french", FrenchGraph(), WriterTestData.ExPrefixes),
        };
        foreach (var suite in format == RdfFormat.TriG ? new[] { "rdf-trig" } : ["rdf-turtle"])
        {
            foreach (var entry in W3cManifest.Load(RepoPaths.Rdf11Suite(suite)))
            {
                if (!entry.Type.EndsWith("Eval", StringComparison.Ordinal) || entry.Type.EndsWith("NegativeEval", StringComparison.Ordinal)) continue;
                var prefixes = new NamespaceMap();
                using (var reader = RdfText.OpenFile(entry.ActionPath))
                    RdfFormats.CreateReader(format == RdfFormat.TriG ? RdfFormat.TriG : RdfFormat.Turtle)
                        .Read(reader, new RdfReaderOptions(entry.ActionPath, entry.ActionBaseIri, "", prefixes)).ToList();
                var resultFormat = entry.ResultPath!.EndsWith(".nq", StringComparison.Ordinal) ? RdfFormat.NQuads : RdfFormat.NTriples;
                using var resultReader = RdfText.OpenFile(entry.ResultPath);
                var quads = RdfFormats.CreateReader(resultFormat).Read(resultReader, new RdfReaderOptions(entry.ResultPath)).ToList();
                samples.Add((suite + "-" + entry.Id, quads, prefixes.Entries));
            }
        }
        var files = new List<string>();
        foreach (var (name, quads, prefixes) in samples)
        {
            var path = Path.Combine(_dir, name + RdfFormats.Extension(format));
            AtomicFile.WriteText(path, w => RdfFormats.CreateWriter(format).Write(w, quads, new RdfWriterOptions(prefixes)));
            File.WriteAllText(path + ".count", quads.Distinct().Count().ToString());
            files.Add(path);
        }
        return files;
    }

    private static List<Quad> FrenchGraph()
    {
        var quads = WriterTestData.Rich(withNamedGraphs: false);
        var ex = WriterTestData.U;
        quads.AddRange(
        [
            new Quad(ex("article/1"), ex("titre"), new LiteralNode("« Le Président s'est rendu à Moscou »", language: "fr")),
            new Quad(ex("article/1"), ex("texte"), new LiteralNode("Première ligne.\nDeuxième ligne « entre guillemets ».\r\nTroisième : l'été, où ?", language: "fr-FR")),
            new Quad(ex("article/1"), ex("citation"), new LiteralNode("Il a dit : \"Ça suffit\" — et \"\"\"trois\"\"\"\"", language: "fr")),
            new Quad(ex("article/1"), ex("date"), new LiteralNode("2025-08-15", Vocabulary.XsdDate)),
            new Quad(ex("article/1"), ex("heure"), new LiteralNode("2025-08-15T10:30:00+02:00", Vocabulary.XsdDateTime)),
            new Quad(ex("article/1"), ex("source"), new UriNode("http://example.org/sources/le-monde#édition-du-soir")),
            new Quad(ex("article/1"), ex("lieu"), new UriNode("http://example.org/lieux/Saint-Étienne")),
            new Quad(ex("article/1"), ex("vide"), new LiteralNode("")),
            new Quad(ex("article/1"), ex("antislash"), new LiteralNode("C:\\chemin\\fichier\n")),
        ]);
        return quads;
    }

    private static string JenaClasspath()
    {
        var file = Path.Combine(RepoPaths.RepoRoot(), ".tools", "jena.classpath");
        Assert.True(File.Exists(file), $"{file} is missing: run scripts/install-tools.sh first (it installs Jena and writes the classpath)");
        var classpath = File.ReadAllText(file).Trim();
        // The classpath binds SLF4J to its no-op logger, which also silences riot's error messages;
        // the simple logger prints them, so a failure says what Jena objected to.
        const string nop = "/usr/share/java/slf4j-nop.jar", simple = "/usr/share/java/slf4j-simple.jar";
        return File.Exists(simple) ? classpath.Replace(nop, simple) : classpath;
    }

    private static (int Exit, string Output) Run(string program, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"cannot run {program}: {e.Message} (install it with scripts/install-tools.sh)");
            throw;
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{program} did not finish within 3 minutes");
            }
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
    }
}

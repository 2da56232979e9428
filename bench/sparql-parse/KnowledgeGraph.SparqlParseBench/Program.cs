using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Syntax;

// Parses every query file given (query text → algebra) for a number of rounds after one warm-up
// round, and prints "queries parsed, seconds, queries/s, allocated MB" on one line, so that
// bench/sparql-parse/run.sh can print it beside Jena ARQ's parser on the same files.
if (args.Length >= 1 && args[0] == "--print-algebra")
{
    // For compare-algebra.sh: each query file's algebra in SSE, after a "#### path" line.
    foreach (var path in File.ReadAllLines(args[1]))
    {
        Console.WriteLine("#### " + path);
        try
        {
            Console.WriteLine(KnowledgeGraph.Sparql.Algebra.AlgebraPrinter.Print(
                SparqlParser.ParseQuery(File.ReadAllText(path), new Uri(path).AbsoluteUri).Algebra));
        }
        catch (SparqlSyntaxException)
        {
            Console.WriteLine("REJECT");
        }
    }
    return 0;
}
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: SparqlParseBench ROUNDS FILE... | --print-algebra LISTFILE");
    return 2;
}
int rounds = int.Parse(args[0], CultureInfo.InvariantCulture);
var texts = args.Skip(1).Select(path => (Path: path, Text: File.ReadAllText(path), Update: path.EndsWith(".ru", StringComparison.Ordinal))).ToList();

int ParseAll()
{
    int ok = 0;
    foreach (var (path, text, update) in texts)
    {
        try
        {
            if (update) SparqlParser.ParseUpdate(text, "file://" + path);
            else SparqlParser.ParseQuery(text, "file://" + path);
            ok++;
        }
        catch (SparqlSyntaxException)
        {
            // Negative syntax tests are part of the input on purpose: rejecting costs time too.
        }
    }
    return ok;
}

int accepted = ParseAll();
long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var watch = Stopwatch.StartNew();
for (int r = 0; r < rounds; r++) ParseAll();
watch.Stop();
long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
long parsed = (long)rounds * texts.Count;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{parsed} {watch.Elapsed.TotalSeconds:F3} {parsed / watch.Elapsed.TotalSeconds:F0} {allocated / 1e6:F1} accepted={accepted}/{texts.Count}"));
return 0;

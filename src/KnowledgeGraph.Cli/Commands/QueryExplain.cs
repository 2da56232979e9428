using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg query --explain`: prints the optimised algebra and the evaluator's plan over the loaded data, without running the query.</summary>
public static class QueryExplain
{
    public static int Run(string[] dataPaths, string queryArgument, bool unionDefaultGraph, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        string source = queryArgument;
        try
        {
            var (text, src) = QueryOptionParsing.ReadTextOrFile(queryArgument, "query");
            source = src;
            var store = QueryCommand.LoadData(dataPaths, stderr, ct);
            stdout.Write(new SparqlQueryProcessor(store).Explain(text, new SparqlQueryOptions(UnionDefaultGraph: unionDefaultGraph)));
            return ExitCodes.Ok;
        }
        catch (Exception e) when (QueryCommand.ReportsAs(e, source, stderr) is { } code)
        {
            return code;
        }
    }
}

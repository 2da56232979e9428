using BenchmarkDotNet.Running;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Micro-benchmarks of the hot paths (BenchmarkDotNet). The side-by-side comparisons with peer
/// tools (rapper, Jena riot and ARQ, a naive Neo4j loader) are the `kg bench ...` commands and the
/// scripts in bench/; these measure our own code in isolation, e.g.
/// <c>dotnet run -c Release --project bench/KnowledgeGraph.Benchmarks -- --filter '*'</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

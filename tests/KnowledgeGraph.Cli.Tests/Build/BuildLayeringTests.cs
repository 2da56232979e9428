using System.Reflection;
using KnowledgeGraph.Build;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Build;

/// <summary>
/// The build is a library (issue 13): the Build assembly sits below the command line and the server, so that
/// <c>kg build</c>, <c>kg build --update</c> and the server can all call it. It may use the layers under it
/// (Rdf, Extraction, Mapping), never the CLI, the server, a command-line parser, a console UI or HTTP.
/// </summary>
public sealed class BuildLayeringTests
{
    private static readonly string[] Forbidden =
        ["kg", "KnowledgeGraph.Cli", "KnowledgeGraph.Server", "KnowledgeGraph.Neo4j", "System.CommandLine", "Spectre.Console", "System.Net.Http"];

    [Fact]
    public void BuildReferencesNoCommandLineNoServerNoHttp()
    {
        var refs = typeof(GraphBuilder).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        // the test would pass vacuously if it looked at the wrong assembly: the layers below must be there
        Assert.Contains("KnowledgeGraph.Extraction", refs);
        Assert.Contains("KnowledgeGraph.Mapping", refs);
        var bad = refs.Where(r => Forbidden.Contains(r) || r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)).ToList();
        Assert.True(bad.Count == 0, "KnowledgeGraph.Build must not know the command line or HTTP, but references: " + string.Join(", ", bad));
    }

    [Fact]
    public void BuildTypesDoNotTouchTheConsole()
    {
        // Printing is the caller's job: the builder reports through its result and the progress callback.
        var consoleUsers = typeof(GraphBuilder).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetMethodBody() is { } body && UsesConsole(m))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();
        Assert.True(consoleUsers.Count == 0, "Build writes to the console in: " + string.Join(", ", consoleUsers));
    }

    /// <summary>True when the method's IL calls a member of System.Console (call/callvirt tokens resolved in its module).</summary>
    private static bool UsesConsole(MethodInfo m)
    {
        var il = m.GetMethodBody()!.GetILAsByteArray() ?? [];
        for (int i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] is not (0x28 or 0x6F)) continue; // call, callvirt
            int token = BitConverter.ToInt32(il, i + 1);
            try
            {
                if (m.Module.ResolveMethod(token) is { DeclaringType: { } t } && t == typeof(Console)) return true;
            }
            catch (Exception e) when (e is ArgumentException or BadImageFormatException or TypeLoadException) { }
        }
        return false;
    }
}

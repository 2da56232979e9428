using System.Text;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Benchmarks;

/// <summary>N-Triples parsing and Turtle writing of a French-literal graph held in memory (no disk in the loop).</summary>
[MemoryDiagnoser]
public class RdfIoBenchmarks
{
    private string _ntriples = "";
    private List<Quad> _quads = new();

    [Params(100_000)]
    public int Triples { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < Triples; i++)
        {
            var s = $"<https://w3id.org/kgnews/id/person/p{i / 5}>";
            sb.Append(s).Append((i % 5) switch
            {
                0 => " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://xmlns.com/foaf/0.1/Person> .\n",
                1 => $" <http://www.w3.org/2000/01/rdf-schema#label> \"Élodie Lefèvre-Ďurić {i}\"@fr .\n",
                2 => $" <https://schema.org/description> \"« C'est une bonne chose », a-t-elle déclaré {i}\"@fr .\n",
                3 => $" <https://schema.org/birthDate> \"19{i % 90 + 10}-0{i % 9 + 1}-1{i % 9}\"^^<http://www.w3.org/2001/XMLSchema#date> .\n",
                _ => $" <http://www.w3.org/ns/org#holds> <https://w3id.org/kgnews/id/post/x{i % 1000}> .\n",
            });
        }
        _ntriples = sb.ToString();
        _quads = new NTriplesParser().Read(new StringReader(_ntriples), new RdfReaderOptions()).ToList();
    }

    [Benchmark]
    public int ParseNTriples()
    {
        int n = 0;
        foreach (var _ in new NTriplesParser().Read(new StringReader(_ntriples), new RdfReaderOptions())) n++;
        return n;
    }

    [Benchmark]
    public int WriteTurtle()
    {
        var w = new StringWriter();
        new TurtleWriter().Write(w, _quads, new RdfWriterOptions());
        return w.GetStringBuilder().Length;
    }

    [Benchmark]
    public long LoadStore()
    {
        var store = new MemoryStore();
        store.AddRange(_quads);
        return store.Count;
    }
}

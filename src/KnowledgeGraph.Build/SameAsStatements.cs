using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Mapping;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Build;

/// <summary>The <c>owl:sameAs</c> statements of keys retired by a proven merge (see <see cref="KeyStabilizer"/>).</summary>
public static class SameAsStatements
{
    /// <summary>Each retired IRI owl:sameAs the IRI that kept its entity, in the default graph.</summary>
    public static MappingResult Add(MappingResult mapping, IReadOnlyList<KeyMerge> merges, IReadOnlyList<Entity> entities)
    {
        if (merges.Count == 0) return mapping;
        var quads = mapping.Quads.ToList();
        quads.AddRange(Quads(merges, entities));
        quads.Sort(NodeComparer.Instance);
        return mapping with { Quads = quads.Distinct().ToList() };
    }

    public static IEnumerable<Quad> Quads(IReadOnlyList<KeyMerge> merges, IReadOnlyList<Entity> entities)
    {
        if (merges.Count == 0) yield break;
        var iris = new IriScheme();
        var sameAs = new UriNode(KgTerms.Owl + "sameAs");
        string Iri(KeyGroup g, string? kind, string key) => g switch
        {
            KeyGroup.Meeting => iris.Meeting(key),
            KeyGroup.Claim => iris.Claim(key),
            _ => iris.Entity(Enum.TryParse<EntityKind>(kind, ignoreCase: true, out var ek) ? ek : EntityKind.Person, key),
        };
        var kinds = entities.ToDictionary(e => e.Key, e => e.Kind.ToString(), StringComparer.Ordinal);
        foreach (var m in merges)
        {
            // the kept entity may be of another kind than the retired one was: its IRI is the one the mapping wrote
            var keptKind = m.Group == KeyGroup.Entity && kinds.TryGetValue(m.KeptKey, out var k) ? k : m.RetiredKind;
            yield return new Quad(new UriNode(Iri(m.Group, m.RetiredKind, m.RetiredKey)), sameAs, new UriNode(Iri(m.Group, keptKind, m.KeptKey)));
        }
    }
}

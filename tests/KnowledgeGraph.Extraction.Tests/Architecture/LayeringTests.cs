namespace KnowledgeGraph.Extraction.Tests.Architecture;

/// <summary>
/// The extraction assembly's layering (issue 9): the language layer (Language/) uses nothing above it, and the
/// component folders read the document, the model and the language layer, never each other's types. Today's
/// exceptions are listed in <see cref="KnownViolations"/> as debt: a new exception fails the test, and so does a
/// listed one that no longer occurs (remove its line).
/// </summary>
public sealed class LayeringTests
{
    private const string Root = "KnowledgeGraph.Extraction";

    /// <summary>Folders of extractors and resolvers: none may use another's types.</summary>
    private static readonly string[] Components = ["Entities", "Posts", "Events", "Claims", "Dates", "Resolution"];

    /// <summary>What every component may use besides its own folder: the document, the model, the language layer, the resources.</summary>
    private static readonly string[] Shared = ["Model", "Pipeline", "Language", "Tokenization", "(root)", "(other)"];

    /// <summary>Pipeline types the language layer may use: the document and its tokens, the component interface.</summary>
    private static readonly string[] LanguageMayUseFromPipeline =
        [$"{Root}.Pipeline.AnalyzedDocument", $"{Root}.Pipeline.Token", $"{Root}.Pipeline.TokenKind", $"{Root}.Pipeline.IDocumentComponent"];

    /// <summary>
    /// "SourceFolder -> referenced type" pairs found on 2026-12-06 (commit of this test). Each line is debt, to remove:
    /// the shared piece belongs in Language/, Model/ or Pipeline/ (or in a data file), or the caller reads a document
    /// layer instead of calling another component.
    /// </summary>
    private static readonly HashSet<string> KnownViolations = new(StringComparer.Ordinal)
    {
        // to remove: Claims reads dates through the date recognizer's types instead of the document's Dates layer
        "Claims -> KnowledgeGraph.Extraction.Dates.DateExpression",   // ClaimExtractor
        "Claims -> KnowledgeGraph.Extraction.Dates.DateExpressionKind",   // ClaimExtractor
        "Claims -> KnowledgeGraph.Extraction.Dates.DateResolver",   // ClaimExtractor
        "Claims -> KnowledgeGraph.Extraction.Dates.TemporalDirection",   // ClaimExtractor
        // to remove: gazetteers, role phrases and the token trie are shared knowledge (Language/ or a Pipeline layer)
        "Claims -> KnowledgeGraph.Extraction.Entities.CountryInfo",   // SpeakerFinder
        "Claims -> KnowledgeGraph.Extraction.Entities.GazetteerSet",   // ClaimExtractor, SpeakerFinder
        "Claims -> KnowledgeGraph.Extraction.Entities.RolePhrase",   // ClaimExtractor, SpeakerFinder
        "Claims -> KnowledgeGraph.Extraction.Entities.TokenTrie`1",   // ClaimExtractor, SpeakerFinder
        // to remove: the entity recognizer calls the post extractor's helpers
        "Entities -> KnowledgeGraph.Extraction.Posts.PostExtractor",   // EntityRecognizer
        // to remove: meetings use the claim extractor's text helpers, quotation and speaker finders
        "Events -> KnowledgeGraph.Extraction.Entities.RolePhrase",   // AttendeeCollector (role phrases are a document layer: move the type to Pipeline/)
        "Posts -> KnowledgeGraph.Extraction.Entities.TokenTrie`1",   // PluralTitles (the trie is generic: move it to Language/)
        "Events -> KnowledgeGraph.Extraction.Claims.FrenchText",   // DurationParser, MeetingExtractor, MeetingLexicon, MeetingMerger
        "Events -> KnowledgeGraph.Extraction.Claims.PhraseLexicon`1",   // MeetingExtractor, MeetingLexicon
        "Events -> KnowledgeGraph.Extraction.Claims.Quotation",   // MeetingExtractor
        "Events -> KnowledgeGraph.Extraction.Claims.QuotationFinder",   // MeetingExtractor
        "Events -> KnowledgeGraph.Extraction.Claims.SpeakerFinder",   // MeetingExtractor
        "Events -> KnowledgeGraph.Extraction.Claims.WordScanner",   // DurationParser, MeetingExtractor
        // to remove: meetings read dates through the date recognizer's types
        "Events -> KnowledgeGraph.Extraction.Dates.DateExpression",   // MeetingExtractor, MeetingMerger
        "Events -> KnowledgeGraph.Extraction.Dates.DateExpressionKind",   // MeetingExtractor
        "Events -> KnowledgeGraph.Extraction.Dates.DateResolver",   // MeetingExtractor
        "Events -> KnowledgeGraph.Extraction.Dates.TemporalDirection",   // MeetingExtractor
        // to remove: posts use the entity recognizer's gazetteers and role phrases
        "Posts -> KnowledgeGraph.Extraction.Entities.CountryInfo",   // PostAssembler, PostExtractor
        "Posts -> KnowledgeGraph.Extraction.Entities.GazetteerEntry",   // PostContext: an org-title row names a listed organization (the set's entry type)
        "Posts -> KnowledgeGraph.Extraction.Entities.GazetteerSet",   // PostAssembler, PostExtractor
        "Posts -> KnowledgeGraph.Extraction.Entities.RelationEntry",   // PostExtractor
        "Posts -> KnowledgeGraph.Extraction.Entities.RoleEntry",   // PostExtractor
        "Posts -> KnowledgeGraph.Extraction.Entities.RolePhrase",   // PostExtractor
        // to remove: resolution uses the gazetteers and the post assembler
        "Resolution -> KnowledgeGraph.Extraction.Entities.CountryInfo",   // EntityResolver
        "Resolution -> KnowledgeGraph.Extraction.Entities.GazetteerEntry",   // EntityResolver
        "Resolution -> KnowledgeGraph.Extraction.Entities.GazetteerSet",   // EntityResolver
        "Resolution -> KnowledgeGraph.Extraction.Posts.PostAssembler",   // EntityResolver
    };

    [Fact]
    public void LanguageLayerUsesNothingAboveIt()
    {
        var bad = new List<string>();
        foreach (var (type, refs) in References())
        {
            if (Folder(type) != "Language") continue;
            foreach (var r in refs)
            {
                var folder = Folder(r);
                bool ok = folder is "Language" or "Model" or "Tokenization" or "(root)" or "(other)"
                          || (folder == "Pipeline" && LanguageMayUseFromPipeline.Contains(Name(r)));
                if (!ok) bad.Add($"{Name(type)} -> {Name(r)}");
            }
        }
        Assert.True(bad.Count == 0, "Language/ must not use components or pipeline orchestration:\n" + string.Join("\n", bad.Distinct().Order()));
    }

    [Fact]
    public void ComponentFoldersDoNotUseEachOther()
    {
        var found = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (type, refs) in References())
        {
            var from = Folder(type);
            if (!Components.Contains(from)) continue;
            foreach (var r in refs)
            {
                var to = Folder(r);
                if (to == from || Shared.Contains(to)) continue;
                var key = $"{from} -> {Name(r)}";
                if (!found.TryGetValue(key, out var users)) found[key] = users = new SortedSet<string>(StringComparer.Ordinal);
                users.Add(Name(Outermost(type)));
            }
        }
        var added = found.Keys.Where(k => !KnownViolations.Contains(k)).Select(k => $"  \"{k}\",   // used by {string.Join(", ", found[k])}").ToList();
        var stale = KnownViolations.Where(k => !found.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(added.Count == 0,
            "New dependency between component folders (read a document layer, or move the shared piece to Language/, Model/ or Pipeline/):\n"
            + string.Join("\n", added));
        Assert.True(stale.Count == 0, "Fixed, remove from KnownViolations:\n" + string.Join("\n", stale));
    }

    private static Dictionary<Type, HashSet<Type>> References() => TypeReferences.Of(typeof(ExtractionResources).Assembly);

    private static Type Outermost(Type t)
    {
        while (t.DeclaringType is not null) t = t.DeclaringType;
        return t;
    }

    private static string Name(Type t) => Outermost(t).FullName!;

    private static string Folder(Type t)
    {
        var ns = t.Namespace ?? "";
        if (ns == Root) return "(root)";
        if (!ns.StartsWith(Root + ".", StringComparison.Ordinal)) return "(other)"; // compiler-generated (<PrivateImplementationDetails>)
        var rest = ns[(Root.Length + 1)..];
        int dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }
}

using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Ingest;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tests.Claims;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>
/// The five seed articles, ingested by the real ingest, with entity mentions tagged by hand (the people,
/// organizations and places a careful reader sees), so the meeting and claim stages are measured on
/// their own. Names of seed people appear here, in tests only, never in source code.
/// </summary>
public sealed class SeedCorpus
{
    public static readonly Tag[] Tags =
    [
        new("Donald Trump", EntityKind.Person, "trump"), new("Trump", EntityKind.Person, "trump"),
        new("président américain", EntityKind.Person, "trump", MentionForm.Role),
        new("Vladimir Poutine", EntityKind.Person, "putin"), new("Vladuimir Poutine", EntityKind.Person, "putin"),
        new("Poutine", EntityKind.Person, "putin"), new("président russe", EntityKind.Person, "putin", MentionForm.Role),
        new("dirigeant russe", EntityKind.Person, "putin", MentionForm.Role),
        new("Steve Witkoff", EntityKind.Person, "witkoff"), new("Steeve Witkoff", EntityKind.Person, "witkoff"), new("Witkoff", EntityKind.Person, "witkoff"),
        new("Jared Kushner", EntityKind.Person, "kushner"), new("Kushner", EntityKind.Person, "kushner"),
        new("Volodymyr Zelensky", EntityKind.Person, "zelensky"), new("Zelensky", EntityKind.Person, "zelensky"),
        new("président ukrainien", EntityKind.Person, "zelensky", MentionForm.Role), new("dirigeant ukrainien", EntityKind.Person, "zelensky", MentionForm.Role),
        new("Iouri Ouchakov", EntityKind.Person, "ushakov"), new("Yuri Ushakov", EntityKind.Person, "ushakov"), new("Ouchakov", EntityKind.Person, "ushakov"),
        new("Dmitri Peskov", EntityKind.Person, "peskov"),
        new("Mark Rutte", EntityKind.Person, "rutte"),
        new("Margus Tsahkna", EntityKind.Person, "tsahkna"),
        new("Elina Valtonen", EntityKind.Person, "valtonen"),
        new("Andrii Sybiha", EntityKind.Person, "sybiha"),
        new("Yvette Cooper", EntityKind.Person, "cooper"),
        new("Roustem Oumerov", EntityKind.Person, "umerov"), new("Rustem Umerov", EntityKind.Person, "umerov"),
        new("Keir Starmer", EntityKind.Person, "starmer"),
        new("Ursula von der Leyen", EntityKind.Person, "von-der-leyen"),
        new("Jean-Noël Barrot", EntityKind.Person, "barrot"),
        new("Pete Hegseth", EntityKind.Person, "hegseth"),
        new("Joe Biden", EntityKind.Person, "biden"),
        new("Kirill Dmitriev", EntityKind.Person, "dmitriev"),
        new("Kremlin", EntityKind.Organization, "kremlin", Subtype: EntitySubtype.Government),
        new("Otan", EntityKind.Organization, "nato"), new("OTAN", EntityKind.Organization, "nato"),
        new("Maison Blanche", EntityKind.Organization, "white-house"),
        new("Bloomberg", EntityKind.Organization, "bloomberg"), new("Tass", EntityKind.Organization, "tass"),
        new("Commission européenne", EntityKind.Organization, "european-commission"),
        new("Moscou", EntityKind.Place, "moscow"), new("Bruxelles", EntityKind.Place, "brussels"), new("Kiev", EntityKind.Place, "kyiv"),
        new("Ukraine", EntityKind.Place, "ukraine"), new("Russie", EntityKind.Place, "russia"), new("Miami", EntityKind.Place, "miami"),
        new("Paris", EntityKind.Place, "paris"), new("Finlande", EntityKind.Place, "finland"), new("Washington", EntityKind.Place, "washington"),
        new("Etats-Unis", EntityKind.Place, "usa"), new("États-Unis", EntityKind.Place, "usa"), new("Europe", EntityKind.Place, "europe"),
        new("Dublin", EntityKind.Place, "dublin"),
    ];

    public SeedCorpus(ExtractionResources resources)
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "KnowledgeGraph.sln")))
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
        var ingest = new ArticleIngestor(resources).IngestPaths([Path.Combine(root, "seeds")]);
        var articles = ingest.Articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var meetings = new MeetingExtractor(resources);
        var claims = new ClaimExtractor(resources);
        var docs = new List<AnalyzedDocument>();
        foreach (var a in articles)
        {
            var doc = HandTaggedDocument.Build(resources, a.Id, a.Text, a.Date, docs.Count, Tags);
            // keep the ingest's article (date provenance, title...) but the hand-tagged layers
            meetings.Process(doc, CancellationToken.None);
            claims.Process(doc, CancellationToken.None);
            docs.Add(doc);
        }
        Corpus = new CorpusContext(docs, resources);
        for (int i = 0; i < docs.Count; i++) HandTaggedDocument.RegisterKeys(Corpus, i, Tags);
        new MeetingMerger(resources).Process(Corpus, CancellationToken.None);
        new ClaimGrouper(resources).Process(Corpus, CancellationToken.None);
    }

    public CorpusContext Corpus { get; }

    public AnalyzedDocument Doc(string idPrefix) => Corpus.Documents.Single(d => d.Id.StartsWith(idPrefix, StringComparison.Ordinal));

    public string? Speaker(AnalyzedDocument doc, ClaimMention c) => HandTaggedDocument.SpeakerCluster(doc, c, Tags);

    public string Dump()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var d in Corpus.Documents)
        {
            sb.AppendLine($"== {d.Id} date={d.Article.Date}");
            foreach (var c in d.Claims)
                sb.AppendLine($"  CLAIM [{Speaker(d, c)}] verb={c.SpeechVerb} direct={c.IsDirectQuote} date={c.Date} via={(c.ViaMentionIndex is { } v ? d.Entities[v].Text : "")} :: {d.TextOf(c.Content)}");
            foreach (var m in d.Meetings)
                sb.AppendLine($"  MEET {m.Type} {m.Status} '{d.TextOf(m.Trigger)}' att=[{string.Join(",", m.AttendeeMentionIndexes.Select(k => d.Entities[k].Text))}] date={m.Date} place={(m.PlaceMentionIndex is { } p ? d.Entities[p].Text : "")} dur={m.Duration}");
        }
        foreach (var m in Corpus.Meetings)
            sb.AppendLine($"MEETING {m.Key} {m.Type} {m.Status} {m.Date} place={m.PlaceKey} dur={m.Duration} reports={string.Join(",", m.Reports.Select(r => r.ArticleId[..3]))} :: {m.Label}");
        foreach (var c in Corpus.Claims)
            sb.AppendLine($"CLAIM {c.Key} {c.SpeakerKey} x{c.Appearances.Count} {c.Date} :: {c.Text}");
        return sb.ToString();
    }
}

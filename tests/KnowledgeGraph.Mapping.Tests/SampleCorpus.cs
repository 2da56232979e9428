using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Mapping.Tests;

/// <summary>Hand-built extraction results about invented people, so the mapping is tested without the extractors.</summary>
internal static class SampleCorpus
{
    public const string TextA = "La ministre lusitanienne des Finances, Ana Ribeiro, a rencontré mardi Piet Vos à Lisbonne. \"Nous avançons\", a déclaré Ana Ribeiro.";
    // The emoji before the quote makes UTF-16 and code-point offsets differ by one.
    public const string TextB = "😀 Selon Ribeiro, \"nous avançons\". Piet Vos, gendre de Ana Ribeiro, était là.";

    public static Article ArticleA => new("art_a", TextA, "a.txt", Title: "Rencontre à Lisbonne", Url: "https://example.org/a",
        Outlet: "Le Quotidien", Author: "Marie Dupont", Date: new PartialDate(2025, 3, 4), DateProvenance: DateProvenance.Header);

    public static Article ArticleB => new("art_b", TextB, "b.txt", Outlet: "unknown", Author: "unknown",
        Date: new PartialDate(2025, 3), DateProvenance: DateProvenance.InferredFromText);

    public static TextSpan Find(string text, string part) => new(text.IndexOf(part, StringComparison.Ordinal), text.IndexOf(part, StringComparison.Ordinal) + part.Length);

    public static ExtractionResult Build(bool withB = true, bool withUnion = false)
    {
        var articles = new List<Article> { ArticleA };
        if (withB) articles.Add(ArticleB);
        var ribeiroMentions = new List<Mention> { new("art_a", Find(TextA, "Ana Ribeiro"), "Ana Ribeiro", EntityKind.Person, MentionForm.Name) };
        if (withB) ribeiroMentions.Add(new("art_b", Find(TextB, "Ribeiro"), "Ribeiro", EntityKind.Person, MentionForm.Name));
        var vosMentions = new List<Mention> { new("art_a", Find(TextA, "Piet Vos"), "Piet Vos", EntityKind.Person, MentionForm.Name) };
        var entities = new List<Entity>
        {
            new("ana-ribeiro", EntityKind.Person, EntitySubtype.None, "Ana Ribeiro", new[] { "Ribeiro", "Ana Ribeiro" }, ribeiroMentions, "lusitania"),
            new("piet-vos", EntityKind.Person, EntitySubtype.None, "Piet Vos", Array.Empty<string>(), vosMentions),
            new("lusitania", EntityKind.Place, EntitySubtype.Country, "Lusitanie", Array.Empty<string>(), Array.Empty<Mention>()),
            new("lisbonne", EntityKind.Place, EntitySubtype.City, "Lisbonne", Array.Empty<string>(),
                new[] { new Mention("art_a", Find(TextA, "Lisbonne"), "Lisbonne", EntityKind.Place, MentionForm.Name) }, "lusitania"),
            new("ministere-des-finances", EntityKind.Organization, EntitySubtype.Government, "ministère des Finances", Array.Empty<string>(), Array.Empty<Mention>()),
        };
        // an invented union, so that the mapping and SHACL checks cover kg:TradeUnion (the scorer tests count entities without it)
        if (withUnion)
            entities.Add(new("syndicat-des-dockers", EntityKind.Organization, EntitySubtype.TradeUnion, "Syndicat des dockers de Lisbonne", Array.Empty<string>(), Array.Empty<Mention>(), "lusitania"));
        var posts = new List<Post>
        {
            new("ana-ribeiro--ministre-des-finances", "ministre lusitanienne des Finances", "ministre-des-finances", "ministre des Finances",
                "ana-ribeiro", "ministere-des-finances",
                new[] { new Evidence("art_a", Find(TextA, "La ministre lusitanienne des Finances, Ana Ribeiro"), "La ministre lusitanienne des Finances, Ana Ribeiro") }),
        };
        var relations = new List<PersonalRelation>();
        if (withB)
            relations.Add(new("piet-vos", "gendre", "gendre", "ana-ribeiro", new Evidence("art_b", Find(TextB, "Piet Vos, gendre de Ana Ribeiro"), "Piet Vos, gendre de Ana Ribeiro")));
        var meetings = new List<Meeting>
        {
            new("2025-03-04--ana-ribeiro--piet-vos", MeetingType.Talks, "Rencontre Ana Ribeiro – Piet Vos", new[] { "ana-ribeiro", "piet-vos" },
                new PartialDate(2025, 3, 4), "lisbonne", "PT2H", MeetingStatus.TookPlace,
                new[] { new Evidence("art_a", Find(TextA, "a rencontré mardi Piet Vos à Lisbonne"), "a rencontré mardi Piet Vos à Lisbonne") }),
        };
        var appearances = new List<ClaimAppearance>
        {
            new("art_a", Find(TextA, "Nous avançons"), "Nous avançons", true, "déclarer", null, Find(TextA, "Ana Ribeiro")),
        };
        if (withB) appearances.Add(new("art_b", Find(TextB, "nous avançons"), "nous avançons", true, null, "piet-vos", Find(TextB, "Ribeiro")));
        var claims = new List<Claim> { new("ana-ribeiro--nous-avancons", "ana-ribeiro", "Nous avançons", new PartialDate(2025, 3, 4), appearances) };
        return new ExtractionResult(articles, entities, posts, relations, meetings, claims, Array.Empty<IngestDiagnostic>());
    }
}

using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Mapping.Tests;

public sealed class RdfMapperTests
{
    private const string S = KgTerms.Schema;
    private const string Kg = KgTerms.Kg;
    private static readonly IriScheme Iris = new();

    // The Turtle reader lives on another branch; these tests map without the ontology so they test the mapping alone.
    private static MappingResult Map(ExtractionResult r) => new RdfMapper(new MappingOptions(IncludeOntology: false)).Map(r);

    private static UriNode U(string iri) => new(iri);

    private static bool Has(MappingResult m, string s, string p, INode o) => m.Quads.Any(q => q.Subject.Equals(U(s)) && q.Predicate.Equals(U(p)) && q.Object.Equals(o));

    private static IEnumerable<INode> Objects(MappingResult m, string s, string p) =>
        m.Quads.Where(q => q.Subject.Equals(U(s)) && q.Predicate.Equals(U(p))).Select(q => q.Object).Distinct();

    [Fact]
    public void Persons_are_foaf_and_schema_persons_with_french_labels_and_alt_labels()
    {
        var m = Map(SampleCorpus.Build());
        var ana = Iris.Person("ana-ribeiro");
        Assert.True(Has(m, ana, Vocabulary.RdfType, U(KgTerms.Foaf + "Person")));
        Assert.True(Has(m, ana, Vocabulary.RdfType, U(S + "Person")));
        Assert.True(Has(m, ana, Vocabulary.Rdfs + "label", LiteralNode.LangTagged("Ana Ribeiro", "fr")));
        // The canonical label is not repeated as an alt label.
        Assert.Equal(new INode[] { LiteralNode.LangTagged("Ribeiro", "fr") }, Objects(m, ana, KgTerms.Skos + "altLabel"));
        Assert.True(Has(m, ana, S + "nationality", U(Iris.Place("lusitania"))));
        Assert.True(Has(m, Iris.Place("lusitania"), Vocabulary.RdfType, U(S + "Country")));
        Assert.True(Has(m, Iris.Place("lisbonne"), Vocabulary.RdfType, U(S + "City")));
        Assert.True(Has(m, Iris.Organization("ministere-des-finances"), Vocabulary.RdfType, U(S + "GovernmentOrganization")));
    }

    [Fact]
    public void Trade_unions_are_workers_unions_and_kg_trade_unions_not_parties()
    {
        var m = Map(SampleCorpus.Build(withUnion: true));
        var union = Iris.Organization("syndicat-des-dockers");
        Assert.True(Has(m, union, Vocabulary.RdfType, U(S + "WorkersUnion")));
        Assert.True(Has(m, union, Vocabulary.RdfType, U(Kg + "TradeUnion")));
        Assert.True(Has(m, union, Vocabulary.RdfType, U(KgTerms.Org + "Organization")));
        Assert.False(Has(m, union, Vocabulary.RdfType, U(S + "PoliticalParty")));
        // other organizations are not unions
        Assert.False(Has(m, Iris.Organization("ministere-des-finances"), Vocabulary.RdfType, U(Kg + "TradeUnion")));
    }

    [Fact]
    public void Mentions_are_stated_in_the_mentioning_articles_graph()
    {
        var m = Map(SampleCorpus.Build());
        var q = Assert.Single(m.Quads, q => q.Subject.Equals(U(Iris.Article("art_b"))) && q.Predicate.Equals(U(S + "mentions")));
        Assert.Equal(U(Iris.Person("ana-ribeiro")), q.Object);
        Assert.Equal(U(Iris.ArticleGraph("art_b")), q.Graph);
        // Resolved entity descriptions live in the default graph.
        Assert.All(m.Quads.Where(x => x.Subject.Equals(U(Iris.Person("ana-ribeiro"))) && x.Predicate.Equals(U(Vocabulary.Rdfs + "label"))), x => Assert.Null(x.Graph));
    }

    [Fact]
    public void Articles_carry_identifier_typed_dates_publisher_and_author_but_not_unknown_metadata()
    {
        var m = Map(SampleCorpus.Build());
        var a = Iris.Article("art_a");
        var b = Iris.Article("art_b");
        Assert.True(Has(m, a, S + "identifier", LiteralNode.Plain("art_a")));
        Assert.True(Has(m, a, S + "datePublished", LiteralNode.Typed("2025-03-04", Vocabulary.XsdDate)));
        Assert.True(Has(m, b, S + "datePublished", LiteralNode.Typed("2025-03", Vocabulary.XsdGYearMonth)));
        Assert.True(Has(m, b, Kg + "dateInferred", LiteralNode.Typed("true", Vocabulary.XsdBoolean)));
        Assert.False(Has(m, a, Kg + "dateInferred", LiteralNode.Typed("true", Vocabulary.XsdBoolean)));
        var publisher = Iris.Organization("le-quotidien");
        Assert.True(Has(m, a, S + "publisher", U(publisher)));
        Assert.True(Has(m, publisher, Vocabulary.RdfType, U(S + "NewsMediaOrganization")));
        Assert.True(Has(m, a, S + "author", U(Iris.Person("marie-dupont"))));
        Assert.True(Has(m, a, S + "url", U("https://example.org/a")));
        Assert.Empty(Objects(m, b, S + "publisher"));
        Assert.Empty(Objects(m, b, S + "author"));
    }

    [Fact]
    public void A_post_in_a_country_is_a_post_country_and_a_post_in_a_town_is_located_there()
    {
        var sample = SampleCorpus.Build();
        var evidence = sample.Posts[0].Evidence;
        var r = sample with
        {
            Posts = sample.Posts.Concat(new Post[]
            {
                new("ana-ribeiro--maire", "maire", "maire", "maire", "ana-ribeiro", "lisbonne", evidence),
                new("ana-ribeiro--ambassadrice", "ambassadrice", "ambassadeur", "ambassadrice", "ana-ribeiro", "lusitania", evidence),
            }).ToList(),
        };
        var m = Map(r);
        var mayor = Iris.Post("ana-ribeiro--maire");
        Assert.True(Has(m, mayor, S + "location", U(Iris.Place("lisbonne"))));
        Assert.Empty(Objects(m, mayor, Kg + "postCountry"));
        var envoy = Iris.Post("ana-ribeiro--ambassadrice");
        Assert.True(Has(m, envoy, Kg + "postCountry", U(Iris.Place("lusitania"))));
        Assert.Empty(Objects(m, envoy, S + "location"));
    }

    [Fact]
    public void Posts_link_holder_role_organization_and_the_evidence_span()
    {
        var m = Map(SampleCorpus.Build());
        var post = Iris.Post("ana-ribeiro--ministre-des-finances");
        var ana = Iris.Person("ana-ribeiro");
        Assert.True(Has(m, post, Vocabulary.RdfType, U(KgTerms.Org + "Post")));
        Assert.True(Has(m, post, KgTerms.Org + "heldBy", U(ana)));
        Assert.True(Has(m, ana, KgTerms.Org + "holds", U(post)));
        Assert.True(Has(m, post, KgTerms.Org + "postIn", U(Iris.Organization("ministere-des-finances"))));
        var role = Iris.Role("ministre-des-finances");
        Assert.True(Has(m, post, KgTerms.Org + "role", U(role)));
        Assert.True(Has(m, role, Vocabulary.RdfType, U(KgTerms.Skos + "Concept")));
        Assert.True(Has(m, post, Vocabulary.Rdfs + "label", LiteralNode.LangTagged("ministre lusitanienne des Finances", "fr")));
        Assert.True(Has(m, post, KgTerms.Prov + "wasDerivedFrom", U(Iris.Article("art_a"))));
        var span = Assert.IsType<UriNode>(Assert.Single(Objects(m, post, Kg + "evidence")));
        Assert.True(Has(m, span.Iri, Kg + "startOffset", LiteralNode.Typed("0", Vocabulary.XsdInteger)));
        Assert.True(Has(m, span.Iri, S + "isPartOf", U(Iris.Article("art_a"))));
    }

    [Fact]
    public void Meetings_are_typed_events_with_precise_datatypes_status_and_reports()
    {
        var m = Map(SampleCorpus.Build());
        var meeting = Iris.Meeting("2025-03-04--ana-ribeiro--piet-vos");
        Assert.True(Has(m, meeting, Vocabulary.RdfType, U(S + "Event")));
        Assert.True(Has(m, meeting, Vocabulary.RdfType, U(Kg + "Talks")));
        Assert.Equal(2, Objects(m, meeting, S + "attendee").Count());
        Assert.True(Has(m, meeting, S + "startDate", LiteralNode.Typed("2025-03-04", Vocabulary.XsdDate)));
        Assert.True(Has(m, meeting, S + "duration", LiteralNode.Typed("PT2H", Vocabulary.XsdDuration)));
        Assert.True(Has(m, meeting, S + "location", U(Iris.Place("lisbonne"))));
        Assert.True(Has(m, meeting, S + "eventStatus", U(Kg + "EventTookPlace")));
        var report = Assert.Single(m.Quads, q => q.Subject.Equals(U(meeting)) && q.Predicate.Equals(U(S + "subjectOf")));
        Assert.Equal(U(Iris.ArticleGraph("art_a")), report.Graph);
    }

    [Fact]
    public void One_claim_has_one_appearance_per_article_and_quotations_with_code_point_offsets()
    {
        var m = Map(SampleCorpus.Build());
        var claim = Iris.Claim("ana-ribeiro--nous-avancons");
        Assert.True(Has(m, claim, Vocabulary.RdfType, U(S + "Claim")));
        Assert.True(Has(m, claim, S + "author", U(Iris.Person("ana-ribeiro"))));
        Assert.Equal(new[] { U(Iris.Article("art_a")), U(Iris.Article("art_b")) }, Objects(m, claim, S + "appearance").OrderBy(x => x, NodeComparer.Instance));
        var spanB = SampleCorpus.Find(SampleCorpus.TextB, "nous avançons");
        var quotation = Iris.Quotation("art_b", spanB);
        Assert.True(Has(m, quotation, Kg + "rendersClaim", U(claim)));
        Assert.True(Has(m, quotation, S + "isPartOf", U(Iris.Article("art_b"))));
        Assert.True(Has(m, quotation, Kg + "isDirectQuote", LiteralNode.Typed("true", Vocabulary.XsdBoolean)));
        Assert.True(Has(m, quotation, Kg + "viaSource", U(Iris.Person("piet-vos"))));
        // The emoji is two UTF-16 units but one code point.
        Assert.True(Has(m, quotation, Kg + "startOffset", LiteralNode.Typed((spanB.Start - 1).ToString(), Vocabulary.XsdInteger)));
        Assert.True(Has(m, quotation, Kg + "endOffset", LiteralNode.Typed((spanB.End - 1).ToString(), Vocabulary.XsdInteger)));
        Assert.True(Has(m, Iris.Quotation("art_a", SampleCorpus.Find(SampleCorpus.TextA, "Nous avançons")), Kg + "speechVerb", LiteralNode.Plain("déclarer")));
    }

    [Fact]
    public void Family_ties_are_a_direct_link_and_a_qualified_relationship()
    {
        var m = Map(SampleCorpus.Build());
        Assert.True(Has(m, Iris.Person("piet-vos"), Kg + "familyRelation", U(Iris.Person("ana-ribeiro"))));
        var rel = Iris.Relationship("piet-vos", "gendre", "ana-ribeiro");
        Assert.True(Has(m, rel, Kg + "relationType", U(Iris.RelationType("gendre"))));
        Assert.True(Has(m, rel, KgTerms.Prov + "wasDerivedFrom", U(Iris.Article("art_b"))));
    }

    [Fact]
    public void Output_is_sorted_distinct_and_independent_of_input_order()
    {
        var r = SampleCorpus.Build();
        var shuffled = r with
        {
            Articles = r.Articles.Reverse().ToList(),
            Entities = r.Entities.Reverse().ToList(),
            Claims = r.Claims.Reverse().ToList(),
        };
        var a = Map(r).Quads;
        var b = Map(shuffled).Quads;
        Assert.Equal(a.Select(q => q.ToString()), b.Select(q => q.ToString()));
        Assert.Equal(a.Count, a.Distinct().Count());
        for (int i = 1; i < a.Count; i++) Assert.True(NodeComparer.Instance.Compare(a[i - 1], a[i]) < 0);
    }

    [Fact]
    public void Adding_an_article_keeps_every_existing_iri()
    {
        static HashSet<string> Iris(MappingResult m) => m.Quads.SelectMany(q => new[] { q.Subject, q.Object }).OfType<IUriNode>().Select(u => u.Iri).ToHashSet();
        var before = Iris(Map(SampleCorpus.Build(withB: false)));
        var after = Iris(Map(SampleCorpus.Build(withB: true)));
        Assert.Empty(before.Except(after));
        Assert.True(after.Count > before.Count);
    }

    [Fact]
    public void Facts_about_unknown_keys_are_left_out_with_a_warning()
    {
        var r = SampleCorpus.Build();
        r = r with { Claims = new[] { r.Claims[0] with { SpeakerKey = "nobody" } } };
        var m = Map(r);
        Assert.Contains(m.Warnings, w => w.Contains("'nobody'"));
        Assert.DoesNotContain(m.Quads, q => q.Object.Equals(U(S + "Claim")));
    }

    [Fact]
    public void Triples_flatten_graphs_without_duplicates()
    {
        var m = Map(SampleCorpus.Build());
        var triples = m.Triples();
        Assert.All(triples, t => Assert.Null(t.Graph));
        Assert.Equal(m.Quads.Select(q => q.Triple).Distinct().Count(), triples.Count);
    }

    [Theory]
    [InlineData("ana-ribeiro", "ana-ribeiro")]
    [InlineData("a b", "a%20b")]
    [InlineData("zoë", "zo%C3%AB")]
    [InlineData("", "_")]
    public void Keys_are_percent_encoded_into_iris(string key, string expected) => Assert.Equal(expected, IriScheme.Encode(key));

    [Theory]
    [InlineData("Le Monde", "le-monde")]
    [InlineData("  Réinformation (MPI) ", "reinformation-mpi")]
    public void Free_text_names_slug_to_ascii(string text, string expected) => Assert.Equal(expected, IriScheme.Slug(text));

    [Fact]
    public void The_ontology_is_embedded_and_aligns_its_classes()
    {
        var text = OntologyResource.ReadText();
        Assert.Contains("kg:Quotation a owl:Class", text);
        Assert.Contains("rdfs:subClassOf schema:Quotation", text);
    }
}

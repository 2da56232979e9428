using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>
/// A small invented news graph shaped like kg build output: two outlets, four articles with bodies, persons with
/// posts, a meeting, a family relation, claims reported by several outlets with quotations at real offsets, and
/// evidence spans. Every name and sentence is made up.
/// </summary>
internal static class NewsTestData
{
    public const string S = "https://schema.org/";
    public const string Kg = "https://w3id.org/kgnews/ontology#";
    public const string Org = "http://www.w3.org/ns/org#";
    public const string Prov = "http://www.w3.org/ns/prov#";
    public const string Id = ServerTestData.Id;

    public static MemoryStore Store()
    {
        var store = new MemoryStore();
        void Add(string s, string p, INode o) => store.Add(new Quad(new UriNode(s), new UriNode(p), o, new UriNode(Id + "article/graph")));
        INode Iri(string x) => new UriNode(x.StartsWith("http", StringComparison.Ordinal) ? x : Id + x);
        INode Fr(string x) => LiteralNode.LangTagged(x, "fr");
        INode Int(int x) => LiteralNode.Typed(x.ToString(), Vocabulary.XsdInteger);
        void Label(string s, string label) => Add(Id + s, Vocabulary.Rdfs + "label", Fr(label));

        foreach (var (p, name, alt) in new[] { ("person/helene-dupre", "Hélène Dupré", "Dupré"), ("person/zoe-lefevre", "Zoé Lefèvre", "Lefèvre"),
                     ("person/marc-dupre", "Marc Dupré", "Marc") })
        {
            Add(Id + p, Vocabulary.RdfType, Iri(S + "Person"));
            Label(p, name);
            Add(Id + p, "http://www.w3.org/2004/02/skos/core#altLabel", Fr(alt));
        }
        Label("organization/gazette", "La Gazette du Val");
        Label("organization/courrier", "Le Courrier des Lacs");
        Label("organization/mairie-de-lyon", "Mairie de Lyon");
        Label("place/lyon", "Lyon");

        var articles = new[]
        {
            ("a1", "2025-03-04", "gazette", "Le pont rouvrira", "« Le pont sera rouvert en mai », a déclaré Hélène Dupré, maire de Lyon, mardi. Elle a reçu Zoé Lefèvre à Lyon."),
            ("a2", "2025-03-05", "courrier", "Travaux : la maire confiante", "La maire Hélène Dupré a assuré que le pont serait rouvert en mai. Son mari Marc Dupré était présent."),
            ("a3", "2025-02-10", "courrier", "Budget municipal", "Hélène Dupré a promis que les impôts locaux n’augmenteront pas cette année."),
            ("a4", "2025-03-01", "gazette", "Le tramway", "Zoé Lefèvre a annoncé que la ligne de tramway ouvrira en juin."),
        };
        foreach (var (key, date, outlet, headline, body) in articles)
        {
            var a = Id + "article/" + key;
            Add(a, Vocabulary.RdfType, Iri(S + "NewsArticle"));
            Add(a, S + "datePublished", LiteralNode.Typed(date, Vocabulary.XsdDate));
            Add(a, S + "headline", Fr(headline));
            Add(a, S + "articleBody", Fr(body));
            Add(a, S + "publisher", Iri("organization/" + outlet));
            Add(a, S + "url", Iri("https://news.example/" + key));
            Add(a, S + "mentions", Iri("person/helene-dupre"));
        }
        string Body(string key) => articles.Single(x => x.Item1 == key).Item5;

        string Span(string kind, string fact, string article, string text)
        {
            int start = Body(article).IndexOf(text, StringComparison.Ordinal);
            if (start < 0) throw new InvalidOperationException(text);
            var span = Id + $"{kind}/{article}-{start}-{start + text.Length}";
            Add(span, S + "isPartOf", Iri("article/" + article));
            Add(span, S + "text", Fr(text));
            Add(span, Kg + "startOffset", Int(start));
            Add(span, Kg + "endOffset", Int(start + text.Length));
            if (kind == "evidence")
            {
                Add(span, Vocabulary.RdfType, Iri(Kg + "EvidenceSpan"));
                Add(Id + fact, Kg + "evidence", Iri(span));
                Add(Id + fact, Prov + "wasDerivedFrom", Iri("article/" + article));
            }
            else
            {
                Add(span, Vocabulary.RdfType, Iri(S + "Quotation"));
                Add(span, Kg + "rendersClaim", Iri(fact));
                Add(Id + fact, Kg + "renderedBy", Iri(span));
                Add(Id + fact, S + "appearance", Iri("article/" + article));
            }
            return span;
        }
        void Quote(string claim, string article, string text, bool direct, string verb)
        {
            var span = Span("quotation", claim, article, text);
            Add(span, Kg + "isDirectQuote", LiteralNode.Typed(direct ? "true" : "false", Vocabulary.XsdBoolean));
            Add(span, Kg + "speechVerb", LiteralNode.Plain(verb));
        }

        void Claim(string key, string speaker, string text)
        {
            Add(Id + "claim/" + key, Vocabulary.RdfType, Iri(S + "Claim"));
            Add(Id + "claim/" + key, S + "author", Iri(speaker));
            Add(Id + "claim/" + key, S + "text", Fr(text));
        }
        Claim("c1", "person/helene-dupre", "le pont sera rouvert en mai");
        Quote("claim/c1", "a1", "Le pont sera rouvert en mai", true, "déclarer");
        Quote("claim/c1", "a2", "le pont serait rouvert en mai", false, "assurer");
        Claim("c2", "person/helene-dupre", "les impôts locaux n’augmenteront pas cette année");
        Quote("claim/c2", "a3", "les impôts locaux n’augmenteront pas cette année", false, "promettre");
        Claim("c3", "person/zoe-lefevre", "la ligne de tramway ouvrira en juin");
        Quote("claim/c3", "a4", "la ligne de tramway ouvrira en juin", false, "annoncer");

        Add(Id + "person/helene-dupre", Org + "holds", Iri("post/helene-dupre-maire"));
        Add(Id + "post/helene-dupre-maire", Vocabulary.RdfType, Iri(Org + "Post"));
        Label("post/helene-dupre-maire", "maire de Lyon");
        Add(Id + "post/helene-dupre-maire", Org + "heldBy", Iri("person/helene-dupre"));
        Add(Id + "post/helene-dupre-maire", Org + "postIn", Iri("organization/mairie-de-lyon"));
        Span("evidence", "post/helene-dupre-maire", "a1", "Hélène Dupré, maire de Lyon");

        var meeting = "meeting/meeting-2025-03-04-helene-dupre-zoe-lefevre";
        Add(Id + meeting, Vocabulary.RdfType, Iri(S + "Event"));
        Label(meeting, "Rencontre : Hélène Dupré et Zoé Lefèvre (2025-03-04)");
        Add(Id + meeting, S + "attendee", Iri("person/helene-dupre"));
        Add(Id + meeting, S + "attendee", Iri("person/zoe-lefevre"));
        Add(Id + meeting, S + "startDate", LiteralNode.Typed("2025-03-04", Vocabulary.XsdDate));
        Add(Id + meeting, S + "location", Iri("place/lyon"));
        Span("evidence", meeting, "a1", "Elle a reçu Zoé Lefèvre à Lyon.");

        var relation = "relationship/marc-dupre--mari--helene-dupre";
        Add(Id + relation, Vocabulary.RdfType, Iri(Kg + "PersonalRelationship"));
        Label(relation, "mari de");
        Add(Id + relation, Kg + "relationSubject", Iri("person/marc-dupre"));
        Add(Id + relation, Kg + "relationObject", Iri("person/helene-dupre"));
        Add(Id + "person/marc-dupre", Kg + "familyRelation", Iri("person/helene-dupre"));
        Span("evidence", relation, "a2", "Son mari Marc Dupré");
        return store;
    }
}

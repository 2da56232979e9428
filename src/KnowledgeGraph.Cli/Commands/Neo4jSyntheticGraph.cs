using System.Globalization;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Generates a dataset shaped like kg build output for benchmarks: one named graph per article holding the
/// article, its mentions, two claims rendered by quotations with offsets, a meeting with attendees, a post,
/// and the persons it names with labels. A fixed seed makes every run generate the same quads.
/// </summary>
internal static class Neo4jSyntheticGraph
{
    private const string Id = "https://w3id.org/kgnews/id/";
    private const string Graph = "https://w3id.org/kgnews/graph/";
    private const string Schema = "https://schema.org/";
    private const string Kg = "https://w3id.org/kgnews/ontology#";
    private const string Org = "http://www.w3.org/ns/org#";
    private const string Foaf = "http://xmlns.com/foaf/0.1/";
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";

    /// <summary>About 78 quads per article; generation stops at the article that reaches <paramref name="triples"/>.</summary>
    public static IEnumerable<Quad> Generate(long triples, int seed = 42)
    {
        var random = new Random(seed);
        var persons = (int)Math.Max(100, triples / 50);
        var organizations = Math.Max(20, persons / 4);
        var places = Math.Max(10, persons / 10);
        long produced = 0;
        for (var article = 0; produced < triples; article++)
        {
            var stem = article.ToString("D6", CultureInfo.InvariantCulture);
            var g = new UriNode(Graph + stem);
            var a = new UriNode(Id + "article/" + stem);
            var quads = new List<Quad>(96);
            void Add(INode s, string p, INode o) => quads.Add(new Quad(s, new UriNode(p), o, g));
            UriNode Entity(string kind, int n) => new(Id + kind + "/" + kind + "-" + n.ToString(CultureInfo.InvariantCulture));

            Add(a, Vocabulary.RdfType, new UriNode(Schema + "NewsArticle"));
            Add(a, Schema + "identifier", LiteralNode.Plain(stem));
            Add(a, Schema + "datePublished", LiteralNode.Typed($"2025-{1 + article % 12:D2}-{1 + article % 28:D2}", Vocabulary.XsdDate));
            Add(a, Schema + "publisher", Entity("organization", article % 40));
            Add(a, Schema + "inLanguage", LiteralNode.Plain("fr"));

            var named = Enumerable.Range(0, 5).Select(_ => random.Next(persons)).Distinct().ToList();
            foreach (var p in named)
            {
                var person = Entity("person", p);
                Add(person, Vocabulary.RdfType, new UriNode(Foaf + "Person"));
                Add(person, Vocabulary.RdfType, new UriNode(Schema + "Person"));
                Add(person, Vocabulary.Rdfs + "label", LiteralNode.LangTagged("Personne " + p, "fr"));
                Add(person, Skos + "altLabel", LiteralNode.LangTagged("P. " + p + " (" + (article % 3) + ")", "fr"));
                Add(a, Schema + "mentions", person);
            }
            for (var m = 0; m < 5; m++)
                Add(a, Schema + "mentions", m % 2 == 0 ? Entity("organization", random.Next(organizations)) : Entity("place", random.Next(places)));

            for (var c = 0; c < 2; c++)
            {
                var claim = new UriNode(Id + "claim/" + stem + "-" + c);
                var quote = new UriNode(Id + "quotation/" + stem + "-" + (100 * c) + "-" + (100 * c + 60));
                var speaker = Entity("person", named[c % named.Count]);
                Add(claim, Vocabulary.RdfType, new UriNode(Schema + "Claim"));
                Add(claim, Schema + "author", speaker);
                Add(claim, Schema + "text", LiteralNode.LangTagged($"Déclaration {c} de l'article {stem}", "fr"));
                Add(claim, Schema + "appearance", a);
                Add(claim, Kg + "renderedBy", quote);
                Add(quote, Vocabulary.RdfType, new UriNode(Schema + "Quotation"));
                Add(quote, Vocabulary.RdfType, new UriNode(Kg + "Quotation"));
                Add(quote, Schema + "text", LiteralNode.LangTagged($"« Déclaration {c} » selon l'article {stem}", "fr"));
                Add(quote, Schema + "isPartOf", a);
                Add(quote, Kg + "rendersClaim", claim);
                Add(quote, Schema + "spokenByCharacter", speaker);
                Add(quote, Kg + "isDirectQuote", LiteralNode.Typed(c == 0 ? "true" : "false", Vocabulary.XsdBoolean));
                Add(quote, Kg + "startOffset", LiteralNode.Typed((100 * c).ToString(CultureInfo.InvariantCulture), Vocabulary.XsdInteger));
                Add(quote, Kg + "endOffset", LiteralNode.Typed((100 * c + 60).ToString(CultureInfo.InvariantCulture), Vocabulary.XsdInteger));
            }

            var meeting = new UriNode(Id + "meeting/" + stem);
            Add(meeting, Vocabulary.RdfType, new UriNode(Schema + "Event"));
            Add(meeting, Vocabulary.RdfType, new UriNode(Kg + "Talks"));
            Add(meeting, Vocabulary.Rdfs + "label", LiteralNode.LangTagged("Rencontre " + stem, "fr"));
            Add(meeting, Schema + "startDate", LiteralNode.Typed("2025-08-15", Vocabulary.XsdDate));
            Add(meeting, Schema + "location", Entity("place", random.Next(places)));
            foreach (var p in named.Take(3)) Add(meeting, Schema + "attendee", Entity("person", p));
            Add(meeting, Schema + "subjectOf", a);

            var holder = Entity("person", named[0]);
            var post = new UriNode(Id + "post/" + stem);
            Add(post, Vocabulary.RdfType, new UriNode(Org + "Post"));
            Add(post, Vocabulary.Rdfs + "label", LiteralNode.LangTagged("ministre " + article % 17, "fr"));
            Add(post, Org + "heldBy", holder);
            Add(post, Org + "postIn", Entity("organization", random.Next(organizations)));
            Add(holder, Org + "holds", post);

            foreach (var q in quads)
            {
                yield return q;
                if (++produced >= triples) yield break;
            }
        }
    }
}

using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Writes a synthetic N-Triples graph shaped like kg build output (persons, organizations, posts, places, articles,
/// meetings, claims with the project's vocabularies and accented French labels), deterministic for a given size.
/// Names are made up from syllables: nothing about real people.
/// </summary>
public static class BenchSparqlDataGenerator
{
    private const string Id = "https://w3id.org/kgnews/id/";
    private const string Schema = "https://schema.org/";
    private const string Foaf = "http://xmlns.com/foaf/0.1/";
    private const string Org = "http://www.w3.org/ns/org#";
    private const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";
    private const string Prov = "http://www.w3.org/ns/prov#";
    private const string Kg = "https://w3id.org/kgnews/ontology#";
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    private const string Type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    private static readonly string[] Syllables = ["an", "bé", "ca", "dé", "el", "fa", "gi", "hé", "io", "jo", "ka", "lé", "ma", "no", "ol", "pé", "ré", "sa", "té", "ul", "va", "yé", "zo", "ès", "ïa", "ço"];
    private static readonly string[] Kinds = ["Talks", "PhoneCall", "Summit", "Visit", "MinisterialMeeting"];
    private static readonly string[] Roles = ["ministre", "porte-parole", "conseiller", "président", "secrétaire général", "ambassadeur", "directeur"];
    private static readonly string[] Statuses = [Kg + "EventTookPlace", Schema + "EventScheduled", Schema + "EventCancelled", Schema + "EventPostponed"];

    /// <summary>Entity counts for at least <paramref name="targetTriples"/> triples (a little over 24 per person).</summary>
    public static long Write(string path, long targetTriples, CancellationToken ct)
    {
        int persons = (int)Math.Max(100, targetTriples / 24);
        int orgs = Math.Max(20, persons / 25), places = Math.Max(10, persons / 100), outlets = 60;
        int posts = persons * 6 / 10, articles = persons * 4 / 10, meetings = persons * 6 / 10, claims = persons * 8 / 10;
        var rng = new Random(20240312);
        long count = 0;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        var sb = new StringBuilder(256);

        void T(string s, string p, string o)
        {
            sb.Clear().Append('<').Append(s).Append("> <").Append(p).Append("> ").Append(o).Append(" .");
            writer.WriteLine(sb);
            count++;
        }
        static string I(string iri) => "<" + iri + ">";
        static string Fr(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"@fr";
        static string Typed(string lex, string dt) => "\"" + lex + "\"^^<" + Xsd + dt + ">";
        string Name(int syllables)
        {
            var s = new StringBuilder();
            for (int i = 0; i < syllables; i++) s.Append(Syllables[rng.Next(Syllables.Length)]);
            s[0] = char.ToUpperInvariant(s[0]);
            return s.ToString();
        }
        string Date(int dayOffset) => new DateTime(2020, 1, 1).AddDays(dayOffset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        for (int i = 0; i < places; i++)
        {
            var p = Id + "place/p" + i;
            T(p, Type, I(Schema + "Place"));
            T(p, Type, I(Schema + (i < places / 5 ? "Country" : "City")));
            T(p, Rdfs + "label", Fr(Name(3)));
            if (i >= places / 5) T(p, Schema + "containedInPlace", I(Id + "place/p" + rng.Next(Math.Max(1, places / 5))));
        }
        for (int i = 0; i < orgs + outlets; i++)
        {
            ct.ThrowIfCancellationRequested();
            var o = Id + "organization/o" + i;
            T(o, Type, I(Org + "Organization"));
            T(o, Type, I(Schema + "Organization"));
            T(o, Type, I(Schema + (i >= orgs ? "NewsMediaOrganization" : "GovernmentOrganization")));
            T(o, Rdfs + "label", Fr((i >= orgs ? "Le " : "ministère de ") + Name(3)));
            T(o, Schema + "location", I(Id + "place/p" + rng.Next(places)));
        }
        for (int i = 0; i < persons; i++)
        {
            if ((i & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
            var p = Id + "person/h" + i;
            var name = Name(2) + " " + Name(3);
            T(p, Type, I(Foaf + "Person"));
            T(p, Type, I(Schema + "Person"));
            T(p, Rdfs + "label", Fr(name));
            T(p, Skos + "altLabel", Fr(name[(name.IndexOf(' ') + 1)..]));
            T(p, Schema + "nationality", I(Id + "place/p" + rng.Next(Math.Max(1, places / 5))));
            T(p, Prov + "wasDerivedFrom", I(Id + "article/a" + rng.Next(articles)));
        }
        for (int i = 0; i < posts; i++)
        {
            if ((i & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
            var post = Id + "post/s" + i;
            var holder = Id + "person/h" + rng.Next(persons);
            var role = Roles[rng.Next(Roles.Length)];
            T(post, Type, I(Org + "Post"));
            T(post, Rdfs + "label", Fr(role));
            T(post, Org + "heldBy", I(holder));
            T(holder, Org + "holds", I(post));
            T(post, Org + "postIn", I(Id + "organization/o" + rng.Next(orgs)));
            T(post, Org + "role", I(Id + "role/" + Array.IndexOf(Roles, role)));
            T(post, Prov + "wasDerivedFrom", I(Id + "article/a" + rng.Next(articles)));
        }
        for (int i = 0; i < articles; i++)
        {
            if ((i & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
            var a = Id + "article/a" + i;
            T(a, Type, I(Schema + "NewsArticle"));
            T(a, Schema + "identifier", "\"a" + i + "\"");
            T(a, Schema + "datePublished", Typed(Date(rng.Next(1800)), "date"));
            T(a, Schema + "publisher", I(Id + "organization/o" + (orgs + rng.Next(outlets))));
            T(a, Schema + "inLanguage", "\"fr\"");
            for (int k = 0; k < 5; k++) T(a, Schema + "mentions", I(Id + "person/h" + rng.Next(persons)));
        }
        for (int i = 0; i < meetings; i++)
        {
            if ((i & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
            var m = Id + "meeting/m" + i;
            T(m, Type, I(Schema + "Event"));
            T(m, Type, I(Kg + Kinds[rng.Next(Kinds.Length)]));
            int attendees = 2 + rng.Next(3);
            for (int k = 0; k < attendees; k++) T(m, Schema + "attendee", I(Id + "person/h" + rng.Next(persons)));
            T(m, Schema + "startDate", Typed(Date(rng.Next(1800)), "date"));
            T(m, Schema + "location", I(Id + "place/p" + rng.Next(places)));
            T(m, Schema + "eventStatus", I(Statuses[rng.Next(Statuses.Length)]));
            T(m, Schema + "subjectOf", I(Id + "article/a" + rng.Next(articles)));
        }
        for (int i = 0; i < claims; i++)
        {
            if ((i & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
            var c = Id + "claim/c" + i;
            T(c, Type, I(Schema + "Claim"));
            T(c, Schema + "author", I(Id + "person/h" + rng.Next(persons)));
            T(c, Schema + "text", Fr("« " + Name(4) + " " + Name(3) + " " + Name(5) + " »"));
            T(c, Schema + "dateCreated", Typed(Date(rng.Next(1800)), "date"));
            int appearances = 1 + rng.Next(3);
            for (int k = 0; k < appearances; k++) T(c, Schema + "appearance", I(Id + "article/a" + rng.Next(articles)));
        }
        foreach (var kind in Kinds) T(Kg + kind, Rdfs + "subClassOf", I(Kg + "Meeting"));
        T(Kg + "Meeting", Rdfs + "subClassOf", I(Schema + "Event"));
        return count;
    }
}

using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server;

/// <summary>
/// The readable part of an entity page, above the full statement table: for a person (or organization) the posts
/// held (title, organization, when the articles state it), the meetings with the other attendees, the claims, the
/// family relations; for a meeting its attendees, date and place; and under every fact the articles behind it
/// (outlet, date, headline), each linked to the passage highlighted in the article page. Call under the read gate.
/// </summary>
public static class EntitySummary
{
    private const string S = StoreView.Schema;
    private const string Kg = StoreView.Kg;
    private const string Org = StoreView.Org;

    public static string Html(StoreView v, INode entity)
    {
        var sb = new StringBuilder();
        var others = v.Names(entity).Where(n => n != v.Label(entity)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (others.Count > 0) sb.Append("<p class=\"meta\">Aussi nommé : ").Append(HtmlPage.Enc(string.Join(", ", others))).Append("</p>");
        Posts(sb, v, entity);
        Meetings(sb, v, entity);
        Claims(sb, v, entity);
        Relations(sb, v, entity);
        if (v.HasType(entity, S + "Event")) Meeting(sb, v, entity);
        if (v.HasType(entity, S + "Claim"))
            sb.Append("<p><a href=\"").Append(HtmlPage.Enc(HtmlPage.ClaimHref(Iri(entity), v.ResourceBase)))
              .Append("\">Tous les articles qui rapportent cette déclaration</a></p>");
        if (v.HasType(entity, Org + "Post")) Post(sb, v, entity);
        var articles = StoreView.Sorted(v.Subjects(S + "mentions", entity).Concat(v.Objects(entity, StoreView.Prov + "wasDerivedFrom"))
            .Where(a => v.HasType(a, S + "NewsArticle")).Select(v.Article));
        if (articles.Count > 0)
        {
            sb.Append("<h2>Articles</h2><ul class=\"facts\">");
            foreach (var a in articles) sb.Append("<li>").Append(HtmlPage.Source(a, v.ResourceBase)).Append("</li>");
            sb.Append("</ul>");
        }
        return sb.ToString();
    }

    private static void Posts(StringBuilder sb, StoreView v, INode person)
    {
        var posts = v.Objects(person, Org + "holds").Concat(v.Subjects(Org + "heldBy", person)).Distinct().ToList();
        if (posts.Count == 0) return;
        sb.Append("<h2>Fonctions</h2><ul class=\"facts\">");
        foreach (var post in posts)
        {
            sb.Append("<li class=\"fact post\"><span class=\"kind\">fonction</span>").Append(Link(v, post));
            if (v.One(post, Org + "postIn") is { } org) sb.Append(" — ").Append(Link(v, org));
            else if (v.One(post, Kg + "postCountry") is { } country) sb.Append(" — ").Append(Link(v, country));
            sb.Append(" <span class=\"meta\">").Append(HtmlPage.Enc(Dates(v, post))).Append("</span>");
            Sources(sb, v, post);
            sb.Append("</li>");
        }
        sb.Append("</ul>");
    }

    /// <summary>
    /// The post's own dates when the graph has them; otherwise the span of the articles that state it, said as such
    /// (the texts rarely date a post, but a reader still wants to know when it was true).
    /// </summary>
    private static string Dates(StoreView v, INode post)
    {
        var start = v.Text(post, S + "startDate");
        var end = v.Text(post, S + "endDate");
        if (start is not null || end is not null)
            return (start is null ? "" : "depuis " + start) + (start is not null && end is not null ? " " : "") + (end is null ? "" : "jusqu’à " + end);
        var dates = v.SourcesOf(post).Select(a => a.Date).OfType<string>().ToList();
        if (dates.Count == 0) return "dates non précisées";
        return dates[0] == dates[^1] ? $"attestée le {dates[0]}" : $"attestée du {dates[0]} au {dates[^1]}";
    }

    private static void Meetings(StringBuilder sb, StoreView v, INode entity)
    {
        var meetings = v.Subjects(S + "attendee", entity)
            .OrderBy(m => v.Text(m, S + "startDate") ?? "9999", StringComparer.Ordinal).ToList();
        if (meetings.Count == 0) return;
        sb.Append("<h2>Rencontres</h2><ul class=\"facts\">");
        foreach (var m in meetings)
        {
            sb.Append("<li class=\"fact meeting\"><span class=\"kind\">").Append(HtmlPage.Enc(Kind(v, m, S + "Event", "rencontre"))).Append("</span>")
              .Append(Link(v, m)).Append(" <span class=\"meta\">").Append(HtmlPage.Enc(v.Text(m, S + "startDate") ?? "date inconnue"));
            if (v.One(m, S + "location") is { } place) sb.Append(" · ").Append(Link(v, place));
            sb.Append("</span>");
            var with = v.Objects(m, S + "attendee").Where(a => !a.Equals(entity)).ToList();
            if (with.Count > 0) sb.Append("<div>avec ").Append(string.Join(", ", with.Select(a => Link(v, a)))).Append("</div>");
            Sources(sb, v, m);
            sb.Append("</li>");
        }
        sb.Append("</ul>");
    }

    private static void Claims(StringBuilder sb, StoreView v, INode speaker)
    {
        var claims = v.Subjects(S + "author", speaker).Where(c => v.HasType(c, S + "Claim"))
            .Select(c => (Claim: c, Sources: StoreView.Sorted(v.Subjects(Kg + "rendersClaim", c)
                .Select(q => v.One(q, S + "isPartOf")).OfType<INode>().Select(v.Article))))
            .OrderBy(x => x.Sources.FirstOrDefault()?.Date ?? v.Text(x.Claim, S + "dateCreated") ?? "9999", StringComparer.Ordinal).ToList();
        if (claims.Count == 0) return;
        sb.Append("<h2>Déclarations</h2><ul class=\"facts\">");
        foreach (var (claim, sources) in claims)
        {
            sb.Append("<li class=\"fact claim\"><span class=\"kind\">déclaration</span><a class=\"claim\" href=\"")
              .Append(HtmlPage.Enc(HtmlPage.ClaimHref(Iri(claim), v.ResourceBase))).Append("\">« ")
              .Append(HtmlPage.Enc(v.Text(claim, S + "text") ?? v.Name(claim))).Append(" »</a>");
            foreach (var q in v.Subjects(Kg + "rendersClaim", claim)
                         .Select(q => (Q: q, A: v.One(q, S + "isPartOf"), Start: v.Int(q, Kg + "startOffset"), End: v.Int(q, Kg + "endOffset")))
                         .Where(x => x.A is not null).OrderBy(x => v.Article(x.A!).Date ?? "9999", StringComparer.Ordinal).ThenBy(x => Iri(x.Q), StringComparer.Ordinal))
                sb.Append("<div class=\"src\">").Append(HtmlPage.Source(v.Article(q.A!), v.ResourceBase, Fragment(q.Start, q.End))).Append("</div>");
            sb.Append("</li>");
        }
        sb.Append("</ul>");
    }

    private static void Relations(StringBuilder sb, StoreView v, INode person)
    {
        var relations = v.Subjects(Kg + "relationSubject", person).Concat(v.Subjects(Kg + "relationObject", person)).Distinct().ToList();
        if (relations.Count == 0) return;
        sb.Append("<h2>Relations familiales</h2><ul class=\"facts\">");
        foreach (var r in relations)
        {
            var subject = v.One(r, Kg + "relationSubject");
            var @object = v.One(r, Kg + "relationObject");
            var type = v.One(r, Kg + "relationType") is { } t ? v.Name(t) : v.Name(r);
            sb.Append("<li class=\"fact relation\"><span class=\"kind\">relation</span>")
              .Append(subject is null ? "?" : Link(v, subject)).Append(' ').Append(HtmlPage.Enc(type)).Append(' ')
              .Append(@object is null ? "?" : Link(v, @object));
            Sources(sb, v, r);
            sb.Append("</li>");
        }
        sb.Append("</ul>");
    }

    private static void Meeting(StringBuilder sb, StoreView v, INode m)
    {
        sb.Append("<h2>Rencontre</h2><ul class=\"facts\"><li class=\"fact\"><span class=\"kind\">")
          .Append(HtmlPage.Enc(Kind(v, m, S + "Event", "rencontre"))).Append("</span>")
          .Append(HtmlPage.Enc(v.Text(m, S + "startDate") ?? "date inconnue"));
        if (v.One(m, S + "location") is { } place) sb.Append(" · ").Append(Link(v, place));
        if (v.Text(m, S + "duration") is { } duration) sb.Append(" · durée ").Append(HtmlPage.Enc(duration));
        if (v.One(m, S + "eventStatus") is { } status) sb.Append(" · ").Append(HtmlPage.Enc(v.Name(status)));
        sb.Append("<div>Participants : <span class=\"attendees\">")
          .Append(string.Join(", ", v.Objects(m, S + "attendee").Select(a => Link(v, a)))).Append("</span></div>");
        Sources(sb, v, m);
        sb.Append("</li></ul>");
    }

    private static void Post(StringBuilder sb, StoreView v, INode post)
    {
        var holders = v.Objects(post, Org + "heldBy").Concat(v.Subjects(Org + "holds", post)).Distinct().ToList();
        sb.Append("<h2>Fonction</h2><ul class=\"facts\"><li class=\"fact\">")
          .Append(string.Join(", ", holders.Select(h => Link(v, h)))).Append(holders.Count > 0 ? " — " : "").Append(HtmlPage.Enc(v.Name(post)));
        if (v.One(post, Org + "postIn") is { } org) sb.Append(" — ").Append(Link(v, org));
        sb.Append(" <span class=\"meta\">").Append(HtmlPage.Enc(Dates(v, post))).Append("</span>");
        Sources(sb, v, post);
        sb.Append("</li></ul>");
    }

    /// <summary>The articles behind a fact, oldest first, each linked to its first passage stating the fact.</summary>
    private static void Sources(StringBuilder sb, StoreView v, INode fact)
    {
        var evidence = v.Evidence(fact);
        foreach (var a in v.SourcesOf(fact))
        {
            var passage = evidence.Where(e => Iri(e.Article) == a.Iri).OrderBy(e => e.Start).FirstOrDefault();
            sb.Append("<div class=\"src\">source : ")
              .Append(HtmlPage.Source(a, v.ResourceBase, passage.Article is null ? null : Fragment(passage.Start, passage.End))).Append("</div>");
        }
    }

    public static string? Fragment(int? start, int? end) => start is { } s && end is { } e ? $"#s-{s}-{e}" : null;

    /// <summary>The most specific class of the node below <paramref name="general"/>, by its label (the ontology labels its classes).</summary>
    private static string Kind(StoreView v, INode node, string general, string fallback)
    {
        var specific = v.Objects(node, Vocabulary.RdfType).OfType<IUriNode>().FirstOrDefault(t => t.Iri != general);
        return specific is null ? fallback : v.Label(specific) ?? StoreView.LocalName(specific.Iri);
    }

    private static string Link(StoreView v, INode node) =>
        node is IUriNode u
            ? $"<a href=\"{HtmlPage.Enc(v.Href(u.Iri))}\" title=\"{HtmlPage.Enc(u.Iri)}\">{HtmlPage.Enc(v.Name(node))}</a>"
            : HtmlPage.Enc(v.Name(node));

    private static string Iri(INode n) => n is IUriNode u ? u.Iri : n.ToNTriples();
}

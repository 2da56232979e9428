using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server;

/// <summary>
/// The page of one article: headline, outlet, date, author, source link, the text as published with every extracted
/// passage highlighted at its offsets (quotations in yellow, evidence of posts, meetings and relations in green), a
/// numbered list of those facts linked both ways, and the entities it mentions. The graph keeps offsets for
/// quotations and evidence spans only; mentions of entities are found by their names in the text (whole words).
/// Call under the read gate.
/// </summary>
public static partial class ArticlePage
{
    private const string S = StoreView.Schema;
    private const string Kg = StoreView.Kg;

    private sealed record Passage(INode Node, int Start, int End, bool Quotation);

    private sealed record Mention(int Start, int End, INode Entity);

    public static bool IsArticle(StoreView v, INode node) => v.HasType(node, S + "NewsArticle") || v.One(node, S + "articleBody") is not null;

    public static string Html(StoreView v, INode article)
    {
        var a = v.Article(article);
        var body = v.Text(article, S + "articleBody") ?? "";
        var self = v.Href(a.Iri);
        var sb = HtmlPage.Open(a.Headline ?? "Article " + (a.Key ?? a.Iri), self);
        sb.Append("<h1>").Append(HtmlPage.Enc(a.Headline ?? "Article " + (a.Key ?? a.Iri))).Append("</h1><p class=\"meta\">");
        sb.Append(v.One(article, S + "publisher") is { } outlet ? Link(v, outlet) : "média inconnu").Append(" · ")
          .Append(HtmlPage.Enc(a.Date ?? "date inconnue"));
        if (v.One(article, S + "author") is { } author) sb.Append(" · par ").Append(Link(v, author));
        if (a.Url is not null) sb.Append(" · <a href=\"").Append(HtmlPage.Enc(a.Url)).Append("\" rel=\"nofollow\">lire en ligne</a>");
        sb.Append(" · <code>").Append(HtmlPage.Enc(a.Key ?? a.Iri)).Append("</code></p>");
        HtmlPage.FormatLinks(sb, self);

        var passages = v.Subjects(S + "isPartOf", article)
            .Select(n => (Node: n, Start: v.Int(n, Kg + "startOffset"), End: v.Int(n, Kg + "endOffset")))
            .Where(x => x.Start is { } s && x.End is { } e && s >= 0 && s < e && e <= body.Length)
            .Select(x => new Passage(x.Node, x.Start!.Value, x.End!.Value, v.HasType(x.Node, S + "Quotation") || v.HasType(x.Node, Kg + "Quotation")
                                                                             || v.One(x.Node, Kg + "rendersClaim") is not null))
            .OrderBy(p => p.Start).ThenByDescending(p => p.End).ThenBy(p => p.Node.ToNTriples(), StringComparer.Ordinal).ToList();
        var mentioned = v.Objects(article, S + "mentions");
        var mentions = FindMentions(v, body, mentioned);

        sb.Append("<h2>Texte</h2><p class=\"meta\"><mark class=\"q\">citation ou propos rapportés</mark> <mark class=\"e\">passage qui fonde un fait</mark> ")
          .Append("<a class=\"m\">entité mentionnée</a> — les numéros renvoient aux faits extraits.</p><div class=\"body\" lang=\"fr\">");
        Highlight(sb, v, body, passages, mentions);
        sb.Append("</div>");

        sb.Append("<h2>Faits extraits</h2><ol class=\"facts\">");
        for (int i = 0; i < passages.Count; i++) Fact(sb, v, passages[i], i + 1);
        sb.Append("</ol>");
        if (mentioned.Count > 0)
        {
            sb.Append("<h2>Entités mentionnées</h2><p>")
              .Append(string.Join(", ", mentioned.OrderBy(v.Name, StringComparer.Ordinal).Select(e => Link(v, e)))).Append("</p>");
        }
        return HtmlPage.Close(sb);
    }

    /// <summary>
    /// The text cut at every passage and mention boundary: each piece is marked with the kinds of passage covering it
    /// (passages may overlap: a quotation inside the evidence of a meeting), and linked to its entity when a mention
    /// covers it. A passage's start carries its anchor (#s-start-end) and its number in the fact list.
    /// </summary>
    private static void Highlight(StringBuilder sb, StoreView v, string body, IReadOnlyList<Passage> passages, IReadOnlyList<Mention> mentions)
    {
        var cuts = new SortedSet<int> { 0, body.Length };
        foreach (var p in passages) { cuts.Add(p.Start); cuts.Add(p.End); }
        foreach (var m in mentions) { cuts.Add(m.Start); cuts.Add(m.End); }
        var anchored = new HashSet<(int, int)>();
        var points = cuts.ToList();
        for (int i = 0; i + 1 < points.Count; i++)
        {
            int from = points[i], to = points[i + 1];
            for (int n = 0; n < passages.Count; n++)
            {
                var p = passages[n];
                if (p.Start != from) continue;
                sb.Append("<sup").Append(anchored.Add((p.Start, p.End)) ? $" id=\"s-{p.Start}-{p.End}\"" : "")
                  .Append("><a href=\"#f-").Append(n + 1).Append("\">").Append(n + 1).Append("</a></sup>");
            }
            var covering = passages.Where(p => p.Start <= from && p.End >= to).ToList();
            var mention = mentions.FirstOrDefault(m => m.Start <= from && m.End >= to);
            var text = HtmlPage.Enc(covering.Count == 0 ? BlankRuns().Replace(body[from..to], "\n\n") : body[from..to]);
            if (mention is not null && mention.Entity is IUriNode u)
                text = $"<a class=\"m\" href=\"{HtmlPage.Enc(v.Href(u.Iri))}\" title=\"{HtmlPage.Enc(v.Name(u))}\">{text}</a>";
            if (covering.Count > 0)
            {
                var classes = (covering.Any(p => p.Quotation) ? "q" : "") + (covering.Any(p => !p.Quotation) ? " e" : "");
                text = $"<mark class=\"{classes.Trim()}\">{text}</mark>";
            }
            sb.Append(text);
        }
    }

    /// <summary>One entry of the fact list: what the passage says and which facts it supports, linked back to the text.</summary>
    private static void Fact(StringBuilder sb, StoreView v, Passage p, int number)
    {
        sb.Append("<li class=\"fact\" id=\"f-").Append(number).Append("\">");
        if (p.Quotation)
        {
            var claim = v.One(p.Node, Kg + "rendersClaim");
            var speaker = v.One(p.Node, S + "spokenByCharacter") ?? (claim is null ? null : v.One(claim, S + "author"));
            var direct = v.One(p.Node, Kg + "isDirectQuote") is ILiteralNode d ? d.Value == "true" : (bool?)null;
            sb.Append("<span class=\"kind\">").Append(direct == true ? "citation directe" : direct == false ? "discours indirect" : "citation").Append("</span>");
            if (speaker is not null) sb.Append(Link(v, speaker));
            if (v.Text(p.Node, Kg + "speechVerb") is { } verb) sb.Append(" <span class=\"meta\">(verbe « ").Append(HtmlPage.Enc(verb)).Append(" »)</span>");
            sb.Append("<blockquote>« ").Append(HtmlPage.Enc(v.Text(p.Node, S + "text"))).Append(" »</blockquote>");
            if (claim is IUriNode c)
                sb.Append("<div class=\"src\"><a href=\"").Append(HtmlPage.Enc(HtmlPage.ClaimHref(c.Iri, v.ResourceBase)))
                  .Append("\">tous les articles qui rapportent cette déclaration</a></div>");
        }
        else
        {
            var facts = v.Subjects(Kg + "evidence", p.Node);
            sb.Append("<span class=\"kind\">passage</span>");
            sb.Append(facts.Count == 0 ? "<span class=\"muted\">aucun fait lié</span>" : string.Join(" ; ", facts.Select(f => FactLabel(v, f))));
            sb.Append("<blockquote>").Append(HtmlPage.Enc(v.Text(p.Node, S + "text"))).Append("</blockquote>");
        }
        sb.Append("<div class=\"src\"><a href=\"#s-").Append(p.Start).Append('-').Append(p.End).Append("\">↑ dans le texte</a> <span class=\"muted\">(caractères ")
          .Append(p.Start).Append('–').Append(p.End).Append(")</span></div></li>");
    }

    private static string FactLabel(StoreView v, INode fact)
    {
        string kind = v.HasType(fact, StoreView.Org + "Post") ? "fonction"
            : v.HasType(fact, S + "Event") ? "rencontre"
            : v.HasType(fact, Kg + "PersonalRelationship") ? "relation"
            : "fait";
        var holder = v.HasType(fact, StoreView.Org + "Post") ? v.One(fact, StoreView.Org + "heldBy") : null;
        return HtmlPage.Enc(kind) + " : " + (holder is null ? "" : Link(v, holder) + ", ") + Link(v, fact);
    }

    /// <summary>
    /// Where the mentioned entities' names occur as whole words, longest name first, without overlaps (the graph has
    /// no offsets for mentions, only the list of entities an article mentions).
    /// </summary>
    private static IReadOnlyList<Mention> FindMentions(StoreView v, string body, IReadOnlyList<INode> entities)
    {
        var candidates = new List<Mention>();
        foreach (var e in entities)
            foreach (var name in v.Names(e).Where(n => n.Length >= 3).Distinct())
                for (int at = body.IndexOf(name, StringComparison.Ordinal); at >= 0; at = body.IndexOf(name, at + 1, StringComparison.Ordinal))
                {
                    int end = at + name.Length;
                    if ((at > 0 && char.IsLetterOrDigit(body[at - 1])) || (end < body.Length && char.IsLetterOrDigit(body[end]))) continue;
                    candidates.Add(new Mention(at, end, e));
                }
        var taken = new List<Mention>();
        foreach (var m in candidates.OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start).ThenBy(m => m.Entity.ToNTriples(), StringComparer.Ordinal))
            if (!taken.Any(t => t.Start < m.End && m.Start < t.End)) taken.Add(m);
        return taken;
    }

    private static string Link(StoreView v, INode node) =>
        node is IUriNode u
            ? $"<a href=\"{HtmlPage.Enc(v.Href(u.Iri))}\" title=\"{HtmlPage.Enc(u.Iri)}\">{HtmlPage.Enc(v.Name(node))}</a>"
            : HtmlPage.Enc(v.Name(node));

    /// <summary>Runs of blank lines (scraped pages carry dozens) shown as one paragraph break outside passages.</summary>
    [GeneratedRegex(@"\n[ \t\r]*\n(?:[ \t\r]*\n)+")]
    private static partial Regex BlankRuns();
}

using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// Extracts an article from an HTML page with AngleSharp: drops navigation, header, footer, aside,
/// scripts, forms, comment widgets and newsletter/paywall/share blocks; prefers the largest
/// &lt;article&gt;, then &lt;main&gt; or [itemprop=articleBody], else the element whose direct paragraphs
/// hold the most text. Title from og:title / h1 / title, outlet from og:site_name, author and date from
/// the usual meta tags. Paragraph structure is kept as line breaks.
/// </summary>
public static class HtmlArticleReader
{
    /// <summary>Pages whose extracted body has fewer words than this have "no article body".</summary>
    public const int MinBodyWords = 20;

    private static readonly string[] DroppedTags =
    {
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
        "template", "object", "embed", "select", "input", "textarea", "dialog", "menu",
    };

    // class/id fragments of non-article blocks
    private static readonly string[] DroppedClassFragments =
    {
        "comment", "newsletter", "paywall", "subscribe", "abonne", "share", "social", "related", "promo", "cookie",
        "advert", "banner", "breadcrumb", "sidebar", "outbrain", "taboola", "read-also", "lire-aussi", "popup", "modal",
    };

    private static readonly string[] BlockTags = { "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "dd", "dt", "td" };

    public sealed record HtmlArticle(string? Text, ArticleMetadata Metadata);

    public static HtmlArticle Read(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var metadata = ReadMetadata(document);

        foreach (var tag in DroppedTags)
            foreach (var el in document.QuerySelectorAll(tag).ToList()) el.Remove();
        foreach (var el in document.QuerySelectorAll("[class],[id],[role]").ToList())
        {
            if (el.LocalName is "body" or "html" or "article" or "main") continue;
            var cls = ((el.GetAttribute("class") ?? "") + " " + (el.GetAttribute("id") ?? "")).ToLowerInvariant();
            var role = el.GetAttribute("role");
            if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "dialog" || DroppedClassFragments.Any(f => cls.Contains(f, StringComparison.Ordinal)))
                el.Remove();
        }

        var root = PickRoot(document);
        if (root is null) return new HtmlArticle(null, metadata);
        var text = BlockText(root);
        int words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return new HtmlArticle(words >= MinBodyWords ? text : null, metadata);
    }

    private static IElement? PickRoot(IDocument document)
    {
        var article = document.QuerySelectorAll("article").OrderByDescending(a => a.TextContent.Length).FirstOrDefault();
        if (article is not null && article.TextContent.Trim().Length > 0) return article;
        var main = document.QuerySelector("[itemprop=articleBody]") ?? document.QuerySelector("main") ?? document.QuerySelector("[role=main]");
        if (main is not null && main.TextContent.Trim().Length > 0) return main;
        // densest block: the element whose direct <p> children hold the most text
        IElement? best = null;
        int bestLength = 0;
        foreach (var el in document.QuerySelectorAll("div, section, td, body"))
        {
            int len = 0;
            foreach (var child in el.Children)
                if (child.LocalName == "p") len += child.TextContent.Length;
            if (len > bestLength) { bestLength = len; best = el; }
        }
        return best ?? document.Body;
    }

    private static string BlockText(IElement root)
    {
        var sb = new StringBuilder();
        var blocks = root.QuerySelectorAll(string.Join(",", BlockTags))
            .Where(b => !b.Ancestors<IElement>().Any(a => a != root && root.Contains(a) && BlockTags.Contains(a.LocalName)))
            .ToList();
        if (blocks.Count == 0) return Normalize(root.TextContent);
        foreach (var b in blocks)
        {
            var t = Normalize(b.TextContent);
            if (t.Length == 0) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(t);
        }
        return sb.ToString();
    }

    private static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static ArticleMetadata ReadMetadata(IDocument d)
    {
        string? Meta(params string[] names)
        {
            foreach (var n in names)
            {
                var el = d.QuerySelector($"meta[property='{n}']") ?? d.QuerySelector($"meta[name='{n}']") ?? d.QuerySelector($"meta[itemprop='{n}']");
                var v = el?.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(v)) return v.Trim();
            }
            return null;
        }
        var title = Meta("og:title", "twitter:title") ?? NullIfEmpty(d.QuerySelector("h1")?.TextContent) ?? NullIfEmpty(d.Title);
        var outlet = Meta("og:site_name", "application-name", "publisher");
        var author = Meta("author", "article:author", "dc.creator", "DC.creator", "sailthru.author")
            ?? NullIfEmpty(d.QuerySelector("[rel=author]")?.TextContent) ?? NullIfEmpty(d.QuerySelector("[itemprop=author]")?.TextContent);
        var url = d.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta("og:url");
        var dateRaw = Meta("article:published_time", "datePublished", "date", "dc.date", "DC.date.issued", "pubdate", "og:published_time")
            ?? d.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var language = ArticleMetadata.NormalizeLanguage(d.DocumentElement?.GetAttribute("lang") ?? Meta("og:locale", "language"));
        return new ArticleMetadata(title is null ? null : Normalize(title), url, outlet, author is null ? null : Normalize(author), ArticleMetadata.ParseDate(dateRaw), language);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : Normalize(s);
}

using System.Reflection;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Server;

/// <summary>An example of the query library (queries/*.rq): its file name, its question, its text.</summary>
public sealed record ExampleQuery(string Name, string Question, string Text);

/// <summary>
/// The query page at /: YASGUI (npm @zazuko/yasgui, served from the project's own files under /assets/yasgui/), with the
/// examples of queries/ in a select, this server's /sparql as endpoint, results as a table, and the page URL kept as a
/// shareable link (YASGUI's #query=…&amp;endpoint=…; ?query=… is read too). When the YASGUI files are not installed, a plain HTML form with the same examples, a
/// small inline script that shows the results as a table, and the same ?query= links.
/// </summary>
public static class QueryPage
{
    /// <summary>The files served under /assets/yasgui/, and their media types; nothing else of the package is reachable.</summary>
    public static readonly IReadOnlyDictionary<string, string> AssetTypes = new Dictionary<string, string>
    {
        ["yasgui.min.js"] = "text/javascript; charset=utf-8",
        ["yasgui.min.css"] = "text/css; charset=utf-8",
        ["yasgui.min.js.map"] = "application/json; charset=utf-8",
    };

    private const string PackageBuild = ".tools/yasgui/node_modules/@zazuko/yasgui/build";

    /// <summary>The examples embedded in the server at build time, by file name.</summary>
    public static IReadOnlyList<ExampleQuery> Examples { get; } = LoadExamples();

    /// <summary>
    /// The folder holding yasgui.min.js: <paramref name="configured"/> when given ("none" turns YASGUI off), else
    /// KG_YASGUI_DIR, else .tools/yasgui (scripts/install-yasgui.sh) in the first parent of the program or of the current
    /// folder that has it. Null when none has the files.
    /// </summary>
    public static string? Locate(string? configured)
    {
        if (configured == "none") return null;
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(configured)) candidates.Add(configured);
        else
        {
            if (Environment.GetEnvironmentVariable("KG_YASGUI_DIR") is { Length: > 0 } env) candidates.Add(env);
            foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                    candidates.Add(Path.Combine(dir.FullName, PackageBuild));
        }
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "yasgui.min.js")) && File.Exists(Path.Combine(c, "yasgui.min.css")));
    }

    private static IReadOnlyList<ExampleQuery> LoadExamples()
    {
        var assembly = typeof(QueryPage).Assembly;
        var list = new List<ExampleQuery>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("queries/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var text = new StreamReader(stream, Encoding.UTF8).ReadToEnd().Replace("\r\n", "\n");
            var question = text.Split('\n').Where(l => l.StartsWith("# Question:", StringComparison.Ordinal))
                .Select(l => l["# Question:".Length..].Trim()).FirstOrDefault() ?? "";
            list.Add(new ExampleQuery(Path.GetFileNameWithoutExtension(resource["queries/".Length..]), question, text));
        }
        return list;
    }

    private static string ExamplesJson(IReadOnlyList<ExampleQuery> examples) =>
        // The default encoder escapes <, > and & as \u003C…, so the JSON can sit inside a <script> element.
        JsonSerializer.Serialize(examples.Select(e => new { name = e.Name, question = e.Question, text = e.Text }));

    private static void Select(StringBuilder sb, IReadOnlyList<ExampleQuery> examples)
    {
        sb.Append("<label class=\"ex\">Exemples <select id=\"examples\"><option value=\"\">— choisir une question —</option>");
        for (int i = 0; i < examples.Count; i++)
            sb.Append("<option value=\"").Append(i).Append("\">").Append(HtmlPage.Enc(examples[i].Name))
              .Append(examples[i].Question.Length > 0 ? " — " + HtmlPage.Enc(Shorten(examples[i].Question)) : "").Append("</option>");
        sb.Append("</select></label>");
    }

    private static string Shorten(string s) => s.Length <= 110 ? s : s[..107] + "…";

    private static StringBuilder Head(string title, string extra)
    {
        var sb = HtmlPage.Open(title);
        // HtmlPage.Open has written the style; the page-specific style goes in the body (valid, and scoped enough here).
        sb.Append("<style>body{max-width:80rem}.ex{display:block;margin:.6rem 0}.ex select{font:inherit;max-width:100%}")
          .Append("textarea{width:100%;font:14px/1.4 ui-monospace,monospace;box-sizing:border-box}").Append(extra).Append("</style>");
        return sb;
    }

    /// <summary>The YASGUI page; <paramref name="statements"/> is shown as the dataset's size.</summary>
    public static string Yasgui(IReadOnlyList<ExampleQuery> examples, long statements)
    {
        var sb = Head("Requête SPARQL — KnowledgeGraph", ".yasgui .autocompleteWrapper{display:none!important}");
        sb.Append("<link rel=\"stylesheet\" href=\"/assets/yasgui/yasgui.min.css\">")
          .Append("<h1>Requête SPARQL</h1><p class=\"meta\">").Append(statements.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))
          .Append(" triplets. Point d’accès : <code id=\"endpoint\"></code> — un exemple s’ouvre dans l’onglet courant ; ")
          .Append("après l’exécution, l’adresse de la page est un lien à partager vers la requête.</p>");
        Select(sb, examples);
        sb.Append("<div id=\"yasgui\"></div><script src=\"/assets/yasgui/yasgui.min.js\"></script><script>\n")
          .Append("var KG_EXAMPLES = ").Append(ExamplesJson(examples)).Append(";\n").Append(YasguiScript).Append("</script>");
        return HtmlPage.Close(sb);
    }

    private const string YasguiScript = """
        (function () {
          var Y = window.Yasgui && (window.Yasgui.default || window.Yasgui.Yasgui || window.Yasgui);
          var endpoint = location.origin + "/sparql";
          document.getElementById("endpoint").textContent = endpoint;
          // YASGUI's share links carry the query in the fragment (#query=…&endpoint=…); ?query=… works too.
          var shared = new URLSearchParams(location.search).has("query") || new URLSearchParams(location.hash.slice(1)).has("query");
          var yasgui = new Y(document.getElementById("yasgui"), {
            requestConfig: { endpoint: endpoint, method: "POST" },
            copyEndpointOnNewTab: true,
            endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
            persistenceId: null,
            populateFromUrl: true,
            // Only completers that work offline: the class and property ones ask a remote vocabulary service.
            yasqe: { autocompleters: ["prefixes", "variables"] },
            yasr: { defaultPlugin: "table" }
          });
          window.kgYasgui = yasgui;
          function show(example) {
            var tab = yasgui.getTab();
            tab.setQuery(example.text);
            tab.getYasqe().setValue(example.text);
          }
          if (!shared && KG_EXAMPLES.length) show(KG_EXAMPLES[0]);
          var select = document.getElementById("examples");
          select.addEventListener("change", function () {
            if (select.value !== "") show(KG_EXAMPLES[+select.value]);
          });
          // The page URL follows the last query run, so copying it shares the query (YASGUI reads ?query= back).
          yasgui.on("queryResponse", function (y, tab) {
            try { history.replaceState(null, "", tab.getShareableLink(location.origin + "/")); } catch (e) { }
          });
        })();
        """;

    /// <summary>The fallback page when YASGUI is not installed: a plain form; the script only turns JSON results into a table.</summary>
    public static string Plain(IReadOnlyList<ExampleQuery> examples, long statements)
    {
        var sb = Head("Requête SPARQL — KnowledgeGraph",
            "#results table{font-size:.9rem}#results th{text-align:left;border-bottom:2px solid #ccc;padding:.3rem .5rem}");
        sb.Append("<h1>Requête SPARQL</h1><p class=\"meta\">").Append(statements.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))
          .Append(" triplets. Formulaire simple (l’éditeur YASGUI n’est pas installé : <code>scripts/install-yasgui.sh</code>).</p>")
          .Append("<form id=\"form\" method=\"get\" action=\"/sparql\">");
        Select(sb, examples);
        sb.Append("<textarea id=\"query\" name=\"query\" rows=\"16\" spellcheck=\"false\">")
          .Append(HtmlPage.Enc(examples.Count > 0 ? examples[0].Text : "SELECT * WHERE { ?s ?p ?o } LIMIT 10"))
          .Append("</textarea><p><button type=\"submit\">Exécuter</button> <span id=\"status\" class=\"meta\"></span></p></form>")
          .Append("<div id=\"results\"></div><script>\nvar KG_EXAMPLES = ").Append(ExamplesJson(examples)).Append(";\n").Append(PlainScript)
          .Append("</script>");
        return HtmlPage.Close(sb);
    }

    private const string PlainScript = """
        (function () {
          var form = document.getElementById("form"), query = document.getElementById("query");
          var status = document.getElementById("status"), results = document.getElementById("results");
          var select = document.getElementById("examples");
          select.addEventListener("change", function () { if (select.value !== "") query.value = KG_EXAMPLES[+select.value].text; });
          function cell(term) {
            var td = document.createElement("td");
            if (!term) return td;
            if (term.type === "uri") {
              var a = document.createElement("a");
              a.href = "/resource?iri=" + encodeURIComponent(term.value);
              a.textContent = term.value;
              td.appendChild(a);
            } else td.textContent = term.value;
            return td;
          }
          function run() {
            status.textContent = "…";
            history.replaceState(null, "", "/?query=" + encodeURIComponent(query.value));
            fetch("/sparql", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded",
              "Accept": "application/sparql-results+json" }, body: "query=" + encodeURIComponent(query.value) })
              .then(function (r) { return r.ok ? r.json() : r.text().then(function (t) { throw new Error(r.status + " " + t); }); })
              .then(function (data) {
                results.textContent = "";
                var table = document.createElement("table");
                if (data.boolean !== undefined) { status.textContent = "réponse : " + data.boolean; return; }
                var head = table.insertRow();
                data.head.vars.forEach(function (v) { var th = document.createElement("th"); th.textContent = "?" + v; head.appendChild(th); });
                data.results.bindings.forEach(function (b) {
                  var row = table.insertRow();
                  data.head.vars.forEach(function (v) { row.appendChild(cell(b[v])); });
                });
                results.appendChild(table);
                status.textContent = data.results.bindings.length + " résultat(s)";
              })
              .catch(function (e) { status.textContent = e.message; });
          }
          form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
          var shared = new URLSearchParams(location.search).get("query") || new URLSearchParams(location.hash.slice(1)).get("query");
          if (shared) { query.value = shared; run(); }
        })();
        """;
}

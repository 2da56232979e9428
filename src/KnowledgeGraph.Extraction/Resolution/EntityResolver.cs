using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>
/// Cross-document entity resolution. Each document cluster is a node; nodes merge when
/// <list type="bullet">
/// <item>they share a gazetteer key (or, for unknown organizations and places, the same folded name);</item>
/// <item>their full person names are the same person (<see cref="DocumentCoreference.SamePerson"/>: phonetic
/// key, or same surname and compatible first names, tolerating a typo in a long surname);</item>
/// <item>a cluster with only a surname matches exactly one full-name person of the corpus (a surname shared by
/// people with different first names stays apart);</item>
/// <item>a role mention left unresolved in its document matches the person who holds that post in the corpus
/// (the holder with the most statements of it).</item>
/// </list>
/// Canonical label: the gazetteer label for known entities; for others the most frequent full form (persons:
/// two words or more when there is one), ties broken by length then ordinal order. Every other surface form is
/// an alt label. Keys: the gazetteer key, else the slug of the canonical label (so a key changes only if the
/// most frequent spelling changes); a clash between two entities adds the kind, then a number.
/// </summary>
public sealed class EntityResolver : ICorpusComponent
{
    private readonly GazetteerSet _g;
    // folded names that many states give their own body ("assemblee nationale", "senat", "ps"): entity-words-fr.tsv
    private readonly HashSet<string> _sharedInstitutions = new(StringComparer.Ordinal);

    public EntityResolver(ExtractionResources resources)
    {
        _g = resources.Gazetteers;
        foreach (var row in resources.Table("entity-words-fr.tsv"))
            if (row.Length >= 2 && row[0] == "shared-institution") _sharedInstitutions.Add(TextFolding.Fold(row[1]));
    }

    public string Name => "entity-resolution";

    private sealed class Node
    {
        public int Doc;
        public int Cluster;
        public List<int> Mentions = new();
        public EntityKind Kind;
        public string? GazetteerKey;
        public string? FullName;   // the longest full (2+ words) person name in the cluster
        public string? Surname;    // phonetic key of the surname, persons only
        public bool HasName;       // has at least one Name mention
    }

    public DocumentLayers Reads => DocumentLayers.Entities | DocumentLayers.Posts;

    public void Process(CorpusContext corpus, CancellationToken ct)
    {
        var nodes = new List<Node>();
        var nodeOf = new Dictionary<(int, int), int>();
        var unresolvedRoles = new List<(int Doc, int Mention)>();
        foreach (var doc in corpus.Documents)
        {
            ct.ThrowIfCancellationRequested();
            for (int i = 0; i < doc.Entities.Count; i++)
            {
                var m = doc.Entities[i];
                if (m.ClusterId < 0) { unresolvedRoles.Add((doc.Index, i)); continue; }
                if (!nodeOf.TryGetValue((doc.Index, m.ClusterId), out var ni))
                {
                    nodeOf[(doc.Index, m.ClusterId)] = ni = nodes.Count;
                    nodes.Add(new Node { Doc = doc.Index, Cluster = m.ClusterId, Kind = m.Kind });
                }
                var node = nodes[ni];
                node.Mentions.Add(i);
                if (m.Form != MentionForm.Name) continue;
                node.HasName = true;
                node.GazetteerKey ??= m.GazetteerKey;
                if (m.Kind == EntityKind.Person)
                {
                    var words = PersonNames.Words(m.Text);
                    if (PersonNames.IsFullName(words) && (node.FullName is null || m.Text.Length > node.FullName.Length)) node.FullName = m.Text;
                    node.Surname ??= words.Length > 0 ? PersonNames.SurnameKey(words) : null;
                }
            }
        }
        foreach (var node in nodes)
            if (node.FullName is not null) node.Surname = PersonNames.SurnameKey(node.FullName);

        var parent = Enumerable.Range(0, nodes.Count).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        void Union(int a, int b) { a = Find(a); b = Find(b); if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b); }

        // organizations and places by key
        var nodeKeys = new string?[nodes.Count];
        for (int i = 0; i < nodes.Count; i++)
        {
            var n = nodes[i];
            if (n.Kind == EntityKind.Person || !n.HasName) continue;
            var doc = corpus.Documents[n.Doc];
            nodeKeys[i] = n.Kind + ":" + (n.GazetteerKey ?? TextFolding.Slug(doc.Entities[n.Mentions[0]].Text));
        }
        SplitSharedInstitutions(corpus, nodes, nodeKeys);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < nodes.Count; i++)
        {
            if (nodeKeys[i] is not { } key) continue;
            if (byKey.TryGetValue(key, out var first)) Union(first, i); else byKey[key] = i;
        }
        // an acronym used alone in one article ("les FSR") and glossed in another ("Forces de soutien rapide (FSR)"): one
        // organization, when the corpus glosses that acronym one way only
        var glossed = new Dictionary<string, int>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Kind != EntityKind.Organization) continue;
            var doc = corpus.Documents[node.Doc];
            foreach (var mi in node.Mentions)
            {
                var m = doc.Entities[mi];
                if (m.Source != "acronym-alias") continue;
                if (glossed.TryGetValue(m.Text, out var other) && Find(other) != Find(i)) ambiguous.Add(m.Text);
                else glossed[m.Text] = i;
            }
        }
        for (int i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Kind != EntityKind.Organization || !node.HasName) continue;
            var doc = corpus.Documents[node.Doc];
            var text = doc.Entities[node.Mentions[0]].Text;
            if (ambiguous.Contains(text) || !glossed.TryGetValue(text, out var glossedNode)) continue;
            bool acronymOnly = node.Mentions.All(mi => doc.Entities[mi].Form != MentionForm.Name || doc.Entities[mi].Text == text);
            if (acronymOnly) Union(glossedNode, i);
        }

        // an unknown place or organization spelled like a known one ("Kiyv" / "Kyiv"): same phonetic key
        var knownByPhonetic = new Dictionary<(EntityKind, string), int>();
        for (int i = 0; i < nodes.Count; i++)
        {
            var n = nodes[i];
            if (n.Kind == EntityKind.Person || n.GazetteerKey is null) continue;
            foreach (var m in n.Mentions)
            {
                var text = corpus.Documents[n.Doc].Entities[m].Text;
                if (text.Length >= 4) knownByPhonetic.TryAdd((n.Kind, PersonNames.PhoneticKey(text)), i);
            }
        }
        for (int i = 0; i < nodes.Count; i++)
        {
            var n = nodes[i];
            if (n.Kind == EntityKind.Person || n.GazetteerKey is not null || !n.HasName) continue;
            var text = corpus.Documents[n.Doc].Entities[n.Mentions[0]].Text;
            if (text.Length >= 4 && knownByPhonetic.TryGetValue((n.Kind, PersonNames.PhoneticKey(text)), out var known)) Union(known, i);
        }

        // persons with full names: identical phonetic keys first, then same surname (or a near surname) with
        // compatible first names; comparisons run on distinct names, blocked by surname key
        var full = Enumerable.Range(0, nodes.Count).Where(i => nodes[i].Kind == EntityKind.Person && nodes[i].FullName is not null).ToList();
        var byFullKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinctNames = new List<(int Node, string Name, string Surname)>();
        foreach (var i in full)
        {
            var fk = PersonNames.PhoneticKey(nodes[i].FullName!);
            if (byFullKey.TryGetValue(fk, out var same)) Union(same, i);
            else
            {
                byFullKey[fk] = i;
                distinctNames.Add((i, nodes[i].FullName!, nodes[i].Surname!));
            }
        }
        var bySurnameKey = distinctNames.GroupBy(x => x.Surname, StringComparer.Ordinal).ToDictionary(gr => gr.Key, gr => gr.ToList(), StringComparer.Ordinal);
        var surnameKeys = bySurnameKey.Keys.Order(StringComparer.Ordinal).ToList();
        // near surnames (a typo in a long surname) share their first letter and differ in length by two at most:
        // blocks by (first letter, length) keep that comparison to the few keys that could match
        var nearBlocks = surnameKeys.Where(k => k.Length >= 6).GroupBy(k => (k[0], k.Length))
            .ToDictionary(g => g.Key, g => g.ToList());
        for (int a = 0; a < surnameKeys.Count; a++)
        {
            ct.ThrowIfCancellationRequested();
            var ga = bySurnameKey[surnameKeys[a]];
            for (int x = 0; x < ga.Count; x++)
                for (int y = x + 1; y < ga.Count; y++)
                    if (DocumentCoreference.SamePerson(ga[x].Name, ga[y].Name)) Union(ga[x].Node, ga[y].Node);
            var sa = surnameKeys[a];
            if (sa.Length < 6) continue;
            var near = new List<string>();
            for (int len = sa.Length - 2; len <= sa.Length + 2; len++)
                if (nearBlocks.TryGetValue((sa[0], len), out var block))
                    near.AddRange(block.Where(k => string.CompareOrdinal(k, sa) > 0));
            near.Sort(StringComparer.Ordinal);
            foreach (var sb in near)
            {
                if (FuzzySharp.Fuzz.Ratio(sa, sb) < 85 && !PersonNames.VowelVariants(sa, sb)) continue;
                foreach (var p in ga)
                    foreach (var q in bySurnameKey[sb])
                        if (DocumentCoreference.SamePerson(p.Name, q.Name)) Union(p.Node, q.Node);
            }
        }
        var bySurname = full.GroupBy(i => nodes[i].Surname!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        // surname-only clusters. Whether a surname names one person is decided once per surname: the unions below
        // only attach surname-only nodes to a surname that names one person, so they never change that answer.
        var oneHolder = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (int i = 0; i < nodes.Count; i++)
        {
            var n = nodes[i];
            if (n.Kind != EntityKind.Person || n.FullName is not null || n.Surname is null) continue;
            if (!bySurname.TryGetValue(n.Surname, out var candidates)) continue;
            if (!oneHolder.TryGetValue(n.Surname, out var single))
                oneHolder[n.Surname] = single = candidates.Select(Find).Distinct().Count() == 1;
            if (single) Union(Find(candidates[0]), i);
        }
        // unknown single-word names of organizations/places seen as a person elsewhere are left as they are (kinds differ)

        // group and build entities
        var groups = new SortedDictionary<int, List<int>>();
        for (int i = 0; i < nodes.Count; i++)
        {
            int r = Find(i);
            if (!groups.TryGetValue(r, out var list)) groups[r] = list = new List<int>();
            list.Add(i);
        }
        var built = new List<(Entity Entity, List<(int Doc, int Mention)> Refs)>();
        foreach (var (_, members) in groups)
        {
            var refs = members.SelectMany(ni => nodes[ni].Mentions.Select(m => (nodes[ni].Doc, m))).ToList();
            if (!refs.Any(r => corpus.Documents[r.Doc].Entities[r.m].Form == MentionForm.Name)) continue;
            built.Add((BuildEntity(corpus, refs), refs));
        }

        // keys: gazetteer keys first, then by label; clashes get the kind, then a number
        var usedKeys = new HashSet<string>(StringComparer.Ordinal);
        var ordered = built
            .OrderBy(b => b.Entity.Key.StartsWith("g:", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(b => b.Entity.Key, StringComparer.Ordinal)
            .ThenBy(b => b.Entity.Kind)
            .ThenBy(b => b.Entity.Label, StringComparer.Ordinal)
            .ThenBy(b => b.Refs.Min(r => (corpus.Documents[r.Doc].Id, r.Item2)).ToString(), StringComparer.Ordinal)
            .ToList();
        var final = new List<Entity>();
        foreach (var (entity, refs) in ordered)
        {
            var baseKey = entity.Key.StartsWith("g:", StringComparison.Ordinal) ? entity.Key[2..] : entity.Key;
            var key = baseKey;
            if (usedKeys.Contains(key)) key = baseKey + "-" + entity.Kind.ToString().ToLowerInvariant();
            for (int k = 2; usedKeys.Contains(key); k++) key = baseKey + "-" + k;
            usedKeys.Add(key);
            var e = entity with { Key = key };
            final.Add(e);
            foreach (var (d, m) in refs) corpus.SetEntityKey(d, m, key);
        }

        // role mentions not resolved in their document: the corpus holder of that post (the most stated one)
        // (a title names its holder only in articles of the years it was stated: the 2017 holder is not the 2016 one)
        var holderCounts = new Dictionary<(string Role, string? Country), Dictionary<string, int>>();
        var holderYears = new Dictionary<(string Role, string? Country, string Holder), List<int>>();
        foreach (var doc in corpus.Documents)
            foreach (var p in doc.Posts)
            {
                var hk = corpus.EntityKeyOf(doc.Index, p.HolderMentionIndex);
                if (hk is null) continue;
                if (!holderCounts.TryGetValue((p.ResolutionKey, p.CountryKey), out var counts)) holderCounts[(p.ResolutionKey, p.CountryKey)] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
                counts[hk] = counts.GetValueOrDefault(hk) + 1;
                if (doc.Article.Date is { } stated)
                {
                    if (!holderYears.TryGetValue((p.ResolutionKey, p.CountryKey, hk), out var years)) holderYears[(p.ResolutionKey, p.CountryKey, hk)] = years = new List<int>();
                    years.Add(stated.Year);
                }
            }
        // a holder fits an article's year when the title was stated for them that year or the year before (never later), or
        // when no date is known on either side
        bool Fits(string role, string? country, string holder, PartialDate? date) =>
            date is not { } d || !holderYears.TryGetValue((role, country, holder), out var years) || years.Any(y => y <= d.Year && y >= d.Year - 1);
        var indexByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < final.Count; i++) indexByKey[final[i].Key] = i;
        var addedMentions = new Dictionary<int, List<Mention>>();
        foreach (var (d, m) in unresolvedRoles)
        {
            var rm = corpus.Documents[d].Entities[m];
            if (rm.RoleKey is null || !holderCounts.TryGetValue((rm.RoleKey, rm.CountryKey), out var counts)) continue;
            var date = corpus.Documents[d].Article.Date;
            var fitting = counts.Where(kv => Fits(rm.RoleKey, rm.CountryKey, kv.Key, date)).ToList();
            if (fitting.Count == 0) continue;
            var holder = fitting.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
            corpus.SetEntityKey(d, m, holder);
            int idx = indexByKey[holder];
            if (!addedMentions.TryGetValue(idx, out var list)) addedMentions[idx] = list = new List<Mention>();
            list.Add(new Mention(corpus.Documents[d].Id, rm.Span, rm.Text, rm.Kind, rm.Form));
        }
        foreach (var (idx, list) in addedMentions)
        {
            var mentions = final[idx].Mentions.Concat(list).OrderBy(x => x.ArticleId, StringComparer.Ordinal).ThenBy(x => x.Span.Start).ThenBy(x => x.Span.End).ToList();
            final[idx] = final[idx] with { Mentions = mentions };
        }

        corpus.Entities.AddRange(final.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    /// <summary>
    /// "l'Assemblée nationale" of an article about Quebec and of one about France, "le PS" of a Belgian and of a French article:
    /// a name many states give their own body (shared-institution rows) names one body per country. When the articles that
    /// use such a name are about two countries or more, each node's key takes its article's country; a node whose article
    /// is about no one country joins the name's first country (so nothing changes for a name used about one country only).
    /// </summary>
    private void SplitSharedInstitutions(CorpusContext corpus, List<Node> nodes, string?[] nodeKeys)
    {
        if (_sharedInstitutions.Count == 0) return;
        var homeOfDoc = new Dictionary<int, string?>();
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < nodes.Count; i++)
        {
            var n = nodes[i];
            if (n.Kind != EntityKind.Organization || nodeKeys[i] is null) continue;
            var doc = corpus.Documents[n.Doc];
            var name = n.GazetteerKey is { } gk && _g.EntriesByKey.TryGetValue(gk, out var entry) ? entry.Label : null;
            bool shared = name is not null && _sharedInstitutions.Contains(TextFolding.Fold(name));
            foreach (var mi in n.Mentions)
                if (!shared && doc.Entities[mi].Form == MentionForm.Name) shared = _sharedInstitutions.Contains(TextFolding.Fold(doc.Entities[mi].Text));
            if (!shared) continue;
            if (!byKey.TryGetValue(nodeKeys[i]!, out var list)) byKey[nodeKeys[i]!] = list = new List<int>();
            list.Add(i);
        }
        foreach (var (key, list) in byKey)
        {
            string? Home(int node)
            {
                int d = nodes[node].Doc;
                if (!homeOfDoc.TryGetValue(d, out var home)) homeOfDoc[d] = home = DocumentCountry(corpus.Documents[d]);
                return home;
            }
            var homes = list.Select(Home).Where(h => h is not null).Distinct(StringComparer.Ordinal).ToList();
            if (homes.Count < 2) continue;
            var first = list.Select(Home).First(h => h is not null)!;
            foreach (var i in list) nodeKeys[i] = key + "@" + (Home(i) ?? first);
        }
    }

    // the country an article is about: the country its named places belong to most often (a country's own name counts for
    // it), or null when no place is named or two countries tie
    private static string? DocumentCountry(AnalyzedDocument doc)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in doc.Entities)
            if (m.Kind == EntityKind.Place && m.Form == MentionForm.Name && m.CountryKey is { } c) counts[c] = counts.GetValueOrDefault(c) + 1;
        if (counts.Count == 0) return null;
        var ranked = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        return ranked.Count > 1 && ranked[1].Value == ranked[0].Value ? null : ranked[0].Key;
    }

    private Entity BuildEntity(CorpusContext corpus, List<(int Doc, int Mention)> refs)
    {
        var mentions = refs.Select(r => (Doc: corpus.Documents[r.Doc], M: corpus.Documents[r.Doc].Entities[r.Mention]))
            .OrderBy(x => x.Doc.Id, StringComparer.Ordinal).ThenBy(x => x.M.Span.Start).ThenBy(x => x.M.Span.End).ToList();
        var names = mentions.Where(x => x.M.Form == MentionForm.Name).ToList();
        var kind = names.GroupBy(x => x.M.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var gazKey = names.Select(x => x.M.GazetteerKey).FirstOrDefault(k => k is not null);
        var surfaces = names.Select(x => x.M.Text).ToList();
        string label;
        EntitySubtype subtype;
        string key;
        GazetteerEntry? entry = null;
        if (gazKey is not null)
        {
            var baseKey = gazKey.EndsWith("-site", StringComparison.Ordinal) ? gazKey[..^5] : gazKey;
            _g.EntriesByKey.TryGetValue(baseKey, out entry);
        }
        if (entry is not null)
        {
            label = entry.Label;
            key = "g:" + gazKey;
            subtype = gazKey!.EndsWith("-site", StringComparison.Ordinal) ? EntitySubtype.Building : entry.Subtype;
        }
        else
        {
            var pool = kind == EntityKind.Person && surfaces.Any(PersonNames.IsFullName)
                ? surfaces.Where(PersonNames.IsFullName).ToList()
                : surfaces;
            // a name written in capitals throughout ("UNIVERSITÉ JOSEPH-KI-ZERBO", from a headline or a credit) is the label only
            // when the entity has no other spelling
            label = pool.GroupBy(s => s, StringComparer.Ordinal)
                .OrderBy(g => IsShouted(g.Key) ? 1 : 0)
                .ThenByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
                .First().Key;
            key = gazKey is not null ? "g:" + gazKey : TextFolding.Slug(label);
            // "le gouvernement ukrainien" and a post's "ministre ukrainien" name the same government: one label for both
            if (gazKey is not null && gazKey.StartsWith("gouvernement-", StringComparison.Ordinal) && _g.CountryByKey(gazKey["gouvernement-".Length..]) is { } gov)
                label = Posts.PostAssembler.GovernmentLabel(gov);
            subtype = names.GroupBy(x => x.M.Subtype).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        }
        var alt = surfaces.Where(s => s != label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var country = entry?.CountryCode is { } code ? _g.Country(code)?.Key
            : mentions.Select(x => x.M.CountryKey).Where(c => c is not null).GroupBy(c => c!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        if (kind == EntityKind.Person) country = null;
        var modelMentions = mentions.Select(x => new Mention(x.Doc.Id, x.M.Span, x.M.Text, x.M.Kind, x.M.Form)).ToList();
        return new Entity(key, kind, subtype, label, alt, modelMentions, country);
    }

    // several words, every letter a capital: a headline's or a credit's spelling, not the name's usual one ("CMA CGM" is shouted
    // too, and stays the label when it is the only spelling)
    private static bool IsShouted(string label)
    {
        if (!label.Contains(' ', StringComparison.Ordinal)) return false;
        int letters = 0;
        foreach (var c in label)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 6;
    }
}

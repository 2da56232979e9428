using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>
/// Clusters the mentions of one document (sets <see cref="EntityMention.ClusterId"/>):
/// <list type="bullet">
/// <item>full person names by phonetic key; full names with the same surname and compatible first names
/// ("Rafaël Mourra" / "Rafael Moura") join;</item>
/// <item>a lone surname ("Moura", "M. Hartley") joins the only full name with that surname; a lone first
/// name joins the only full name with that first name; otherwise it stays its own cluster;</item>
/// <item>a role mention ("le président russe") joins the person who holds that post (same resolution key and
/// country) in this document, if exactly one does; otherwise it stays unclustered (-1) for the corpus stage;</item>
/// <item>organizations and places by gazetteer key, else by folded text.</item>
/// </list>
/// Cluster ids are numbered by first mention, so they are deterministic.
/// </summary>
public sealed class DocumentCoreference : IDocumentComponent
{
    // role keys that name the head of an organization ("patron", "dirigeant", "directeur-general", "pdg"), from
    // post-words-fr.tsv: "le patron de Schneider" is the person the article calls "directeur général de Schneider Electric"
    private readonly HashSet<string> _headRoles;
    private readonly Entities.GazetteerSet _g;

    public DocumentCoreference(ExtractionResources resources)
    {
        _g = resources.Gazetteers;
        _headRoles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in resources.Table("post-words-fr.tsv"))
            if (row.Length >= 2 && row[0] == "head-role") _headRoles.Add(row[1]);
    }

    // "patron", "patron-de-brenner", "directeur-general-de-brenner-electric": a head role key, alone or with its complement
    private bool IsHeadRole(string key)
    {
        if (_headRoles.Contains(key)) return true;
        for (int dash = key.IndexOf('-'); dash > 0; dash = key.IndexOf('-', dash + 1))
            if (_headRoles.Contains(key[..dash])) return true;
        return false;
    }

    /// <summary>
    /// The one named holder of a head role of the organization at <paramref name="orgSpan"/> (same name, or one name's
    /// words all in the other's: "Schneider" / "Schneider Electric"), or null when none or several.
    /// </summary>
    private int? HeadOfOrganization(AnalyzedDocument doc, TextSpan orgSpan, Func<int, int> find)
    {
        var wanted = TextFolding.Fold(orgSpan.Of(doc.Text)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int? found = null;
        foreach (var p in doc.Posts)
        {
            if (!IsHeadRole(p.ResolutionKey) || p.OrganizationMentionIndex is not { } om) continue;
            if (doc.Entities[p.HolderMentionIndex].Form != MentionForm.Name) continue;
            var words = TextFolding.Fold(doc.Entities[om].Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!(wanted.All(words.Contains) || words.All(wanted.Contains))) continue;
            int root = find(p.HolderMentionIndex);
            if (found is { } other && other != root) return null;
            found = root;
        }
        return found;
    }

    /// <summary>
    /// "KNDS" and "KNDS France", "Orange" and "Orange Côte d'Ivoire": a longer name made of the short one and a country's name
    /// is the body's national branch, another body than the group, not a longer form of the same name. (A region's name is
    /// not: "le Crédit Agricole" after "le Crédit Agricole Normandie" is mostly the regional bank the article is about.)
    /// </summary>
    private bool IsBranchName(string shortName, string longName)
    {
        var shortTokens = Entities.GazetteerSet.FoldedTokens(shortName);
        var longTokens = Entities.GazetteerSet.FoldedTokens(longName);
        if (longTokens.Length <= shortTokens.Length) return false;
        for (int k = 0; k < shortTokens.Length; k++)
            if (shortTokens[k] != longTokens[k]) return false;
        return _g.PlaceSpanning(longTokens, shortTokens.Length)?.Subtype == EntitySubtype.Country;
    }

    public string Name => "coreference";

    public void Process(AnalyzedDocument doc, CancellationToken ct)
    {
        var mentions = doc.Entities;
        int count = mentions.Count;
        var parent = new int[count];
        for (int i = 0; i < count; i++) parent[i] = i;
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        void Union(int a, int b) { a = Find(a); b = Find(b); if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b); }

        var fullNames = new List<int>();
        var singles = new List<int>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            var m = mentions[i];
            if (m.Form == MentionForm.Role) continue;
            if (m.Kind == EntityKind.Person)
            {
                var words = PersonNames.Words(m.Text);
                if (PersonNames.IsFullName(words)) fullNames.Add(i); else if (words.Length >= 1) singles.Add(i);
                continue;
            }
            var key = m.Kind + ":" + (m.GazetteerKey ?? TextFolding.Slug(m.Text));
            if (byKey.TryGetValue(key, out var first)) Union(first, i); else byKey[key] = i;
        }

        // "Schneider" after "Schneider Electric": a one-word organization name that opens exactly one longer organization
        // name of the document is that organization
        var orgByFirstWord = new Dictionary<string, int>(StringComparer.Ordinal);
        var ambiguousFirstWords = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            var m = mentions[i];
            if (m.Kind != EntityKind.Organization || m.Form != MentionForm.Name) continue;
            var words = TextFolding.Fold(m.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) continue;
            // every word, so a word inside two organizations' names is ambiguous; only a first word is used below
            foreach (var w in words)
                if (orgByFirstWord.TryGetValue(w, out var seen) && Find(seen) != Find(i)) ambiguousFirstWords.Add(w);
                else orgByFirstWord.TryAdd(w, i);
        }
        for (int i = 0; i < count; i++)
        {
            var m = mentions[i];
            if (m.Kind != EntityKind.Organization || m.Form != MentionForm.Name || m.GazetteerKey is not null) continue;
            var folded = TextFolding.Fold(m.Text);
            if (folded.Contains(' ') || ambiguousFirstWords.Contains(folded) || !orgByFirstWord.TryGetValue(folded, out var longer)
                || !TextFolding.Fold(mentions[longer].Text).StartsWith(folded + " ", StringComparison.Ordinal)
                || IsBranchName(m.Text, mentions[longer].Text)) continue;
            Union(longer, i);
        }

        // "la Banque centrale" after "la Banque centrale de Madagascar": a name of two words or more that exactly one longer
        // organization name of the document continues with its "de" complement is that organization
        var orgNames = new List<(int Index, string Folded)>();
        for (int i = 0; i < count; i++)
            if (mentions[i].Kind == EntityKind.Organization && mentions[i].Form == MentionForm.Name)
                orgNames.Add((i, TextFolding.Fold(mentions[i].Text)));
        // sorted, so the names a prefix opens are one range (no scan of every pair in a long document)
        orgNames.Sort((a, b) => string.CompareOrdinal(a.Folded, b.Folded) is var c && c != 0 ? c : a.Index.CompareTo(b.Index));
        var sortedNames = orgNames.Select(x => x.Folded).ToArray();
        foreach (var (i, folded) in orgNames.ToArray())
        {
            if (mentions[i].GazetteerKey is not null || !folded.Contains(' ')) continue;
            int? root = null;
            bool ambiguous = false;
            int from = Array.BinarySearch(sortedNames, folded, StringComparer.Ordinal);
            if (from < 0) from = ~from;
            while (from > 0 && string.CompareOrdinal(sortedNames[from - 1], folded) == 0) from--;
            for (int at = from; at < orgNames.Count && orgNames[at].Folded.StartsWith(folded, StringComparison.Ordinal); at++)
            {
                var (j, other) = orgNames[at];
                if (other.Length <= folded.Length + 3) continue;
                var rest = other.AsSpan(folded.Length);
                if (!(rest.StartsWith(" de ") || rest.StartsWith(" du ") || rest.StartsWith(" des ") || rest.StartsWith(" d'"))) continue;
                if (root is { } r && r != Find(j)) { ambiguous = true; break; }
                root = Find(j);
            }
            if (!ambiguous && root is { } only) Union(only, i);
        }

        // keys computed once per mention
        var fullKey = new Dictionary<int, string>();
        var surnameKey = new Dictionary<int, string>();
        var firstKey = new Dictionary<int, string>();
        foreach (var i in fullNames.Concat(singles))
        {
            var words = PersonNames.Words(mentions[i].Text);
            var keys = words.Select(PersonNames.PhoneticWord).ToArray();
            fullKey[i] = string.Join(' ', keys);
            surnameKey[i] = keys[^1];
            firstKey[i] = keys[0];
        }
        // full names: same phonetic key, or same surname with compatible first names (distinct names only)
        var distinctFull = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in fullNames)
        {
            if (distinctFull.TryGetValue(fullKey[i], out var same)) Union(same, i); else distinctFull[fullKey[i]] = i;
        }
        // compare distinct names within a surname block, and across blocks whose long surnames are near (typos)
        var blocks = distinctFull.Values.GroupBy(x => surnameKey[x], StringComparer.Ordinal).Select(gr => (Key: gr.Key, Items: gr.ToList())).ToList();
        for (int a = 0; a < blocks.Count; a++)
        {
            var items = blocks[a].Items;
            for (int x = 0; x < items.Count; x++)
                for (int y = x + 1; y < items.Count; y++)
                    if (SamePerson(mentions[items[x]].Text, mentions[items[y]].Text)) Union(items[x], items[y]);
            for (int b = a + 1; b < blocks.Count; b++)
            {
                var ka = blocks[a].Key;
                var kb = blocks[b].Key;
                if (ka.Length < 6 || kb.Length < 6 || Math.Abs(ka.Length - kb.Length) > 2 || ka[0] != kb[0]) continue;
                foreach (var x in items)
                    foreach (var y in blocks[b].Items)
                        if (SamePerson(mentions[x].Text, mentions[y].Text)) Union(x, y);
            }
        }
        // "Kouassi N'Guessan Ahoua … M. N'Guessan Ahoua", "Trésor Kabasele Tshimanga … M. Kabasele Tshimanga": a name of two
        // words or more that no first name opens (or that a civility title introduces) and that ends exactly one longer name of the document is that person (compound
        // surnames written without the first name, as West and Central African outlets do)
        var byTail = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var i in distinctFull.Values)
        {
            var parts = fullKey[i].Split(' ');
            for (int k = 1; k <= parts.Length - 2; k++)
            {
                var tail = string.Join(' ', parts[k..]);
                if (!byTail.TryGetValue(tail, out var list)) byTail[tail] = list = new List<int>();
                list.Add(i);
            }
        }
        foreach (var i in distinctFull.Values)
        {
            var first = PersonNames.Words(mentions[i].Text)[0];
            // ("M. Mahamat Saleh" after "Abakar Mahamat Saleh": after a civility title the words are the surname's even when the
            // first of them is also a first name)
            if (_g.IsFirstName(TextFolding.Fold(first)) && mentions[i].Source != "title" || !byTail.TryGetValue(fullKey[i], out var longer)) continue;
            var roots = longer.Select(Find).Distinct().ToList();
            if (roots.Count == 1) Union(roots[0], i);
        }
        // "Ana García … Ana García López", "Marie Dupont … Marie Dupont-Moreau": a full name whose words (hyphenated parts apart)
        // open exactly one longer full name of the document, its first name included, is that person: outlets drop a second
        // surname or the second part of a double one
        var nameParts = new Dictionary<int, string[]>();
        var byPrefix = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var i in distinctFull.Values)
        {
            var parts = PersonNames.Words(mentions[i].Text).SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries)).Select(PersonNames.PhoneticWord).ToArray();
            nameParts[i] = parts;
            for (int k = 2; k < parts.Length; k++)
            {
                var prefix = string.Join(' ', parts[..k]);
                if (!byPrefix.TryGetValue(prefix, out var list)) byPrefix[prefix] = list = new List<int>();
                list.Add(i);
            }
        }
        foreach (var i in distinctFull.Values)
        {
            if (nameParts[i].Length < 2 || !byPrefix.TryGetValue(string.Join(' ', nameParts[i]), out var longer)) continue;
            var roots = longer.Select(Find).Distinct().ToList();
            if (roots.Count == 1) Union(roots[0], i);
        }
        // lone surnames and first names; unattached ones with the same key join each other
        var loneByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var fullBySurname = fullNames.GroupBy(x => surnameKey[x], StringComparer.Ordinal).ToDictionary(gr => gr.Key, gr => gr.ToList(), StringComparer.Ordinal);
        var fullByFirst = fullNames.GroupBy(x => firstKey[x], StringComparer.Ordinal).ToDictionary(gr => gr.Key, gr => gr.ToList(), StringComparer.Ordinal);
        foreach (var s in singles)
        {
            // a surname with its particles ("Van der Molen") is looked up by its last word, as full names are
            var key = surnameKey[s];
            var bySurname = fullBySurname.TryGetValue(key, out var ls) ? ls.Select(Find).Distinct().ToList() : new List<int>();
            if (bySurname.Count == 1) { Union(bySurname[0], s); continue; }
            if (bySurname.Count == 0)
            {
                var byFirst = fullByFirst.TryGetValue(key, out var lf) ? lf.Select(Find).Distinct().ToList() : new List<int>();
                if (byFirst.Count == 1) { Union(byFirst[0], s); continue; }
            }
            if (loneByKey.TryGetValue(key, out var other)) Union(other, s); else loneByKey[key] = s;
        }

        // nicknames: "Mohamed Hamdan Daglo, dit « Hemedti »", "X, alias Y": the same person
        for (int i = 1; i < count; i++)
        {
            var m = mentions[i];
            if (m.Kind != EntityKind.Person || m.Form != MentionForm.Name) continue;
            var before = mentions[i - 1];
            if (before.Kind != EntityKind.Person || before.Form != MentionForm.Name || before.Span.End > m.Span.Start) continue;
            if (IsNicknameLink(doc.Text.AsSpan(before.Span.End, m.Span.Start - before.Span.End))) Union(i - 1, i);
        }

        // role mentions: the holder of the post in this document. The named holders of each post key are grouped once (a scan
        // of every post for every role mention made long articles quadratic): the loop below only joins a lone role mention
        // to one cluster, so the holders' clusters (how many, and who is in which) stay as they are now
        var holdersByPost = new Dictionary<(string, string?), (int Count, int Holder)>();
        var clustersByPost = new Dictionary<(string, string?), HashSet<int>>();
        foreach (var p in doc.Posts)
        {
            if (mentions[p.HolderMentionIndex].Form != MentionForm.Name) continue;
            var postKey = (p.ResolutionKey, p.CountryKey);
            if (!clustersByPost.TryGetValue(postKey, out var clusters)) clustersByPost[postKey] = clusters = new HashSet<int>();
            if (clusters.Add(Find(p.HolderMentionIndex))) holdersByPost[postKey] = (clusters.Count, p.HolderMentionIndex);
        }
        for (int i = 0; i < count; i++)
        {
            var m = mentions[i];
            if (m.Form != MentionForm.Role || m.RoleKey is null) continue;
            int holders = holdersByPost.TryGetValue((m.RoleKey, m.CountryKey), out var held) ? held.Count : 0;
            if (holders == 1) { Union(held.Holder, i); continue; }
            if (holders == 0 && m.OrganizationSpan is { } orgSpan && IsHeadRole(m.RoleKey)
                && HeadOfOrganization(doc, orgSpan, Find) is { } head)
                Union(head, i);
        }

        // number clusters by first mention; role mentions left alone get -1
        var ids = new Dictionary<int, int>();
        var sizes = new Dictionary<int, int>();
        for (int i = 0; i < count; i++) sizes[Find(i)] = sizes.GetValueOrDefault(Find(i)) + 1;
        for (int i = 0; i < count; i++)
        {
            int root = Find(i);
            if (mentions[i].Form == MentionForm.Role && sizes[root] == 1)
            {
                mentions[i] = mentions[i] with { ClusterId = -1 };
                continue;
            }
            if (!ids.TryGetValue(root, out var id)) ids[root] = id = ids.Count;
            mentions[i] = mentions[i] with { ClusterId = id };
        }
    }

    private static bool IsNicknameLink(ReadOnlySpan<char> between)
    {
        var t = between.Trim().TrimStart(',').Trim().TrimEnd('«').TrimEnd('"').TrimEnd('“').Trim();
        return t.Length > 0 && t.Length <= 12 && (t.Equals("dit", StringComparison.OrdinalIgnoreCase) || t.Equals("dite", StringComparison.OrdinalIgnoreCase)
            || t.Equals("alias", StringComparison.OrdinalIgnoreCase) || t.Equals("surnommé", StringComparison.OrdinalIgnoreCase) || t.Equals("surnommée", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Two full names denote the same person: same phonetic key, or same surname and compatible first names.</summary>
    public static bool SamePerson(string x, string y)
    {
        if (PersonNames.PhoneticKey(x) == PersonNames.PhoneticKey(y)) return true;
        var wx = PersonNames.Words(x);
        var wy = PersonNames.Words(y);
        if (wx.Length < 2 || wy.Length < 2) return false;
        var sx = PersonNames.SurnameKey(wx);
        var sy = PersonNames.SurnameKey(wy);
        if (sx != sy)
        {
            // a typo in a long surname: "Kouzmenko" / "Kouzmenkov"
            bool typo = sx.Length >= 6 && sy.Length >= 6 && FuzzySharp.Fuzz.Ratio(sx, sy) >= 85;
            // other vowels only ("Ould Jiddou" / "Ould Jeddou"): the first names must then be one (same phonetic key), not only compatible
            if (!typo) return PersonNames.VowelVariants(sx, sy) && PersonNames.PhoneticWord(wx[0]) == PersonNames.PhoneticWord(wy[0]);
        }
        return PersonNames.FirstNamesCompatible(wx[0], wy[0]);
    }
}

using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Entities;

// Streets, buildings, venues and natural features named by a lower-case noun and a name.
public sealed partial class EntityRecognizer
{
    /// <summary>
    /// "l'avenue de Morges", "le palais Rose", "le lac Tchad", "la rivière des Outaouais", "le stade Félix-Houphouët-Boigny": a
    /// lower-case venue noun (data: venue-head) right before a name, or before de/du/des/d'/de la/de l' and the name, makes one
    /// place of both, whatever the name alone was taken for (a town, a country, an organization's alias, a first name, a
    /// person); the name is then no mention of its own. Runs no rule classified are taken too ("le palais Rose").
    /// </summary>
    private void VenueNames(AnalyzedDocument doc, List<Candidate> candidates, List<Candidate> runs)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var f = doc.Folded;
        var present = new HashSet<Candidate>(candidates);
        foreach (var c in candidates.Concat(runs.Where(r => r.Kind is null && !present.Contains(r))).ToList())
        {
            int head = VenueHeadBefore(text, tokens, f, c.Start);
            // "au Complexe Mohammed VI", "le Grand Stade Hassan II", "la Salle Jean-Moulin": a capitalised venue noun right
            // before a person's name names the venue after that person
            if (head < 0 && c.Kind == EntityKind.Person && c.Start >= 1 && tokens[c.Start - 1].Kind == TokenKind.Word
                && char.IsUpper(text[tokens[c.Start - 1].Start]) && _w.VenueHeads.Contains(f[c.Start - 1]) && !_w.VenueHeadsDirectOnly.Contains(f[c.Start - 1])
                && !IsAllCaps(tokens[c.Start - 1].SliceOf(text)))
            {
                head = c.Start - 1;
                if (head >= 1 && f[head - 1] is "grand" or "grande" or "petit" or "petite" or "nouveau" or "nouvelle" && char.IsUpper(text[tokens[head - 1].Start])) head--;
            }
            if (head < 0) continue;
            // "le stade de Benslimane", "le château de Dublin": the building of a known place; the place stays
            if (c.Kind == EntityKind.Place && c.Source != "venue" && head != c.Start - 1 && _w.BuildingHeads.Contains(f[head])) continue;
            // "un hôtel de Doha", "son palais de Koulouba": a common noun, no name
            if (head >= 1 && f[head - 1] is "un" or "une" or "des" or "son" or "sa" or "ses" or "leur" or "leurs" or "ce" or "cet" or "cette" or "ces"
                or "notre" or "nos" or "votre" or "vos" or "mon" or "ma" or "mes" or "plusieurs" or "chaque" or "aucun" or "aucune") continue;
            c.Start = head;
            c.Kind = EntityKind.Place;
            c.Subtype = EntitySubtype.Building;
            c.GazetteerKey = null;
            c.Country = null;
            c.Source = "venue";
            if (present.Add(c)) candidates.Add(c);
        }
    }

    private int VenueHeadBefore(string text, IReadOnlyList<Token> tokens, IReadOnlyList<string> f, int start)
    {
        int k = start - 1;
        // "de la Culture", "de l'Indépendance", "du Peuple", "des Congrès", "d'Ornano"
        if (k >= 1 && f[k] is "la" or "l'" && f[k - 1] == "de") k -= 2;
        else if (k >= 0 && f[k] is "de" or "d'" or "du" or "des") k--;
        if (k < 0 || tokens[k].Kind != TokenKind.Word || !char.IsLower(text[tokens[k].Start]) || !_w.VenueHeads.Contains(f[k])) return -1;
        if (k != start - 1 && _w.VenueHeadsDirectOnly.Contains(f[k])) return -1;
        return k;
    }
}

using System.Text;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// The key under which the claim grouper compares speakers: an entity key ("youssef-el-mansouri") with the particles
/// outlets write or drop (claim-grammar.tsv, name-particle) left out, each word rewritten by the spelling rules
/// (name-spelling: "ou" → "u") and doubled letters made single. Two outlets that spell one person "Youssef El Mansouri"
/// and "Youssef al-Mansouri", or "Aboubakar Danjouma Bello" and "Abubakar Danjuma Bello", give one key, so their
/// renderings of a statement can be one claim even when corpus resolution kept two entities. It only widens the block of
/// renderings compared: two renderings still need wordings that state the same thing (<see cref="ClaimSimilarity"/>).
/// A key whose words are all particles keeps its own form.
/// </summary>
public sealed class SpeakerNameKey
{
    private readonly HashSet<string> _particles;
    private readonly IReadOnlyList<(string From, string To)> _spellings;

    public SpeakerNameKey(ClaimGrammar grammar)
    {
        _particles = grammar.NameParticles;
        _spellings = grammar.NameSpellings;
    }

    /// <summary>The comparison key of an entity key (lower-case words joined by '-').</summary>
    public string Of(string entityKey)
    {
        var words = entityKey.Split('-', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(words.Length);
        foreach (var w in words)
            if (!_particles.Contains(w)) kept.Add(Spell(w));
        return kept.Count == 0 ? entityKey : string.Join('-', kept);
    }

    private string Spell(string word)
    {
        foreach (var (from, to) in _spellings) word = word.Replace(from, to, StringComparison.Ordinal);
        var sb = new StringBuilder(word.Length);
        foreach (char ch in word)
            if (sb.Length == 0 || sb[^1] != ch) sb.Append(ch);
        return sb.ToString();
    }
}

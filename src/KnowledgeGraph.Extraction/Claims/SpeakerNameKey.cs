using System.Text;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// The key under which the claim grouper compares speakers: an entity key ("youssef-el-mansouri") with the particles
/// outlets write or drop (claim-grammar.tsv, name-particle) left out, each word rewritten by the spelling rules
/// (name-spelling: "ou" → "u") and doubled letters made single. Two outlets that spell one person "Youssef El Mansouri"
/// and "Youssef al-Mansouri", or "Aboubakar Danjouma Bello" and "Abubakar Danjuma Bello", give one key, so their
/// renderings of a statement can be one claim even when corpus resolution kept two entities. It only widens the block of
/// renderings compared: two renderings still need wordings that state the same thing (<see cref="ClaimSimilarity"/>).
/// A key whose words are all particles keeps its own form. Long names have a second key, their consonant
/// <see cref="Skeleton"/>; the grouper compares renderings whose speakers share either key.
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

    /// <summary>Consonants a long name must keep for its <see cref="Skeleton"/> to count: short names collide too easily.</summary>
    public const int MinSkeletonLetters = 8;

    /// <summary>
    /// A second key for long transliterated names: the consonants of the whole name, particles kept and glued, spelling rules
    /// applied, doubled letters single — "Abdelkrim Benslimane" and "Abdelkarim Ben Slimane" both give "bdlkrmbnslmn",
    /// where outlets glue or split a particle and write or drop a vowel. Null for a name of fewer than
    /// <see cref="MinSkeletonLetters"/> consonants ("Marie Dupont" / "Mario Dupont" must not meet).
    /// </summary>
    public string? Skeleton(string entityKey)
    {
        var sb = new StringBuilder(entityKey.Length);
        foreach (var w in entityKey.Split('-', StringSplitOptions.RemoveEmptyEntries))
            foreach (char ch in Spell(w))
                if (ch is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y') && char.IsLetter(ch) && (sb.Length == 0 || sb[^1] != ch)) sb.Append(ch);
        return sb.Length >= MinSkeletonLetters ? sb.ToString() : null;
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

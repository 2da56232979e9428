using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Build;

/// <summary>Renames keys throughout an extraction result: every reference to an entity, meeting or claim follows.</summary>
/// <remarks>A record (and a list of keys) is copied only when one of its keys changes: most keys stay what the resolver
/// minted, and the result and its remapped copy are both alive while the keys are stabilized (a quotation and a
/// meeting report per sentence of every article).</remarks>
public static class KeyRemap
{
    public static ExtractionResult Apply(ExtractionResult r, IReadOnlyDictionary<string, string> entities,
        IReadOnlyDictionary<string, string> meetings, IReadOnlyDictionary<string, string> claims)
    {
        string E(string key) => entities.TryGetValue(key, out var k) ? k : key;
        string? En(string? key) => key is null ? null : E(key);
        return r with
        {
            Entities = r.Entities.Select(e => E(e.Key) == e.Key && En(e.CountryKey) == e.CountryKey ? e : e with { Key = E(e.Key), CountryKey = En(e.CountryKey) })
                .OrderBy(e => e.Key, StringComparer.Ordinal).ToList(),
            Posts = r.Posts.Select(p => p with
            {
                // the extractor names a post after its holder and role (PostAssembler); renamed holder, renamed post
                Key = p.Key == TextFolding.Slug(p.HolderKey + "-" + p.RoleKey) ? TextFolding.Slug(E(p.HolderKey) + "-" + p.RoleKey) : p.Key,
                HolderKey = E(p.HolderKey),
                OrganizationKey = En(p.OrganizationKey),
            }).ToList(),
            Relations = r.Relations.Select(x => E(x.SubjectKey) == x.SubjectKey && E(x.ObjectKey) == x.ObjectKey ? x
                : x with { SubjectKey = E(x.SubjectKey), ObjectKey = E(x.ObjectKey) }).ToList(),
            Meetings = r.Meetings.Select(m => m with
            {
                Key = meetings.TryGetValue(m.Key, out var k) ? k : m.Key,
                AttendeeKeys = m.AttendeeKeys.All(a => E(a) == a) ? m.AttendeeKeys : m.AttendeeKeys.Select(E).ToList(),
                PlaceKey = En(m.PlaceKey),
            }).OrderBy(m => m.Key, StringComparer.Ordinal).ToList(),
            Claims = r.Claims.Select(c => c with
            {
                Key = claims.TryGetValue(c.Key, out var k) ? k : c.Key,
                SpeakerKey = E(c.SpeakerKey),
                Appearances = c.Appearances.All(a => En(a.ViaKey) == a.ViaKey) ? c.Appearances : c.Appearances.Select(a => a with { ViaKey = En(a.ViaKey) }).ToList(),
            }).OrderBy(c => c.Key, StringComparer.Ordinal).ToList(),
        };
    }
}

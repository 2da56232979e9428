using Newtonsoft.Json;

namespace KnowledgeGraph.Evaluation;

/// <summary>
/// A hand-made gold file (tests/gold/seeds.gold.json). Ids are local to the file; articles are named by their
/// file stem or by the stem's leading number ("000" stands for "000_94763d4cc18d9f12"). Items marked
/// <c>optional</c> neither reward nor penalise a system: a match with one is left out of every count.
/// </summary>
public sealed record GoldStandard(
    IReadOnlyList<string> Articles,
    IReadOnlyList<GoldEntity> Persons,
    IReadOnlyList<GoldEntity> Organizations,
    IReadOnlyList<GoldEntity> Places,
    IReadOnlyList<GoldPost> Posts,
    IReadOnlyList<GoldMeeting> Meetings,
    IReadOnlyList<GoldClaim> Claims)
{
    public IEnumerable<GoldEntity> AllEntities => Persons.Concat(Organizations).Concat(Places);
}

public sealed record GoldEntity(string Id, string Label, IReadOnlyList<string> AltLabels, IReadOnlyList<string> Articles, bool Optional)
{
    public IEnumerable<string> Names => AltLabels.Prepend(Label);
}

public sealed record GoldPost(string Holder, string Role, string? Organization, string? Label, IReadOnlyList<string> Articles, bool Optional);

public sealed record GoldMeeting(string Id, string? Type, IReadOnlyList<string> Attendees, string? Date, string? Place, string? Duration,
    string? Status, IReadOnlyList<string> Articles, bool Optional);

public sealed record GoldClaim(string Id, string Speaker, string Text, IReadOnlyList<string> Articles, bool Optional);

/// <summary>Thrown for a gold file that cannot be read, naming the file and, when known, the line and column.</summary>
public sealed class GoldFormatException(string message) : Exception(message);

public static class GoldLoader
{
    public static GoldStandard Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GoldFormatException($"{path}: cannot read the gold file: {e.Message}");
        }
        return Parse(text, path);
    }

    public static GoldStandard Parse(string json, string sourceName = "<gold>")
    {
        GoldFile? file;
        try
        {
            file = JsonConvert.DeserializeObject<GoldFile>(json, new JsonSerializerSettings { MissingMemberHandling = MissingMemberHandling.Ignore });
        }
        catch (JsonException e)
        {
            var where = e is JsonReaderException r ? $":{r.LineNumber}:{r.LinePosition}" : "";
            throw new GoldFormatException($"{sourceName}{where}: invalid gold file: {e.Message}");
        }
        if (file is null) throw new GoldFormatException($"{sourceName}: empty gold file");
        var gold = new GoldStandard(
            file.Articles ?? new List<string>(),
            Entities(file.Persons, "persons", sourceName),
            Entities(file.Organizations, "organizations", sourceName),
            Entities(file.Places, "places", sourceName),
            (file.Posts ?? new()).Select((p, i) => new GoldPost(
                Required(p.Holder, $"posts[{i}].holder", sourceName), Required(p.Role, $"posts[{i}].role", sourceName),
                p.Organization, p.Label, p.Articles ?? new(), p.Optional)).ToList(),
            (file.Meetings ?? new()).Select((m, i) => new GoldMeeting(m.Id ?? $"meeting-{i}", m.Type, m.Attendees ?? new(), m.Date, m.Place,
                m.Duration, m.Status, m.Articles ?? new(), m.Optional)).ToList(),
            (file.Claims ?? new()).Select((c, i) => new GoldClaim(c.Id ?? $"claim-{i}", Required(c.Speaker, $"claims[{i}].speaker", sourceName),
                Required(c.Text, $"claims[{i}].text", sourceName), c.Articles ?? new(), c.Optional)).ToList());
        var ids = gold.AllEntities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var p in gold.Posts) Check(ids, p.Holder, "post holder", sourceName);
        foreach (var m in gold.Meetings) foreach (var a in m.Attendees) Check(ids, a, $"meeting {m.Id} attendee", sourceName);
        foreach (var c in gold.Claims) Check(ids, c.Speaker, $"claim {c.Id} speaker", sourceName);
        return gold;
    }

    private static void Check(HashSet<string> ids, string id, string what, string source)
    {
        if (!ids.Contains(id)) throw new GoldFormatException($"{source}: {what} '{id}' is not the id of any person, organization or place");
    }

    private static string Required(string? value, string field, string source) =>
        string.IsNullOrWhiteSpace(value) ? throw new GoldFormatException($"{source}: {field} is missing") : value;

    private static List<GoldEntity> Entities(List<EntityDto>? list, string field, string source) =>
        (list ?? new()).Select((e, i) => new GoldEntity(Required(e.Id, $"{field}[{i}].id", source), Required(e.Label, $"{field}[{i}].label", source),
            e.AltLabels ?? new(), e.Articles ?? new(), e.Optional)).ToList();

    private sealed class GoldFile
    {
        public List<string>? Articles { get; set; }
        public List<EntityDto>? Persons { get; set; }
        public List<EntityDto>? Organizations { get; set; }
        public List<EntityDto>? Places { get; set; }
        public List<PostDto>? Posts { get; set; }
        public List<MeetingDto>? Meetings { get; set; }
        public List<ClaimDto>? Claims { get; set; }
    }

    private sealed class EntityDto
    {
        public string? Id { get; set; }
        public string? Label { get; set; }
        public List<string>? AltLabels { get; set; }
        public List<string>? Articles { get; set; }
        public bool Optional { get; set; }
    }

    private sealed class PostDto
    {
        public string? Holder { get; set; }
        public string? Role { get; set; }
        public string? Organization { get; set; }
        public string? Label { get; set; }
        public List<string>? Articles { get; set; }
        public bool Optional { get; set; }
    }

    private sealed class MeetingDto
    {
        public string? Id { get; set; }
        public string? Type { get; set; }
        public List<string>? Attendees { get; set; }
        public string? Date { get; set; }
        public string? Place { get; set; }
        public string? Duration { get; set; }
        public string? Status { get; set; }
        public List<string>? Articles { get; set; }
        public bool Optional { get; set; }
    }

    private sealed class ClaimDto
    {
        public string? Id { get; set; }
        public string? Speaker { get; set; }
        public string? Text { get; set; }
        public List<string>? Articles { get; set; }
        public bool Optional { get; set; }
    }
}

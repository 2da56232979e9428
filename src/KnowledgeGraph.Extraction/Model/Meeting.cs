namespace KnowledgeGraph.Extraction.Model;

public enum MeetingType
{
    Meeting,
    Talks,
    PhoneCall,
    Summit,
    Visit,
    MinisterialMeeting,
}

public enum MeetingStatus
{
    TookPlace,
    Planned,
    Cancelled,
    Postponed,
}

/// <summary>
/// A meeting (talks, call, summit, visit, ministerial meeting). The same meeting reported by
/// several articles is one <see cref="Meeting"/> with one <see cref="Evidence"/> per report.
/// </summary>
/// <param name="Duration">ISO 8601 duration ("PT5H"), when stated.</param>
public sealed record Meeting(
    string Key,
    MeetingType Type,
    string Label,
    IReadOnlyList<string> AttendeeKeys,
    PartialDate? Date,
    string? PlaceKey,
    string? Duration,
    MeetingStatus Status,
    IReadOnlyList<Evidence> Reports);

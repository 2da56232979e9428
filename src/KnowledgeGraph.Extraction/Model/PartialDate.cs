namespace KnowledgeGraph.Extraction.Model;

/// <summary>A date known to the year, the month or the day (xsd:gYear, xsd:gYearMonth, xsd:date).</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public bool IsFullDate => Month is not null && Day is not null;

    public DateOnly? ToDateOnly() => IsFullDate ? new DateOnly(Year, Month!.Value, Day!.Value) : null;

    public static PartialDate From(DateOnly d) => new(d.Year, d.Month, d.Day);

    /// <summary>ISO 8601 lexical form: 2025-12-03, 2025-12 or 2025.</summary>
    public override string ToString() =>
        Day is not null ? $"{Year:D4}-{Month:D2}-{Day:D2}" : Month is not null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";

    public int CompareTo(PartialDate other)
    {
        int c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }
}

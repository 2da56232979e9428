namespace KnowledgeGraph.Evaluation;

/// <summary>Counts for one kind of item. Matches with optional gold items are in none of the counts.</summary>
/// <param name="Gold">Required gold items.</param>
/// <param name="System">System items, less those matched to optional gold items.</param>
/// <param name="Informational">Shown but left out of the micro and macro totals.</param>
public sealed record KindScore(string Kind, int Gold, int System, int TruePositives, bool Informational = false)
{
    public double Precision => System == 0 ? (Gold == 0 ? 1 : 0) : (double)TruePositives / System;
    public double Recall => Gold == 0 ? 1 : (double)TruePositives / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <param name="Misses">Required gold items not found, and system items matching nothing, per kind (for debugging extractors).</param>
public sealed record EvaluationReport(IReadOnlyList<KindScore> Kinds, IReadOnlyDictionary<string, IReadOnlyList<string>> Misses)
{
    private IEnumerable<KindScore> Scored => Kinds.Where(k => !k.Informational);

    public KindScore Micro => new("micro", Scored.Sum(k => k.Gold), Scored.Sum(k => k.System), Scored.Sum(k => k.TruePositives));

    public double MacroPrecision => Scored.Average(k => k.Precision);
    public double MacroRecall => Scored.Average(k => k.Recall);
    public double MacroF1 => Scored.Average(k => k.F1);

    public KindScore this[string kind] => Kinds.First(k => k.Kind == kind);
}

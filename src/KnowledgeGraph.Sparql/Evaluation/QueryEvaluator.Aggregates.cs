using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Evaluation;

public sealed partial class QueryEvaluator
{
    /// <summary>
    /// One aggregate of one group, folded a solution at a time (nothing of the member solutions is kept but what the
    /// aggregate needs). Errors follow the SPARQL working group's answer that an error inside an aggregate is not
    /// trapped: when the expression is an error for any member (an unbound variable, a string function on a number…),
    /// SUM, AVG, MIN, MAX and GROUP_CONCAT are errors for the group and leave their variable unbound. COUNT counts the
    /// members whose expression has a value and SAMPLE picks one of those. Both readings are Jena ARQ's.
    /// </summary>
    private abstract class Accumulator(QueryEvaluator owner)
    {
        protected QueryEvaluator Owner { get; } = owner;

        /// <summary>Folds a row standing for <paramref name="weight"/> equal rows: only COUNT without DISTINCT reads the
        /// weight; the other aggregates given a weight above 1 are those for which repeats change nothing (WeightedRows).</summary>
        public abstract void Add(int[] row, ActiveGraph graph, long weight);

        /// <summary>The aggregate's value as a term id; 0 (unbound) when it is an error.</summary>
        public abstract int Result();

        public static Accumulator For(AggregateExpression a, QueryEvaluator e, Func<HashSet<long>> distinctPairs)
        {
            if (a.Function == AggregateFunction.Count && a.Argument is null) return new CountRows(e, a.Distinct);
            if (a.Argument is VariableExpression v && e._slots.TryGetSlot(v.Name, out var slot))
            {
                // COUNT(?x) and SAMPLE(?x) only need to know which rows bind ?x: they work on ids.
                if (a.Function == AggregateFunction.Count)
                    return new CountIds(e, slot, a.Distinct ? distinctPairs() : null, e._groupNumber);
                if (a.Function == AggregateFunction.Sample) return new SampleId(e, slot);
            }
            return a.Function switch
            {
                AggregateFunction.Count => new CountValues(e, a),
                AggregateFunction.Sample => new SampleValue(e, a),
                AggregateFunction.Sum => new SumValues(e, a, average: false),
                AggregateFunction.Avg => new SumValues(e, a, average: true),
                AggregateFunction.Min => new MinMax(e, a, max: false),
                AggregateFunction.Max => new MinMax(e, a, max: true),
                AggregateFunction.GroupConcat => new GroupConcat(e, a),
                _ => throw new SparqlException($"unsupported aggregate {a.CustomIri ?? a.Function.ToString()}"),
            };
        }
    }

    private sealed class CountRows(QueryEvaluator owner, bool distinct) : Accumulator(owner)
    {
        private long _count;
        private readonly HashSet<int[]>? _seen = distinct ? new(RowComparer.Instance) : null;

        public override void Add(int[] row, ActiveGraph graph, long weight)
        {
            if (_seen is null) _count += weight;
            else if (_seen.Add(row)) _count++;
        }

        public override int Result() => Owner.IntegerId(_count);
    }

    /// <summary>COUNT(?x), or COUNT(DISTINCT ?x) with the (group, term) pairs of every group in one shared set.</summary>
    private sealed class CountIds(QueryEvaluator owner, int slot, HashSet<long>? seen, int group) : Accumulator(owner)
    {
        private long _count;

        public override void Add(int[] row, ActiveGraph graph, long weight)
        {
            int id = row[slot];
            if (id == 0) return;
            if (seen is null) _count += weight;
            else if (seen.Add(((long)group << 32) | (uint)id)) _count++;
        }

        public override int Result() => Owner.IntegerId(_count);
    }

    private sealed class SampleId(QueryEvaluator owner, int slot) : Accumulator(owner)
    {
        private int _id;

        public override void Add(int[] row, ActiveGraph graph, long weight)
        {
            if (_id == 0) _id = row[slot];
        }

        public override int Result() => _id;
    }

    /// <summary>An aggregate over the values of an expression; null is an error. DISTINCT drops repeated values first.</summary>
    private abstract class ValueAccumulator(QueryEvaluator owner, AggregateExpression a) : Accumulator(owner)
    {
        private readonly HashSet<INode?>? _seen = a.Distinct ? new() : null;
        private readonly int _slot = a.Argument is VariableExpression v && owner._slots.TryGetSlot(v.Name, out var s) ? s : -1;

        public override void Add(int[] row, ActiveGraph graph, long weight)
        {
            INode? value;
            int id = 0;
            if (_slot >= 0)
            {
                id = row[_slot];
                value = id == 0 ? null : Owner._terms.Decode(id);
            }
            else
            {
                Owner._guard.Tick();
                value = Owner.EvaluateExpression(a.Argument!, row, graph);
            }
            if (_seen is not null && !_seen.Add(value)) return;
            Fold(value, id, _seen is null ? weight : 1);
        }

        /// <summary>One (distinct) value, met <paramref name="times"/> times; id is its term id when known without encoding, else 0.</summary>
        protected abstract void Fold(INode? value, int id, long times);

        protected int Encode(INode? node) => node is null ? 0 : Owner._terms.Encode(node);
    }

    private sealed class CountValues(QueryEvaluator owner, AggregateExpression a) : ValueAccumulator(owner, a)
    {
        private long _count;

        protected override void Fold(INode? value, int id, long times)
        {
            if (value is not null) _count += times;
        }

        public override int Result() => Owner.IntegerId(_count);
    }

    private sealed class SampleValue(QueryEvaluator owner, AggregateExpression a) : ValueAccumulator(owner, a)
    {
        private INode? _value;

        protected override void Fold(INode? value, int id, long times) => _value ??= value;

        public override int Result() => Encode(_value);
    }

    /// <summary>SUM folds op:numeric-add over the values (§18.5.1.3); AVG divides that by their number (0 for none).</summary>
    private sealed class SumValues(QueryEvaluator owner, AggregateExpression a, bool average) : ValueAccumulator(owner, a)
    {
        private XsdNumeric _sum = XsdNumeric.FromInteger(0);
        private long _count;
        private bool _error;

        protected override void Fold(INode? value, int id, long times)
        {
            if (_error) return;
            System.Diagnostics.Debug.Assert(times == 1, "SUM/AVG are never given weighted rows");
            _count++;
            if (value is ILiteralNode l && XsdNumeric.TryParse(l, out var n) && XsdNumeric.Arithmetic('+', _sum, n) is { } next)
                _sum = next;
            else
                _error = true;
        }

        public override int Result()
        {
            if (_error) return 0;
            if (!average) return Encode(_sum.ToLiteral());
            if (_count == 0) return Owner.IntegerId(0);
            return Encode(XsdNumeric.Arithmetic('/', _sum, XsdNumeric.FromInteger(_count))?.ToLiteral());
        }
    }

    /// <summary>§18.5.1.5-6: MIN and MAX use the ORDER BY ordering, so values of unrelated types still give an answer.</summary>
    private sealed class MinMax(QueryEvaluator owner, AggregateExpression a, bool max) : ValueAccumulator(owner, a)
    {
        private INode? _best;
        private int _bestId;
        private SortKey _bestKey;
        private bool _error;

        protected override void Fold(INode? value, int id, long times)
        {
            if (_error) return;
            if (value is null) { _error = true; return; }
            if (id != 0 && id == _bestId) return;
            var key = id > 0 ? Owner.SortKeyOf(id) : SortKey.Of(value);
            if (_best is not null)
            {
                int c = SortKey.Compare(key, _bestKey);
                if (max ? c <= 0 : c >= 0) return;
            }
            (_best, _bestId, _bestKey) = (value, id, key);
        }

        public override int Result() => _error ? 0 : _bestId != 0 ? _bestId : Encode(_best);
    }

    /// <summary>Always a simple literal, even when every member has the same language tag (§18.5.1.7).</summary>
    private sealed class GroupConcat(QueryEvaluator owner, AggregateExpression a) : ValueAccumulator(owner, a)
    {
        private readonly StringBuilder _text = new();
        private readonly string _separator = a.Separator ?? " ";
        private bool _first = true;
        private bool _error;

        protected override void Fold(INode? value, int id, long times)
        {
            if (_error) return;
            System.Diagnostics.Debug.Assert(times == 1, "GROUP_CONCAT is never given weighted rows");
            if (value is not ILiteralNode l || (l.Datatype != Vocabulary.XsdString && l.Datatype != Vocabulary.RdfLangString && !XsdNumeric.IsNumericType(l.Datatype)))
            {
                _error = true;
                return;
            }
            if (!_first) _text.Append(_separator);
            _text.Append(l.Value);
            _first = false;
        }

        public override int Result() => _error ? 0 : Encode(new LiteralNode(_text.ToString()));
    }

    /// <summary>The group being made, and per COUNT(DISTINCT ?x) of the query one set of (group, term) pairs, so that
    /// groups do not each allocate a set of their own.</summary>
    private int _groupNumber;

    /// <summary>Per GROUP operator, per aggregate: the shared (group, term) set of a COUNT(DISTINCT ?x).</summary>
    private readonly Dictionary<Group, HashSet<long>?[]> _distinctPairs = new(ReferenceEqualityComparer.Instance);

    private HashSet<long> DistinctPairs(Group g, int aggregate)
    {
        if (!_distinctPairs.TryGetValue(g, out var sets)) _distinctPairs[g] = sets = new HashSet<long>?[g.Aggregates.Count];
        return sets[aggregate] ??= new HashSet<long>();
    }

    /// <summary>ORDER BY keys of store terms, parsed once per query rather than at every row or comparison.</summary>
    private readonly Dictionary<int, SortKey> _sortKeys = new();

    private SortKey SortKeyOf(int id)
    {
        if (id <= 0) return SortKey.Of(_terms.DecodeOrNull(id));
        if (!_sortKeys.TryGetValue(id, out var key)) _sortKeys[id] = key = SortKey.Of(_terms.Decode(id));
        return key;
    }
}

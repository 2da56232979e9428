using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Claims.ClauseText;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>How a claim candidate's speaker is to be found, and the candidate itself.</summary>
public sealed partial class ClaimExtractor
{
    private enum SpeakerRule { Before, After, Pronoun, Source, Continuation, SameSentenceSpeaker, AfterOrAnaphoric, InciseAfter, ColonSubject, Latest, Relative, Signature, Description }

    private sealed class Candidate
    {
        public required TextSpan Span;
        public required TextSpan Content;
        public bool Direct;
        public SpeechVerbMatch? Verb;
        public SpeakerRule Rule;
        public int RuleFrom;
        public int RuleTo;
        public TextSpan? SpeakerSpan;
        public int? Speaker;
        public string? Pronoun;
        public int Sentence;
        public TextSpan? Original;
    }
}

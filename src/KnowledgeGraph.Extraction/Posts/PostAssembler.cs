using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Posts;

/// <summary>Work in progress (next commit): turns post and relation mentions into Post and PersonalRelation records.</summary>
public sealed class PostAssembler : ICorpusComponent
{
    public string Name => "post-assembly";

    public void Process(CorpusContext corpus, CancellationToken ct)
    {
    }
}

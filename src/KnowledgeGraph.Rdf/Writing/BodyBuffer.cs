using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// The body of a Turtle or TriG document, held until the header (the prefixes the body used) can be written before
/// it: in memory while it is small, in a temporary file past <see cref="MemoryLimitChars"/>.
/// </summary>
internal sealed class BodyBuffer : IDisposable
{
    public const int MemoryLimitChars = 8 << 20;

    private readonly StringBuilder _memory = new();
    private string? _path;
    private StreamWriter? _file;

    public void Append(StringBuilder text)
    {
        if (_file is null && _memory.Length + text.Length > MemoryLimitChars)
        {
            _path = Path.Combine(Path.GetTempPath(), $"kg-body-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
            _file = new StreamWriter(new FileStream(_path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16), AtomicFile.Utf8NoBom, 1 << 16);
            _file.Write(_memory);
            _memory.Clear();
        }
        if (_file is not null) _file.Write(text);
        else _memory.Append(text);
    }

    public void CopyTo(TextWriter output, CancellationToken cancellationToken)
    {
        if (_file is null)
        {
            output.Write(_memory);
            return;
        }
        _file.Flush();
        var stream = _file.BaseStream;
        stream.Position = 0;
        // Into a file of the same encoding (kg build's dumps): the bytes are copied as they are, not decoded and
        // encoded again.
        if (output is StreamWriter target && target.Encoding.Equals(AtomicFile.Utf8NoBom))
        {
            target.Flush();
            var bytes = new byte[1 << 16];
            int read;
            while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                target.BaseStream.Write(bytes, 0, read);
            }
            return;
        }
        using var reader = new StreamReader(stream, AtomicFile.Utf8NoBom, false, 1 << 16, leaveOpen: true);
        var buffer = new char[1 << 16];
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            output.Write(buffer, 0, n);
        }
    }

    public void Dispose()
    {
        _file?.Dispose();
        if (_path is not null) File.Delete(_path);
    }
}

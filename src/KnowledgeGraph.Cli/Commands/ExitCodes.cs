namespace KnowledgeGraph.Cli.Commands;

/// <summary>Exit codes shared by every command, so scripts can tell failures apart.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The work completed but some inputs were skipped (kg build).</summary>
    public const int PartialFailure = 1;
    /// <summary>Bad input: a syntax error, a missing file, an unknown format.</summary>
    public const int InputError = 2;
    /// <summary>A server was down, refused us, or failed mid-way.</summary>
    public const int ServiceError = 3;
    /// <summary>A query ran past its timeout or result limit.</summary>
    public const int Limit = 4;
    /// <summary>The output folder is being written by another kg build (its lock is held); nothing was written.</summary>
    public const int Busy = 5;
    /// <summary>A bug: an unexpected exception (sysexits' EX_SOFTWARE).</summary>
    public const int InternalError = 70;
}

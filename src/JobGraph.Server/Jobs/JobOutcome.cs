namespace JobGraph.Server.Jobs;

/// <summary>How a finished connection job went (seed 002).</summary>
public enum JobOutcome
{
    /// <summary>Every task completed.</summary>
    Success,
    /// <summary>Some tasks completed, some did not.</summary>
    PartialSuccess,
    /// <summary>No task completed.</summary>
    Failure,
}

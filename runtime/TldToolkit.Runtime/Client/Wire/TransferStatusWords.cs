namespace TldToolkit.Client.Wire;

/// <summary>How far an incoming transfer is, read from StatusDomainTransfer's TRANSFERSTATUS.</summary>
public enum TransferProgress
{
    /// <summary>Still running (PENDING, INITIATED, REQUESTED, or a word this client does not know).</summary>
    Running,
    /// <summary>Ended without the domain (FAILED, REJECTED, CANCELLED, NACK, DENIED).</summary>
    Failed,
    /// <summary>Ended with the domain (SUCCESSFUL, COMPLETED).</summary>
    Completed,
}

/// <summary>The one reading of TRANSFERSTATUS words (TRANSFER/STATUSDOMAINTRANSFER.md documents PENDING; its example shows INITIATED).</summary>
public static class TransferStatusWords
{
    /// <summary>
    /// Classifies a TRANSFERSTATUS value. An unknown word counts as running: a transfer record exists,
    /// and reading it as "nothing happened" could have an order sent, and charged, twice.
    /// </summary>
    public static TransferProgress Classify(string? status)
    {
        var s = (status ?? "").ToUpperInvariant();
        if (s.Contains("FAIL", StringComparison.Ordinal) || s.Contains("REJECT", StringComparison.Ordinal) || s.Contains("CANCEL", StringComparison.Ordinal)
            || s.Contains("NACK", StringComparison.Ordinal) || s.Contains("DENIED", StringComparison.Ordinal))
            return TransferProgress.Failed;
        if (s.Contains("SUCCESS", StringComparison.Ordinal) || s.Contains("COMPLETE", StringComparison.Ordinal))
            return TransferProgress.Completed;
        return TransferProgress.Running;
    }
}

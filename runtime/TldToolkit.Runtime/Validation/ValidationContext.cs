namespace TldToolkit.Validation;

/// <summary>What a validation needs besides the order: the clock (for renewal windows).</summary>
public sealed class ValidationContext
{
    /// <summary>Creates a context on <paramref name="timeProvider"/> (the system clock when null).</summary>
    public ValidationContext(TimeProvider? timeProvider = null) => TimeProvider = timeProvider ?? TimeProvider.System;

    /// <summary>The clock.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Today in UTC, as registries count days.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeProvider.GetUtcNow().UtcDateTime);

    /// <summary>A context on the system clock.</summary>
    public static ValidationContext Default { get; } = new();
}

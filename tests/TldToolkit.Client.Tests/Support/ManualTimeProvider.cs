namespace TldToolkit.Client.Tests.Support;

/// <summary>
/// A clock tests move by hand. (Microsoft.Extensions.TimeProvider.Testing is pinned at 10.0.0 in
/// Directory.Packages.props, a version the feed does not have; the sandbox only reads the time, so
/// this is all it needs.)
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}

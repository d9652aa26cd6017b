namespace TldToolkit.Idn.Tests;

/// <summary>Locates the reference data that lives beside the clone (../shared/data), never inside it.</summary>
internal static class SharedData
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string PathOf(params string[] parts) =>
        Path.GetFullPath(Path.Combine([RepositoryRoot, "..", "shared", "data", .. parts]));

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TldToolkit.sln"))) return dir.FullName;
        throw new InvalidOperationException("TldToolkit.sln not found above " + AppContext.BaseDirectory);
    }
}

namespace Logistics.Functions.Tests.Infrastructure;

/// <summary>Where the app project's build output lies (the worker SDK writes functions.metadata there).</summary>
public static class AppOutput
{
    /// <summary>The repository root, found upwards from the test's output folder.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The app project folder.</summary>
    public static string ProjectFolder => Path.Combine(RepositoryRoot, "functions", "Logistics.Functions");

    /// <summary>The app's output folder for the configuration the tests were built with.</summary>
    public static string Folder
    {
        get
        {
            // tests/Logistics.Functions.Tests/bin/<Configuration>/<tfm>/ mirrors functions/Logistics.Functions/bin/<Configuration>/<tfm>/.
            var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(ProjectFolder, "bin", configuration, tfm);
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Logistics.Functions.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Logistics.Functions.sln above {AppContext.BaseDirectory}.");
    }
}

namespace ServerlessIm.Local.Emulators.Cosmos;

/// <summary>Finds the checkout that the running build output came from.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFileName = "ServerlessIm.sln";

    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null;
            directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No {SolutionFileName} was found in {AppContext.BaseDirectory} or any folder above it. " +
            "The local Cosmos server runs from a build inside the ServerlessIm repository.");
    }
}

// Datasets: finds a file of the repository's datasets/ folder by walking up from the program's folder, so an
// example runs the same from `dotnet run --project examples/<Name>`, from its bin folder, or from a test.
namespace Dendrite.Examples;

/// <summary>Locates the CSV files bundled in the repository's <c>datasets/</c> folder.</summary>
public static class Datasets
{
    /// <summary>The full path of <c>datasets/<paramref name="fileName"/></c>, in the nearest folder above the program that has it.</summary>
    /// <param name="fileName">The file's name inside <c>datasets/</c>, e.g. <c>iris.csv</c>.</param>
    /// <returns>The absolute path of the file.</returns>
    /// <exception cref="FileNotFoundException">No folder above the program holds <c>datasets/<paramref name="fileName"/></c>.</exception>
    public static string Find(string fileName)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "datasets", fileName);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"Could not find datasets/{fileName} in any folder above {AppContext.BaseDirectory}; run the example from a clone of the repository.", fileName);
    }
}

// The public API of each Dendrite assembly (LibraryAssemblies), as text, compared with the approved snapshot: an accidental break (a renamed
// parameter, a removed overload, a changed default) fails here. After an intended change, copy
// PublicApi[.<Assembly>].received.txt over the .approved.txt beside it and review the diff in the commit.
using PublicApiGenerator;

namespace Dendrite.Tests.Repository;

public class PublicApiTests
{
    [Theory]
    [MemberData(nameof(LibraryAssemblies.Names), MemberType = typeof(LibraryAssemblies))]
    public void PublicApi_MatchesTheApprovedSnapshot(string assemblyName)
    {
        string api = LibraryAssemblies.Load(assemblyName).GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] })
            .Replace("\r\n", "\n", StringComparison.Ordinal);
        string folder = Path.Combine(ReadmeTests.RepositoryRoot(), "tests", "Dendrite.Tests", "Repository");
        string approvedPath = Path.Combine(folder, LibraryAssemblies.SnapshotStem(assemblyName) + ".approved.txt");
        string receivedPath = Path.Combine(folder, LibraryAssemblies.SnapshotStem(assemblyName) + ".received.txt");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        if (api != approved)
        {
            File.WriteAllText(receivedPath, api);
            Assert.Fail($"The public API differs from {approvedPath}. If the change is intended, copy {receivedPath} over it and review the diff.");
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }
    }
}

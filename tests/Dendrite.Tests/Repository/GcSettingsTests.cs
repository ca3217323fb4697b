// The Dendrite package gives the apps that use it two GC settings (src/Dendrite/buildTransitive/Dendrite.targets),
// which this repository's projects import too (Directory.Build.targets): this test process must run with exactly the
// values the package ships, and with them a 1 MB tensor-sized array is an ordinary generation-0 object (with the
// runtime's defaults it would go to the large-object heap, reported as generation 2).
using System.Xml.Linq;

namespace Dendrite.Tests.Repository;

public class GcSettingsTests
{
    [Fact]
    public void The_test_process_runs_with_the_settings_the_package_ships()
    {
        XDocument targets = XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", "Dendrite", "buildTransitive", "Dendrite.targets"));
        Dictionary<string, string> shipped = targets.Descendants("RuntimeHostConfigurationOption")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Value")!);
        Assert.Equal(["System.GC.LOHThreshold", "System.GC.RegionSize"], shipped.Keys.Order(StringComparer.Ordinal));
        foreach ((string name, string value) in shipped)
        {
            Assert.Equal(value, AppContext.GetData(name)?.ToString());
        }

        Assert.True(long.Parse(shipped["System.GC.LOHThreshold"], System.Globalization.CultureInfo.InvariantCulture) < long.Parse(shipped["System.GC.RegionSize"], System.Globalization.CultureInfo.InvariantCulture),
            "a generation-0 object must fit in one region");
    }

    [Fact]
    public void A_one_megabyte_array_is_a_generation_0_object()
    {
        Assert.Equal(0, GC.GetGeneration(new float[512 * 512]));
    }
}

// ForecastPlot writes a real PNG of the requested size, names each forecast with its RMSE against the actual values in
// the legend (checked in the SVG, where text stays text), labels years without thousands separators, and rejects
// series it cannot draw with messages naming the plot, the argument and what it received.
using Dendrite.Plots;

namespace Dendrite.Tests.Plots;

public class ForecastPlotTests
{
    private static readonly double[] s_actual = [10, 12, 11, 15];

    // actual − forecast, hand-computed: model 1, −1, 2, 0 → RMSE √(6 / 4) = 1.2247; naive 0, 2, −1, 4 → √(21 / 4) = 2.2913.
    private static readonly OrderedDictionary<string, IReadOnlyList<double>> s_forecasts = new()
    {
        ["model"] = [9, 13, 9, 15],
        ["naive"] = [10, 10, 12, 11],
    };

    [Fact]
    public void Save_WritesAPngOfTheRequestedSize()
    {
        using var files = new ImageFiles();
        string path = ForecastPlot.Save(s_actual, s_forecasts, files.PathOf("forecast.png"), width: 640, height: 320);
        Assert.Equal((640, 320), ImageFiles.PngSize(path));
        Assert.Equal(["forecast.png"], Directory.GetFiles(files.Folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Svg_LegendGivesEachForecastsRmseAndTheAxesTheirLabels()
    {
        using var files = new ImageFiles();
        string path = ForecastPlot.Save(s_actual, s_forecasts, files.PathOf("forecast.svg"), time: [1974.0, 1974.25, 1974.5, 1974.75],
            title: "Sunspots", timeLabel: "year", valueLabel: "sunspot number", width: 640, height: 320);
        Assert.Equal("640", ImageFiles.SvgRoot(path).Attribute("width")!.Value);
        string svg = File.ReadAllText(path);
        Assert.Contains("model (RMSE 1.225)", svg, StringComparison.Ordinal);
        Assert.Contains("naive (RMSE 2.291)", svg, StringComparison.Ordinal);
        Assert.Contains("actual (4 steps)", svg, StringComparison.Ordinal);
        Assert.Contains("Sunspots", svg, StringComparison.Ordinal);
        Assert.Contains("year", svg, StringComparison.Ordinal);
        Assert.Contains("sunspot number", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("1,974", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_RejectsMismatchedLengthsNonFiniteValuesNoForecastAndTimesThatDoNotIncrease()
    {
        using var files = new ImageFiles();
        string path = files.PathOf("bad.png");
        var shortForecast = new Dictionary<string, IReadOnlyList<double>> { ["lstm"] = [1, 2, 3] };
        var e = Assert.Throws<ArgumentException>(() => ForecastPlot.Save(s_actual, shortForecast, path));
        Assert.Equal("ForecastPlot expects 'actual' and 'lstm' of the same length, received 4 and 3. (Parameter 'lstm')", e.Message);

        var nan = new Dictionary<string, IReadOnlyList<double>> { ["lstm"] = [1, double.NaN, 3, 4] };
        e = Assert.Throws<ArgumentException>(() => ForecastPlot.Save(s_actual, nan, path));
        Assert.StartsWith("ForecastPlot expects finite values in 'lstm', received NaN at index 1.", e.Message);

        e = Assert.Throws<ArgumentException>(() => ForecastPlot.Save(s_actual, new Dictionary<string, IReadOnlyList<double>>(), path));
        Assert.StartsWith("ForecastPlot expects at least one value in 'forecasts', received none.", e.Message);

        e = Assert.Throws<ArgumentException>(() => ForecastPlot.Save(s_actual, s_forecasts, path, time: [1974, 1975, 1975, 1976]));
        Assert.StartsWith("ForecastPlot expects increasing times, received 1975 then 1975 at index 2.", e.Message);

        e = Assert.Throws<ArgumentException>(() => ForecastPlot.Save(s_actual, s_forecasts, path, time: [1974, 1975]));
        Assert.StartsWith("ForecastPlot expects 'actual' and 'time' of the same length, received 4 and 2.", e.Message);
        Assert.Empty(Directory.GetFiles(files.Folder));
    }
}

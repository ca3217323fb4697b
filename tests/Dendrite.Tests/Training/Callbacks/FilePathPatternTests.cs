// FilePathPattern against Python 3's str.format (values as CPython prints them, e.g.
// '{epoch:02d}-{val_loss:.2f}'.format(epoch=3, val_loss=0.41234) == '03-0.41'; repr(1e-05) == '1e-05').
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training.Callbacks;

public sealed class FilePathPatternTests
{
    [Theory]
    [InlineData("model-{epoch:02d}-{val_loss:.2f}.dendrite", "model-03-0.41.dendrite")]
    [InlineData("{epoch}", "3")]
    [InlineData("{epoch:03d}|{epoch:>4d}|{epoch:<4d}|{epoch:^5d}|{epoch:+d}", "003|   3|3   |  3  |+3")]
    [InlineData("{val_loss}", "0.41234")]
    [InlineData("{val_loss:.3e}|{val_loss:e}", "4.123e-01|4.123400e-01")]
    [InlineData("{val_loss:g}|{val_loss:.2g}|{big:g}|{tiny:g}", "0.41234|0.41|1.23457e+06|1e-05")]
    [InlineData("{val_loss:.1%}|{val_loss:8.3f}|{neg:.2f}|{neg:08.2f}", "41.2%|   0.412|-2.50|-0002.50")]
    [InlineData("{tiny}|{one}|{big}|{huge}|{neg}", "1e-05|1.0|1234567.0|1e+16|-2.5")]
    [InlineData("{{literal}}-{epoch}", "{literal}-3")]
    public void Placeholders_format_as_Python_does(string pattern, string expected)
    {
        var values = new Dictionary<string, object>
        {
            ["epoch"] = 3,
            ["val_loss"] = 0.41234,
            ["tiny"] = 1e-05,
            ["one"] = 1.0,
            ["big"] = 1234567.0,
            ["huge"] = 1e16,
            ["neg"] = -2.5,
        };
        Assert.Equal(expected, FilePathPattern.Format(pattern, values));
    }

    [Fact]
    public void Unknown_names_and_bad_specs_fail_clearly()
    {
        var values = new Dictionary<string, object> { ["epoch"] = 1, ["loss"] = 0.5 };
        var missing = Assert.Throws<KeyNotFoundException>(() => FilePathPattern.Format("m-{val_loss:.2f}", values));
        Assert.Contains("'{val_loss}', which is not among the values: epoch, loss", missing.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown format code 'd'", Assert.Throws<FormatException>(() => FilePathPattern.Format("{loss:02d}", values)).Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => FilePathPattern.Format("{epoch", values));
        Assert.Throws<FormatException>(() => FilePathPattern.Format("{epoch:,d}", values));
    }
}

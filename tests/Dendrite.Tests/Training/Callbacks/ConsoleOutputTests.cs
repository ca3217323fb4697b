// Fit's own progress bar writes to Console.Out. These tests swap Console.Out, so they run alone
// (the collection disables parallelization) and always restore it.
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training.Callbacks;

[CollectionDefinition("Console", DisableParallelization = true)]
public sealed class ConsoleCollection;

[Collection("Console")]
public sealed class ConsoleOutputTests
{
    private static string CaptureConsole(Action action)
    {
        TextWriter original = Console.Out;
        using var writer = new StringWriter();
        try
        {
            Console.SetOut(writer);
            action();
        }
        finally
        {
            Console.SetOut(original);
        }

        return writer.ToString();
    }

    [Fact]
    public void Fit_with_verbose_0_prints_nothing()
    {
        string text = CaptureConsole(() => ProgressBarTests.FitWith(new History(), verbose: 0));
        Assert.Equal(string.Empty, text);
    }

    [Fact]
    public void Fit_with_verbose_1_prints_the_progress_bar_to_the_console()
    {
        string text = CaptureConsole(() => ProgressBarTests.FitWith(new History(), verbose: 1));
        Assert.Contains("Epoch 1/3", text, StringComparison.Ordinal);
        Assert.Contains("Epoch 3/3", text, StringComparison.Ordinal);
        Assert.Matches(@"4/4 (\u001b\[32m)?━", text);
        Assert.Contains("val_loss: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_with_verbose_2_prints_one_line_per_epoch_to_the_console()
    {
        string text = CaptureConsole(() => ProgressBarTests.FitWith(new History(), verbose: 2));
        Assert.Matches(@"(?m)^4/4 - \d+s - ", text);
        Assert.DoesNotContain("━", text, StringComparison.Ordinal);
    }
}

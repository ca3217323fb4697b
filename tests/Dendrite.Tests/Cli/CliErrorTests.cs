// Bad input to the dendrite command line: each class of error gives exit code 2 (data or model) or 1 (usage), one
// readable line on standard error naming the file, row or line and column, and no stack trace unless --verbose.
using Dendrite.Cli;
using Dendrite.Tests.Data;

namespace Dendrite.Tests.Cli;

public class CliErrorTests
{
    [Fact]
    public void RaggedRow_NamesFileLineAndFieldCount()
    {
        using var csv = new TempCsv("a,b,label\n1,2,x\n3,4\n5,6,y\n");
        CliResult result = CliHarness.Run("describe", csv.Path);
        AssertDataError(result, csv.Path, "line 3");
    }

    [Fact]
    public void TextInANumericColumn_AtPredictTime_NamesFileColumnRowAndValue()
    {
        using var csv = new TempCsv(CliHarness.LabelTable());
        string model = CliHarness.TrainSmallModel(csv);
        using var bad = new TempCsv("x,size,color\n0.5,8,red\nabc,3,blue\n", "bad.csv");
        CliResult result = CliHarness.Run("predict", model, bad.Path);
        AssertDataError(result, bad.Path, "Column 'x' was numeric in training, but row 1 holds the categorical value 'abc'");
    }

    [Fact]
    public void TargetWithOneClass_IsADataError()
    {
        using var csv = new TempCsv("a,b,label\n1,2,x\n3,4,x\n5,6,x\n7,8,x\n");
        CliResult result = CliHarness.Run("train", csv.Path, "--target", "label", "--epochs", "1");
        AssertDataError(result, csv.Path, "the target 'label' has only one class ('x') in 4 rows");
    }

    [Fact]
    public void TargetColumnThatDoesNotExist_NamesItAndTheColumns()
    {
        using var csv = new TempCsv(CliHarness.LabelTable());
        AssertDataError(CliHarness.Run("train", csv.Path, "--target", "Label"), csv.Path, "has no column 'Label'; the columns are x, size, color, label");
        AssertDataError(CliHarness.Run("describe", csv.Path, "--target", "Label"), csv.Path, "has no column 'Label'");
    }

    [Fact]
    public void AllMissingColumn_IsNamedWhenTraining()
    {
        using var csv = new TempCsv("a,empty,label\n1,,x\n2,,y\n3,,x\n4,,y\n5,,x\n6,,y\n");
        CliResult described = CliHarness.Run("describe", csv.Path);
        Assert.Equal(DendriteCli.Success, described.ExitCode);
        Assert.Contains("All missing (no information; remove them before training): empty", described.Output);
        AssertDataError(CliHarness.Run("train", csv.Path, "--target", "label"), csv.Path, "column 'empty' is missing in every row");
    }

    [Fact]
    public void UnseenCategoryAtPredictTime_PredictsAndWarns()
    {
        using var csv = new TempCsv(CliHarness.LabelTable());
        string model = CliHarness.TrainSmallModel(csv);
        using var rows = new TempCsv("x,size,color\n0.5,8,purple\n-0.5,-2,red\n", "new.csv");
        CliResult result = CliHarness.Run("predict", model, rows.Path);
        Assert.True(result.ExitCode == DendriteCli.Success, result.ToString());
        Assert.Contains($"warning: '{rows.Path}', column 'color': 1 row(s) (first: row 0) hold categories not seen in training (purple)", result.Error);
        string[] lines = result.Output.Split('\n');
        Assert.Equal("predicted_label,probability_no,probability_yes", lines[0]);
        Assert.StartsWith("yes,", lines[1]); // x decides; the unknown colour adds nothing
        Assert.StartsWith("no,", lines[2]);
    }

    [Fact]
    public void ColumnsThatDifferFromTheTrainingSchema_AreNamed()
    {
        using var csv = new TempCsv(CliHarness.LabelTable());
        string model = CliHarness.TrainSmallModel(csv);
        using var rows = new TempCsv("x,colour,weight\n0.5,red,1\n", "renamed.csv");
        CliResult result = CliHarness.Run("predict", model, rows.Path);
        AssertDataError(result, rows.Path, "does not have the training columns: missing size, color; unexpected colour, weight");
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-inf")]
    public void NonFiniteNumber_NamesFileLineAndColumn(string text)
    {
        using var csv = new TempCsv($"a,b,label\n1,2,x\n3,{text},y\n5,6,x\n");
        CliResult result = CliHarness.Run("train", csv.Path, "--target", "label");
        AssertDataError(result, csv.Path, "line 3, column 2 'b'");
    }

    [Fact]
    public void CorruptOrMissingModelFile_NamesTheFile()
    {
        using var csv = new TempCsv(CliHarness.LabelTable());
        string corrupt = Path.Combine(csv.Directory, "corrupt.dendrite");
        File.WriteAllText(corrupt, "this is not a zip file");
        AssertDataError(CliHarness.Run("summary", corrupt), corrupt, "corrupt.dendrite");
        AssertDataError(CliHarness.Run("predict", corrupt, csv.Path), corrupt, "corrupt.dendrite");
        string absent = Path.Combine(csv.Directory, "absent.dendrite");
        AssertDataError(CliHarness.Run("evaluate", absent, csv.Path), absent, "no such model file");
    }

    [Theory]
    [InlineData("train", "data.csv")]                                                   // --target is required
    [InlineData("train", "data.csv", "--target", "y", "--validation-split", "1.5")]
    [InlineData("train", "data.csv", "--target", "y", "--hidden", "64,0")]
    [InlineData("train", "data.csv", "--target", "y", "--task", "ranking")]
    [InlineData("train", "data.csv", "--target", "y", "--epochs", "ten")]
    [InlineData("describe")]                                                            // the CSV argument is required
    [InlineData("describe", "data.csv", "--colour")]
    [InlineData("fly")]
    [InlineData]
    public void UsageErrors_ExitWithCode1AndPointToHelp(params string[] args)
    {
        CliResult result = CliHarness.Run(args);
        Assert.True(result.ExitCode == DendriteCli.UsageError, result.ToString());
        Assert.StartsWith("error: ", result.Error);
        Assert.Contains("--help' for usage.", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void Verbose_AddsTheStackTrace()
    {
        using var csv = new TempCsv("a,b,label\n1,2,x\n3,4\n");
        Assert.DoesNotContain("   at ", CliHarness.Run("describe", csv.Path).Error);
        Assert.Contains("   at ", CliHarness.Run("describe", csv.Path, "--verbose").Error);
    }

    private static void AssertDataError(CliResult result, string file, string message)
    {
        Assert.True(result.ExitCode == DendriteCli.DataError, result.ToString());
        string[] lines = result.Error.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length == 1, result.ToString()); // one line, no stack trace
        Assert.StartsWith("error: ", lines[0]);
        Assert.Contains(file, lines[0]);
        Assert.Contains(message, lines[0]);
    }
}

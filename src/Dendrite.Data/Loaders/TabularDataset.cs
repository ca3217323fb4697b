// The facts of the CSV datasets bundled in the repository's datasets/ folder (from the shared dataset
// folder's catalog.json: target, task, positive class, categorical and drop columns). The library does not
// know where the repository is: Load takes the file's path (examples find it with Examples.Datasets.Find).
using Dendrite.Data.Csv;
using Dendrite.Data.Tables;

namespace Dendrite.Data.Loaders;

/// <summary>A bundled CSV dataset: its file name, target, positive class, categorical and dropped columns.</summary>
public sealed class TabularDataset
{
    private TabularDataset(string fileName, string target, string? positiveClass, string[] categorical, string[] drop)
    {
        FileName = fileName;
        Target = target;
        PositiveClass = positiveClass;
        Categorical = categorical;
        Drop = drop;
    }

    /// <summary>Loans repaid or not (modeldata credit_data): target <c>Status</c>, positive class <c>bad</c>.</summary>
    public static TabularDataset CreditData { get; } = new("credit_data.csv", "Status", "bad", ["Home", "Marital", "Records", "Job"], []);

    /// <summary>Pima Indians diabetes, mlbench's corrected version with missing values: target <c>diabetes</c>, positive <c>pos</c>.</summary>
    public static TabularDataset PimaIndiansDiabetes { get; } = new("PimaIndiansDiabetes2.csv", "diabetes", "pos", [], []);

    /// <summary>Corrected Boston housing (mlbench): regression target <c>cmedv</c>; <c>medv</c> (the uncorrected target) and <c>tract</c> (an id) dropped.</summary>
    public static TabularDataset BostonHousing { get; } = new("BostonHousing2.csv", "cmedv", null, ["town", "chas"], ["medv", "tract"]);

    /// <summary>Fisher's iris: target <c>species</c> (three classes).</summary>
    public static TabularDataset Iris { get; } = new("iris.csv", "species", null, [], []);

    /// <summary>Breast Cancer Wisconsin (Diagnostic): target <c>diagnosis</c>, positive class <c>malignant</c>.</summary>
    public static TabularDataset BreastCancer { get; } = new("breast_cancer.csv", "diagnosis", "malignant", [], []);

    /// <summary>Raw diabetes progression (Efron et al. 2004): regression target <c>progression</c>.</summary>
    public static TabularDataset Diabetes { get; } = new("diabetes.csv", "progression", null, [], []);

    /// <summary>Palmer penguins: target <c>species</c>; <c>island</c> and <c>sex</c> categorical.</summary>
    public static TabularDataset Penguins { get; } = new("penguins.csv", "species", null, ["island", "sex"], []);

    /// <summary>UCI wine recognition: target <c>class</c> (three cultivars).</summary>
    public static TabularDataset Wine { get; } = new("wine.csv", "class", null, [], []);

    /// <summary>Every bundled dataset.</summary>
    public static IReadOnlyList<TabularDataset> All { get; } = [CreditData, PimaIndiansDiabetes, BostonHousing, Iris, BreastCancer, Diabetes, Penguins, Wine];

    /// <summary>The file's name in the repository's <c>datasets/</c> folder.</summary>
    public string FileName { get; }

    /// <summary>The column to predict.</summary>
    public string Target { get; }

    /// <summary>For a binary target, the class of interest (coded 1); null otherwise.</summary>
    public string? PositiveClass { get; }

    /// <summary>The feature columns holding categories (read as categorical even when they look numeric, like <c>chas</c>).</summary>
    public IReadOnlyList<string> Categorical { get; }

    /// <summary>Columns that must not be used as features (left out when loading).</summary>
    public IReadOnlyList<string> Drop { get; }

    /// <summary>Reads the dataset: the target as categorical unless it is a regression target, the categorical columns declared, the drop columns left out.</summary>
    /// <param name="path">The CSV file, e.g. <c>datasets/credit_data.csv</c> in a clone of the repository.</param>
    /// <returns>The table.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CsvFormatException">The file is not the expected dataset (e.g. the target column is absent).</exception>
    public DataTable Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Dataset {FileName} not found at '{path}'; it is in the repository's datasets/ folder.", path);
        }

        var schema = Categorical.ToDictionary(c => c, _ => ColumnKind.Categorical);
        if (PositiveClass is not null || Target is "species" or "class")
        {
            schema[Target] = ColumnKind.Categorical;
        }

        return CsvFile.Read(path, new CsvReadOptions { Schema = schema }).Drop([.. Drop]);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{FileName} (target {Target})";
}

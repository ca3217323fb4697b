// A TabularModel with derived columns (the LoanDefault ratios and difference) exported as one ONNX graph and run by
// ONNX Runtime on 4,454 raw rows of credit_data.csv, with zero divisors written into some rows (x / 0 and 0 / 0)
// besides the file's missing cells: the probabilities match TabularModel.Predict within 1e-5 and the labels are equal,
// so the graph's Div / Sub → Where(IsInf, NaN) → imputer path gives what DerivedColumns computes.
using Dendrite.Data.Csv;
using Dendrite.Data.Modeling;
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Onnx;
using Dendrite.Tensors;
using Dendrite.Tests.Data;

namespace Dendrite.Tests.Onnx;

public class OnnxTabularDerivedExportTests
{
    [Fact]
    public void DerivedColumns_WithMissingOperandsAndZeroDivisors_MatchPredict()
    {
        DataTable data = CsvFile.Read(BundledPaths.Dataset("credit_data.csv"));
        var derived = new DerivedColumns([
            DerivedColumn.Ratio("LoanToValue", "Amount", "Price"),
            DerivedColumn.Ratio("AmountPerMonth", "Amount", "Time"),
            DerivedColumn.Difference("FreeIncome", "Income", "Expenses"),
            DerivedColumn.Ratio("DebtToIncome", "Debt", "Income"),
        ]);
        TabularPreprocessor prep = TabularPreprocessor.Fit(data, "Status", derivedColumns: derived);
        var network = new Sequential([new Input(new Shape(prep.FeatureCount)), new Dense(8, Activation.Relu), new Dense(1, Activation.Sigmoid)], seed: 17);
        var model = new TabularModel(prep, network);
        DataTable rows = WithZeros(data.Drop("Status"));
        Assert.True(derived.Transform(rows)["DebtToIncome"].MissingCount > 400, "the zero incomes and the file's missing incomes");

        Dictionary<string, object> actual = TabularOnnxRuntime.Run(model.ToOnnx(), prep, rows);

        TabularPredictions expected = model.Predict(rows, batchSize: 500);
        float[] want = expected.Probabilities!.ToArray(), got = (float[])actual["probabilities"];
        Assert.Equal(2 * 4454, got.Length);
        double worst = want.Zip(got, (a, b) => Math.Abs((double)a - b)).Max();
        Assert.True(worst <= OnnxRuntimeCheck.Tolerance, $"max |ONNX Runtime − Predict| = {worst:G3}");
        Assert.Equal(expected.Labels, (string[])actual["label"]);
    }

    /// <summary>Price 0 in every 9th row (Amount 0 too in every 18th: 0 / 0), Time 0 in every 13th, Income 0 in every 10th.</summary>
    private static DataTable WithZeros(DataTable rows)
    {
        double[] Column(string name) => ((NumericColumn)rows[name]).Values.ToArray();
        double[] price = Column("Price"), amount = Column("Amount"), time = Column("Time"), income = Column("Income");
        for (int r = 0; r < price.Length; r++)
        {
            price[r] = r % 9 == 0 ? 0 : price[r];
            amount[r] = r % 18 == 0 ? 0 : amount[r];
            time[r] = r % 13 == 0 ? 0 : time[r];
            income[r] = r % 10 == 0 ? 0 : income[r];
        }

        return rows.With(new NumericColumn("Price", price)).With(new NumericColumn("Amount", amount))
            .With(new NumericColumn("Time", time)).With(new NumericColumn("Income", income));
    }
}

// Turning network outputs into TabularPredictions: probabilities in sklearn's predict_proba layout and labels
// decoded through the target encoders (see TabularModel.cs for the decision rules).
using Dendrite.Data.Tables;
using Dendrite.Tensors;

namespace Dendrite.Data.Modeling;

internal static class TabularDecoding
{
    public static TabularPredictions Decode(TabularPreprocessor prep, Tensor outputs, double threshold)
    {
        int n = outputs.Shape[0], units = outputs.Size / Math.Max(n, 1);
        float[] o = outputs.ToArray();
        IReadOnlyList<string> targets = prep.TargetNames;
        switch (prep.Task)
        {
            case TabularTask.Binary:
            {
                var probabilities = new float[n * 2];
                var codes = new int[n];
                for (int r = 0; r < n; r++)
                {
                    probabilities[2 * r] = 1 - o[r];
                    probabilities[2 * r + 1] = o[r];
                    codes[r] = o[r] > threshold ? 1 : 0;
                }

                return new(prep.Task, outputs, new Tensor(probabilities, new Shape(n, 2)), prep.TargetEncoders[0].Classes,
                    new DataTable([prep.TargetEncoders[0].InverseTransform(codes)]));
            }

            case TabularTask.Multiclass:
            {
                var codes = new int[n];
                for (int r = 0; r < n; r++)
                {
                    int best = 0;
                    for (int k = 1; k < units; k++)
                    {
                        best = o[r * units + k] > o[r * units + best] ? k : best;
                    }

                    codes[r] = best;
                }

                return new(prep.Task, outputs, outputs, prep.TargetEncoders[0].Classes, new DataTable([prep.TargetEncoders[0].InverseTransform(codes)]));
            }

            case TabularTask.Multilabel:
            {
                var columns = new DataColumn[targets.Count];
                for (int j = 0; j < columns.Length; j++)
                {
                    var codes = new int[n];
                    for (int r = 0; r < n; r++)
                    {
                        codes[r] = o[r * units + j] > threshold ? 1 : 0;
                    }

                    columns[j] = prep.TargetEncoders[j].InverseTransform(codes);
                }

                return new(prep.Task, outputs, outputs, targets, new DataTable(columns));
            }

            default:
            {
                var columns = new DataColumn[targets.Count];
                for (int j = 0; j < columns.Length; j++)
                {
                    var values = new double[n];
                    for (int r = 0; r < n; r++)
                    {
                        values[r] = o[r * units + j];
                    }

                    columns[j] = new NumericColumn(targets[j], values);
                }

                return new(prep.Task, outputs, null, [], new DataTable(columns));
            }
        }
    }
}

// PredictionsCsv: predictions as CSV (RFC 4180 quoting of fields with ',', '"' or line breaks; invariant numbers,
// probabilities with 6 decimals), and the atomic file write: a temporary file in the target's folder, flushed,
// then renamed over the target.
using System.Globalization;
using Dendrite.Data.Modeling;
using Dendrite.Data.Tables;

namespace Dendrite.Cli;

internal static class PredictionsCsv
{
    public static void WriteFile(string path, TabularPreprocessor prep, TabularPredictions predictions)
    {
        string full = Path.GetFullPath(path);
        string temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream))
            {
                Write(writer, prep, predictions);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static void Write(TextWriter writer, TabularPreprocessor prep, TabularPredictions predictions)
    {
        DataTable predicted = predictions.Predicted;
        float[] probabilities = predictions.Probabilities?.ToArray() ?? [];
        int k = predictions.ProbabilityNames.Count;
        var header = predicted.ColumnNames.Select(n => "predicted_" + n).Concat(predictions.ProbabilityNames.Select(n => "probability_" + n));
        writer.WriteLine(string.Join(',', header.Select(Quote)));
        for (int r = 0; r < predicted.RowCount; r++)
        {
            var fields = predicted.Columns.Select(c => c.Format(r))
                .Concat(Enumerable.Range(0, k).Select(j => probabilities[r * k + j].ToString("0.######", CultureInfo.InvariantCulture)));
            writer.WriteLine(string.Join(',', fields.Select(Quote)));
        }
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

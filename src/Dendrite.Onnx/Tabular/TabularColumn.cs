// TabularColumn: one column (or, after one-hot encoding, one block of columns) of the tabular preprocessing as it
// flows through the exported graph.
//   numeric   a float64 value (batch, width): numbers, booleans as 1 / 0, missing as NaN — Dendrite.Data computes
//             the preprocessing in double precision and converts to float32 only for the network, so does the graph
//   text      the raw string input (batch, 1) and the substitutions the steps so far have made, raw → effective
//             text ("" = missing); a raw text not in the map is its own effective text. Text steps (the imputer)
//             only extend the map; the encoder that ends the text part writes it out as one LabelEncoder.
namespace Dendrite.Onnx.Tabular;

/// <summary>A column (or block of columns) of the preprocessing in the exported graph.</summary>
/// <param name="Name">The feature's name, for messages.</param>
/// <param name="Value">The ONNX value: float64 (batch, width) when numeric, the raw string input (batch, 1) when text.</param>
/// <param name="Width">The number of features the value holds.</param>
/// <param name="Substitutions">For text: raw text → effective text ("" = missing); null for numeric columns.</param>
internal sealed record TabularColumn(string Name, string Value, int Width, IReadOnlyDictionary<string, string>? Substitutions)
{
    /// <summary>The text that stands for a missing cell in a string input.</summary>
    public const string Missing = "";

    /// <summary>Whether the column is still text (not yet encoded).</summary>
    public bool IsText => Substitutions is not null;

    /// <summary>The effective text of a raw text.</summary>
    /// <param name="raw">The raw text.</param>
    public string Effective(string raw) => Substitutions!.TryGetValue(raw, out string? effective) ? effective : raw;

    /// <summary>The raw texts whose effective text is missing.</summary>
    public IEnumerable<string> MissingKeys =>
        Substitutions!.Where(s => s.Value == Missing).Select(s => s.Key).Concat(Substitutions!.ContainsKey(Missing) ? [] : [Missing]).Distinct();
}

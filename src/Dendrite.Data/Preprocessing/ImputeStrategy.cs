namespace Dendrite.Data.Preprocessing;

/// <summary>How <see cref="SimpleImputer"/> fills missing cells (sklearn's <c>strategy</c>).</summary>
public enum ImputeStrategy
{
    /// <summary>The mean of the column's training values (numeric columns only); sklearn's default.</summary>
    Mean,

    /// <summary>The median of the column's training values (numeric columns only).</summary>
    Median,

    /// <summary>The most frequent training value; ties go to the smallest, as sklearn.</summary>
    MostFrequent,

    /// <summary>A fixed value: <c>fillValue</c> for numbers and booleans, <c>fillText</c> for categories.</summary>
    Constant,
}

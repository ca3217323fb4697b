namespace Dendrite.Data.Preprocessing;

/// <summary>What <see cref="ColumnTransformer"/> does with the columns no entry names (sklearn's <c>remainder</c>).</summary>
public enum Remainder
{
    /// <summary>Leave them out of the output; sklearn's default.</summary>
    Drop,

    /// <summary>Pass them through unchanged, named <c>remainder__&lt;column&gt;</c>.</summary>
    Passthrough,
}

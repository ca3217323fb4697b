namespace Dendrite.Data.Tables;

/// <summary>What a column holds: numbers, text categories or true/false values.</summary>
public enum ColumnKind
{
    /// <summary>Real numbers (stored as double); missing cells are flagged, never stored as 0.</summary>
    Numeric,

    /// <summary>Text labels such as <c>rent</c> or <c>married</c>; missing cells are null.</summary>
    Categorical,

    /// <summary>True / false values (<c>true</c>/<c>false</c>, <c>yes</c>/<c>no</c>, <c>1</c>/<c>0</c> when declared boolean).</summary>
    Boolean,
}

namespace Dendrite.Data.Preprocessing;

/// <summary>What <see cref="OneHotEncoder"/> does with a category it did not see in training (sklearn's <c>handle_unknown</c>).</summary>
public enum HandleUnknown
{
    /// <summary>Throw a <see cref="PreprocessingException"/> naming the column and the value; sklearn's default.</summary>
    Error,

    /// <summary>Encode the row as all zeros in that column's one-hot block.</summary>
    Ignore,

    /// <summary>Encode it as the column's <c>infrequent</c> category when there is one, otherwise as all zeros.</summary>
    InfrequentIfExist,
}

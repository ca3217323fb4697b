// A small seeded loan table built in code: numeric, categorical and boolean features with missing cells, and a
// good / bad target that depends on them, so that a tiny network learns something in a few epochs.
using Dendrite.Data.Tables;

namespace Dendrite.Tests.Data.Modeling;

internal static class LoanTables
{
    public static readonly string[] Homes = ["own", "rent", "parents"];

    public static DataTable Create(int rows, int seed)
    {
        var random = new Random(seed);
        var income = new double[rows];
        var age = new double[rows];
        var home = new string?[rows];
        var married = new bool?[rows];
        var status = new string?[rows];
        for (int r = 0; r < rows; r++)
        {
            income[r] = Math.Round(20 + random.NextDouble() * 80, 1);
            age[r] = random.Next(20, 70);
            home[r] = Homes[random.Next(Homes.Length)];
            married[r] = random.Next(2) == 1;
            double score = (income[r] - 60) / 20 + (home[r] == "own" ? 1 : 0) + (married[r] == true ? 0.5 : 0) + random.NextDouble() - 0.5;
            status[r] = score > 0 ? "good" : "bad";
            income[r] = r % 7 == 3 ? double.NaN : income[r];
            home[r] = r % 11 == 5 ? null : home[r];
            married[r] = r % 13 == 4 ? null : married[r];
        }

        return new DataTable([
            new NumericColumn("Income", income),
            new NumericColumn("Age", age),
            new CategoricalColumn("Home", home),
            new BooleanColumn("Married", married),
            new CategoricalColumn("Status", status),
        ]);
    }

    /// <summary>Raw rows as a service would receive them: missing cells, an unseen category, no target.</summary>
    public static DataTable Raw() => new([
        new NumericColumn("Income", [double.NaN, 85, 30, 55]),
        new NumericColumn("Age", [40, double.NaN, 25, 61]),
        new CategoricalColumn("Home", [null, "castle", "rent", "own"]),
        new BooleanColumn("Married", [true, null, false, true]),
    ]);
}

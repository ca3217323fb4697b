// ModelFiles: loads a tabular model for a command, with the file named in every error (a missing file, a file that
// is not a model, a corrupt or tampered one, a plain model without preprocessing: ModelFileException says which).
using Dendrite.Data.Modeling;

namespace Dendrite.Cli;

internal static class ModelFiles
{
    public static TabularModel Load(CliContext context, string path, bool compile = true)
    {
        context.CurrentFile = path;
        if (!File.Exists(path))
        {
            throw new CliDataException($"'{path}': no such model file.");
        }

        return TabularModel.Load(path, compile);
    }
}

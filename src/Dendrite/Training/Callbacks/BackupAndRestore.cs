// BackupAndRestore (Keras 3 keras/src/callbacks/backup_and_restore.py): makes an interrupted Fit resumable.
//   OnEpochEnd(e):  save the whole training state — weights, optimizer slots and iterations, learning rate,
//                   every random generator (shuffling, dropout) and the next epoch e + 1 — to
//                   <backupDir>/latest.dendrite (one atomic write, so Keras' second "previous" copy is not needed).
//   OnTrainBegin:   if that file exists, restore it into the model and make Fit start at the saved epoch
//                   (Keras sets model._initial_epoch; here Model.InitialEpochOverride, read once by Fit).
//   OnTrainEnd:     with deleteCheckpoint, delete the backup (Keras removes the directory; we remove our file,
//                   and the directory only when that leaves it empty).
// Because the random generators are restored too, the resumed run's losses and weights equal an
// uninterrupted run's bit for bit. Saving happens per epoch (Keras' save_freq="epoch").
using Dendrite.Models.Saving;

namespace Dendrite.Training.Callbacks;

/// <summary>Backs up the training state every epoch and resumes an interrupted <c>Fit</c> where it stopped.</summary>
public sealed class BackupAndRestore : Callback
{
    /// <summary>Creates the callback.</summary>
    /// <param name="backupDir">The directory holding the backup (<c>latest.dendrite</c>); created when needed. Use one per training run.</param>
    /// <param name="deleteCheckpoint">Delete the backup when training ends normally; default true.</param>
    /// <exception cref="ArgumentException"><paramref name="backupDir"/> is empty.</exception>
    public BackupAndRestore(string backupDir, bool deleteCheckpoint = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(backupDir);
        BackupDir = backupDir;
        DeleteCheckpoint = deleteCheckpoint;
    }

    /// <summary>The backup directory.</summary>
    public string BackupDir { get; }

    /// <summary>Whether the backup is deleted when training ends.</summary>
    public bool DeleteCheckpoint { get; }

    /// <summary>The backup file, <c>latest.dendrite</c> in <see cref="BackupDir"/>.</summary>
    public string BackupPath => Path.Combine(BackupDir, "latest.dendrite");

    /// <inheritdoc/>
    /// <exception cref="ModelFileException">The backup cannot be read or does not match the model.</exception>
    public override void OnTrainBegin(Logs logs)
    {
        Models.Model model = RequireModel();
        if (File.Exists(BackupPath) && ModelFile.Restore(model, BackupPath) is { } epoch)
        {
            model.InitialEpochOverride = epoch;
        }
    }

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, Logs logs)
    {
        Models.Model model = RequireModel();
        Directory.CreateDirectory(BackupDir);
        ModelFile.Save(model, BackupPath, epoch: epoch + 1);
    }

    /// <inheritdoc/>
    public override void OnTrainEnd(Logs logs)
    {
        if (!DeleteCheckpoint)
        {
            return;
        }

        File.Delete(BackupPath);
        if (Directory.Exists(BackupDir) && !Directory.EnumerateFileSystemEntries(BackupDir).Any())
        {
            Directory.Delete(BackupDir);
        }
    }

    private Models.Model RequireModel() => Model ?? throw new InvalidOperationException("BackupAndRestore has no model: it works only while Fit runs.");
}

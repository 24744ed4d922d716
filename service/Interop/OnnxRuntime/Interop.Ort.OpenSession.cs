namespace Fakecam.Daemon.Interop;

internal static partial class Ort
{
    /// <summary>
    /// A CPU session on the model file at <paramref name="modelPath"/>, fully optimised (level ALL; EXTENDED runs
    /// these models about 2× slower), with <paramref name="intraOpThreads"/> threads that sleep rather than spin
    /// between runs, so an idle camera costs no CPU.
    /// </summary>
    internal static SafeOrtSessionHandle OpenSession(string modelPath, int intraOpThreads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(intraOpThreads, 1);
        using SafeOrtSessionOptionsHandle options = CreateSessionOptions();
        SetSessionGraphOptimizationLevel(options, GraphOptimizationLevel.EnableAll);
        SetIntraOpNumThreads(options, intraOpThreads);
        SetInterOpNumThreads(options, 1);
        AddSessionConfigEntry(options, "session.intra_op.allow_spinning", "0");
        AddSessionConfigEntry(options, "session.inter_op.allow_spinning", "0");
        // Debian's build reports its duplicate schemas when the first session loads a model.
        return SchemaRegistrationNoise.Filter(() => CreateSession(SharedEnv, modelPath, options));
    }
}

namespace Fakecam.Ctl;

/// <summary>fakecamctl's exit status, as documented in its help and man page.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int NotAuthorized = 3;
    public const int ServiceNotRunning = 4;
}

namespace Fakecam.DBus;

/// <summary>Who sent a method call, as the bus daemon vouches for it (for authorisation decisions).</summary>
public readonly record struct CallerCredentials(int ProcessId, uint EffectiveUserId);

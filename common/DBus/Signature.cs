namespace Fakecam.DBus;

/// <summary>Just enough D-Bus signature parsing to count and validate argument lists.</summary>
internal static class Signature
{
    /// <summary>How many complete types <paramref name="signature"/> holds ("sa{sv}(uu)" → 3).</summary>
    public static int CountCompleteTypes(string signature)
    {
        int count = 0;
        for (int i = 0; i < signature.Length; count++)
            i = SkipCompleteType(signature, i);
        return count;
    }

    private static int SkipCompleteType(string signature, int start)
    {
        int i = start;
        while (i < signature.Length && signature[i] == 'a')
            i++;
        if (i >= signature.Length)
            throw Invalid(signature);
        char open = signature[i];
        if (open is not ('(' or '{'))
            return "ybnqiuxtdsogvh".Contains(open) ? i + 1 : throw Invalid(signature);
        char close = open == '(' ? ')' : '}';
        i++;
        while (i < signature.Length && signature[i] != close)
            i = SkipCompleteType(signature, i);
        return i < signature.Length ? i + 1 : throw Invalid(signature);
    }

    private static ArgumentException Invalid(string signature) =>
        new($"\"{signature}\" is not a valid D-Bus signature.", nameof(signature));
}

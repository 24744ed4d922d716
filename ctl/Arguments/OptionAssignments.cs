using Fakecam.Api;
using Fakecam.DBus;

namespace Fakecam.Ctl.Arguments;

/// <summary><c>KEY=VALUE</c> words, each value typed by its key's signature in <see cref="FakecamBus.Options"/>.</summary>
internal static class OptionAssignments
{
    public static string ValidKeys => string.Join(", ", FakecamBus.Options.All.Select(o => o.Key));

    public static bool TryParse(IEnumerable<string> words, out List<KeyValuePair<string, DBusVariant>> options, out string error)
    {
        options = [];
        foreach (string word in words)
        {
            int equals = word.IndexOf('=');
            if (equals <= 0)
            {
                error = $"\"{word}\" is not KEY=VALUE. Valid keys: {ValidKeys}.";
                return false;
            }
            string key = word[..equals];
            string text = word[(equals + 1)..];
            (string Key, string Signature)? known = FakecamBus.Options.All.FirstOrDefault(o => o.Key == key);
            if (known is not { Signature: { } signature })
            {
                error = $"Unknown option \"{key}\". Valid keys: {ValidKeys}.";
                return false;
            }
            try
            {
                options.Add(new(key, DBusVariant.Parse(signature, text)));
            }
            catch (FormatException e)
            {
                error = $"{key}: {e.Message}";
                return false;
            }
        }
        error = "";
        return true;
    }
}

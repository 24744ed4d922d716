using System.Text.Json;

namespace Fakecam.Ctl.Choice;

/// <summary>Reads and writes the user's saved choice; writes go to a temporary file renamed over the old one.</summary>
public sealed class ChoiceStore(string configHome)
{
    public string Path { get; } = System.IO.Path.Combine(configHome, "fakecam", "choice.json");

    /// <summary>The saved choice, or null when none was ever saved.</summary>
    public SavedChoice? Load()
    {
        string text;
        try
        {
            text = File.ReadAllText(Path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize(text, ChoiceJsonContext.Default.SavedChoice)
                ?? throw new JsonException("The file holds null.");
        }
        catch (JsonException e)
        {
            throw CommandFailedException.Failed(
                $"The saved choice in {Path} is damaged ({e.Message}). Delete it, then set your background again.", e);
        }
    }

    /// <summary>Applies <paramref name="change"/> to the saved choice (a damaged one is replaced) and saves it.</summary>
    public void Update(Func<SavedChoice, SavedChoice> change)
    {
        SavedChoice current;
        try
        {
            current = Load() ?? new SavedChoice();
        }
        catch (CommandFailedException)
        {
            current = new SavedChoice();
        }
        Save(change(current));
    }

    private void Save(SavedChoice choice)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        string temporary = Path + ".new";
        File.WriteAllText(temporary, JsonSerializer.Serialize(choice, ChoiceJsonContext.Default.SavedChoice) + "\n");
        File.Move(temporary, Path, overwrite: true);
    }
}

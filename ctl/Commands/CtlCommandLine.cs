using System.CommandLine;
using System.CommandLine.Help;
using Fakecam.Ctl.Choice;
using Fakecam.Ctl.Client;

namespace Fakecam.Ctl.Commands;

/// <summary>The command tree, its global options, and what every command's action needs.</summary>
internal sealed class CtlCommandLine
{
    public CtlCommandLine(CtlContext context)
    {
        Context = context;
        Choices = new ChoiceStore(context.ConfigHome);
        // Named here rather than after the process, so help reads the same however fakecamctl is started.
        Root = new Command("fakecamctl", HelpText.Root);
        Root.Options.Add(new HelpOption { Recursive = true });
        Root.Options.Add(new VersionOption { Action = new VersionAction(context.Stdout) });
        Root.Options.Add(Json);
        Bus.Validators.Add(CheckBusAddress);
        Root.Options.Add(Bus);
        foreach (Command command in new[]
                 {
                     StatusCommand.Create(this),
                     EffectCommands.Enable(this),
                     EffectCommands.Disable(this),
                     EffectCommands.Toggle(this),
                     EffectCommands.Pause(this),
                     EffectCommands.Resume(this),
                     BackgroundCommand.Create(this),
                     BackgroundCommand.CreateBlurShorthand(this),
                     CameraCommands.List(this),
                     CameraCommands.Choose(this),
                     CameraCommands.SetResolution(this),
                     OptionsCommand.Create(this),
                     StatsCommand.Create(this),
                     SnapshotCommand.Create(this),
                     AutostartCommand.Create(this),
                     RestoreCommand.Create(this),
                 })
            Root.Subcommands.Add(command);
    }

    public Command Root { get; }

    public CtlContext Context { get; }

    public ChoiceStore Choices { get; }

    public TextWriter Out => Context.Stdout;

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print one JSON object per result (keys are listed in 'man fakecamctl'), for scripts",
        Recursive = true,
    };

    public Option<string?> Bus { get; } = new("--bus")
    {
        Description = "D-Bus address of the bus to use instead of the system bus (e.g. unix:path=/run/dbus/system_bus_socket)",
        HelpName = "ADDRESS",
        Recursive = true,
    };

    /// <summary>A D-Bus address is <c>transport:key=value,…</c>; anything else is a typing mistake.</summary>
    private static void CheckBusAddress(System.CommandLine.Parsing.OptionResult result)
    {
        string address = result.GetValueOrDefault<string?>() ?? "";
        int colon = address.IndexOf(':');
        if (colon <= 0 || !address.Contains('=', StringComparison.Ordinal))
            result.AddError($"--bus: \"{address}\" is not a D-Bus address; give one like unix:path=/run/dbus/system_bus_socket.");
    }

    public bool WantsJson(ParseResult parsed) => parsed.GetValue(Json);

    /// <summary>Connects to the service on the chosen bus and runs <paramref name="work"/> with it.</summary>
    public async Task<int> WithClientAsync(ParseResult parsed, Func<FakecamClient, Task<int>> work)
    {
        using FakecamClient client = FakecamClient.Connect(parsed.GetValue(Bus));
        return await work(client);
    }

    /// <summary>Records the user's choice for login; a failure to save is reported but does not undo what the service did.</summary>
    public void SaveChoice(Func<SavedChoice, SavedChoice> change)
    {
        try
        {
            Choices.Update(change);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Context.Stderr.WriteLine($"fakecamctl: warning: could not save your choice for the next login in {Choices.Path}: {e.Message}");
        }
    }
}

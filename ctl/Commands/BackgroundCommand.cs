using System.CommandLine;
using System.CommandLine.Parsing;
using Fakecam.Ctl.Arguments;
using Fakecam.Ctl.Choice;

namespace Fakecam.Ctl.Commands;

/// <summary><c>set-background FILE | --blur[=S] | --color '#rrggbb' | --none</c>, and the <c>blur [S]</c> shorthand.</summary>
internal static class BackgroundCommand
{
    public static Command Create(CtlCommandLine cli)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "Image (JPEG, PNG, WebP) or video (.mp4 .webm .gif .mkv .mov, looped) to show behind you",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var blur = new Option<double?>("--blur")
        {
            Description = "Blur the real background; strength 0.0–1.0 or a percentage (default: the last strength used)",
            HelpName = "S",
            Arity = ArgumentArity.ZeroOrOne,
            CustomParser = ParseStrength,
        };
        var color = new Option<string?>("--color", "--colour")
        {
            Description = "Replace the background with a solid colour",
            HelpName = "'#rrggbb'",
            CustomParser = ParseColor,
        };
        var none = new Option<bool>("--none") { Description = "Leave the background as the camera sees it" };

        var command = new Command("set-background",
            "Choose what replaces the background: an image or video file, blur, a colour, or nothing (saved for the next login)")
        {
            file, blur, color, none,
        };
        command.Validators.Add(result =>
        {
            int chosen = (result.GetValue(file) is null ? 0 : 1) + (result.GetResult(blur) is null ? 0 : 1)
                + (result.GetResult(color) is null ? 0 : 1) + (result.GetValue(none) ? 1 : 0);
            if (chosen != 1)
                result.AddError("Give exactly one of: FILE, --blur[=S], --color '#rrggbb', --none.");
        });
        command.SetAction((parsed, _) => cli.WithClientAsync(parsed, async client =>
        {
            SavedBackground saved;
            if (parsed.GetValue(file) is { } path)
                saved = await Backgrounds.SetFileAsync(client, path);
            else if (parsed.GetResult(blur) is not null)
                saved = await Backgrounds.SetBlurAsync(client, parsed.GetValue(blur) ?? await Backgrounds.CurrentBlurStrengthAsync(client));
            else if (parsed.GetValue(color) is { } rgb)
                saved = await Backgrounds.SetColorAsync(client, rgb);
            else
                saved = await Backgrounds.ClearAsync(client);
            cli.SaveChoice(c => c.WithBackground(saved));
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static Command CreateBlurShorthand(CtlCommandLine cli)
    {
        var strength = new Argument<double?>("STRENGTH")
        {
            Description = "0.0–1.0 or a percentage (default: the last strength used)",
            Arity = ArgumentArity.ZeroOrOne,
            CustomParser = ParseStrength,
        };
        var command = new Command("blur", "Blur the background (the same as set-background --blur)") { strength };
        command.SetAction((parsed, _) => cli.WithClientAsync(parsed, async client =>
        {
            double value = parsed.GetValue(strength) ?? await Backgrounds.CurrentBlurStrengthAsync(client);
            SavedBackground saved = await Backgrounds.SetBlurAsync(client, value);
            cli.SaveChoice(c => c.WithBackground(saved));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static double? ParseStrength(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
            return null;
        if (BlurStrength.TryParse(result.Tokens[0].Value, out double strength, out string error))
            return strength;
        result.AddError(error);
        return null;
    }

    private static string? ParseColor(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
            return null;
        if (RgbColor.TryParse(result.Tokens[0].Value, out string rgb, out string error))
            return rgb;
        result.AddError(error);
        return null;
    }
}

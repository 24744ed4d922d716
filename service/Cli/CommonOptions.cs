using System.CommandLine;
using Fakecam.Daemon.Segmentation;

namespace Fakecam.Daemon.Cli;

internal static class CommonOptions
{
    public static Option<string> Background() => new("--background", "-b")
    {
        Description = "blur[=S] (S from 0 to 1), image=PATH (PNG, JPEG, WebP), color=#rrggbb, or none",
        DefaultValueFactory = _ => "blur",
    };

    public static Option<string> Model()
    {
        var option = new Option<string>("--model", "-m")
        {
            Description = "segmentation model: landscape (fast, for 16:9 webcams) or general",
            DefaultValueFactory = _ => ModelCatalog.DefaultModelName,
        };
        return option;
    }
}

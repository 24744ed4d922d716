using System.CommandLine;
using Fakecam.Daemon.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Fakecam.Daemon.Cli;

/// <summary><c>fakecamd run</c>: the service, as systemd starts it.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter error)
    {
        var bus = new Option<string?>("--bus")
        {
            Description = "D-Bus address to serve on (default: the system bus)",
        };
        var stateDirectory = new Option<string>("--state-dir")
        {
            Description = "where the user's choices are kept (default: $STATE_DIRECTORY, else /var/lib/fakecam)",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("STATE_DIRECTORY")?.Split(':')[0] ?? "/var/lib/fakecam",
        };
        var camera = new Option<string?>("--camera")
        {
            Description = "camera to use instead of the saved one: a stable id, /dev/videoN, or a FILE.y4m played in a loop",
        };
        var output = new Option<string?>("--output")
        {
            Description = "virtual camera device (default: the v4l2loopback device labelled \"Fakecam\"), or a FILE.y4m",
        };

        var command = new Command("run", "Run the Fakecam service (systemd starts it as fakecamd.service).")
        {
            bus, stateDirectory, camera, output,
        };
        command.SetAction(parsed => CommandErrors.Report(error, () =>
        {
            var settings = new RunSettings(parsed.GetValue(bus), parsed.GetValue(stateDirectory)!,
                parsed.GetValue(camera), parsed.GetValue(output));
            Run(settings);
            return DaemonCli.ExitOk;
        }));
        return command;
    }

    private static void Run(RunSettings settings)
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddProvider(JournalLoggerProvider.ForCurrentProcess());
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Services.Configure<ConsoleLifetimeOptions>(options => options.SuppressStatusMessages = true);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(SystemdNotifier.ForCurrentProcess());
        builder.Services.AddHostedService<FakecamService>();
        using IHost host = builder.Build();
        host.Run();
    }
}

using Fakecam.Daemon.Cli;

return DaemonCli.Run(args, Console.Out, Console.Error);

using Fakecam.Daemon.Cli;
using Fakecam.Daemon.Hosting;

InstructionSetDispatch.ExecFasterBuildIfPossible(args);
return DaemonCli.Run(args, Console.Out, Console.Error);

using Fakecam.Ctl;

return await CtlCli.RunAsync(args, CtlContext.FromProcess(), CancellationToken.None);

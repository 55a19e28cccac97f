using Logistics.Functions.Hosting;
using Logistics.Functions.LocalRuntime;
using Logistics.Functions.Security;

if (IssueKeyCommand.IsInvoked(args))
{
    return await IssueKeyCommand.RunAsync(args, Console.Out, Console.Error);
}

if (FunctionsHostDetection.Detect(args, Environment.GetEnvironmentVariable) == AppRuntime.AzureFunctions)
{
    await WorkerHost.CreateBuilder(args).Build().RunAsync();
}
else
{
    await LocalRuntimeHost.Build(args).RunAsync();
}

return 0;

using Logistics.Application;
using Logistics.Functions.Hosting;
using Logistics.Functions.Packaging;
using Logistics.Functions.Security;

if (PackageCommand.IsInvoked(args))
{
    return await PackageCommand.RunAsync(args, Console.Out, Console.Error);
}

if (IssueKeyCommand.IsInvoked(args))
{
    return await IssueKeyCommand.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddFunctionHost();
builder.Services.AddWarehouseApplication();

var app = builder.Build();
app.MapFunctionHost();
await app.RunAsync();
return 0;

/// <summary>The entry point, public so in-process tests can host it (WebApplicationFactory).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1515", Justification = "Tests host the app through WebApplicationFactory<Program>.")]
public partial class Program;
